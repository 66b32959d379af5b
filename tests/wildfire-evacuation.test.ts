// A wildfire evacuation report, asked the way chat members ask. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'wildfire.txt': [
      'Thousands evacuated as wildfire spreads near Corrin Bay',
      'More than 3,000 residents were ordered to leave their homes on Wednesday as a wildfire spread across hills above the coastal town of Corrin Bay.',
      'The blaze started on Monday afternoon near the Tallis Ridge campsite and has since burned about 1,800 hectares of scrub and pine forest, the regional fire service said.',
      'Strong winds of up to 60km/h pushed the flames towards the outskirts of the town overnight. Two holiday chalets and a barn were destroyed, but no-one has been reported injured.',
      'Fire chief Marek Dossel said 240 firefighters and four water-bombing aircraft were tackling the fire. "The next 48 hours are critical. If the wind drops, we can hold the line at the river," he said.',
      'Evacuees are being housed at the Corrin Bay sports hall and a school in the nearby village of Esker. The coast road between Corrin Bay and Esker has been closed.',
      'Investigators believe the fire was caused by a disposable barbecue. A 19-year-old man has been questioned by police but has not been arrested.',
      'The Regional Emergency Management Agency (REMA) has declared a state of emergency for the district, its first since 2017.',
      'Mayor Hanna Vries urged residents not to return until officials said it was safe. She said the town had received offers of help from "all over the country".',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('a title the tagger reads as an adjective ("Fire chief Marek Dossel")', () => {
  it('is the role "who is X" gives', () => {
    expect(ask('who is marek dossel').answer).toBe('Marek Dossel: Fire chief');
  });
});

describe('a rate written with a slash ("60km/h")', () => {
  it('is answered whole, with the unit it is per', () => {
    expect(ask('how fast were the winds').answer).toBe('up to 60km/h');
  });
});

describe('"how big is X"', () => {
  it('is not answered by a count of another thing ("240 firefighters")', () => {
    expect(ask('how big is the fire').answer ?? '').not.toMatch(/firefighters/);
  });
});
