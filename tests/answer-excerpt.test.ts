// A sentence too long to read as one answer (a list run together, as text taken from a web page
// may be) is answered by the part of it holding the question's words; the citation keeps it whole.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { ANSWER_MAX_CHARS } from '../src/answer/answer-excerpt.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'kpx.txt': [
      'title: KPX',
      'KPX or Kpx may stand for: Aviation: Kestrel Point Airfield, a former glider field on the Orvane coast ' +
        'Botany: Kalmoor pine extract, a resin for sealing hull timbers against rot ' +
        'Music: Kappa Pax, a choir festival held each spring in the town of Drellwick ' +
        'Sport: Kingsport Explorers, an amateur rowing club founded by dock workers ' +
        'Computing: KPX format, a file layout for storing terrain height maps in survey software ' +
        'Transport: Kelbrook Parkway Express, a coach service linking the northern suburbs to the harbour.',
      'KPX is also a common name for several racing yachts.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => engine.run('ask', q, { doc });

describe('an overlong sentence answers by its part asked', () => {
  it('"what is the kpx resin": the resin, not the whole list', () => {
    const r = ask('what is the kpx resin', 'kpx');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Kalmoor pine extract, a resin for sealing hull timbers/);
    expect(r.answer).not.toMatch(/Kelbrook Parkway Express/);
    expect(r.answer!.length).toBeLessThanOrEqual(ANSWER_MAX_CHARS + 4);
    expect(r.citations[0]?.text).toMatch(/Kelbrook Parkway Express/);
  });
});
