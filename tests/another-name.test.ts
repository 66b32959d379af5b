// "Where is BSC from?" against "Brightwater Sound Company (often shortened to Brightwater or BSC)
// was ...": another name the passage gives what the question names is that thing again, not the
// place asked of it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let bands: Engine;
beforeAll(async () => {
  bands = await engineFor({
    'brightwater.txt': [
      'title: Brightwater Sound Company',
      'Brightwater Sound Company (often shortened to Brightwater or BSC) was an English folk band of the 1970s. ' +
        'The group released four albums before it split in 1981. ' +
        'Its singer grew up on a farm outside Norwich, where the band first played.',
    ].join('\n\n'),
  });
});

describe('another name of what the question names', () => {
  it('is no answer to where it is from', () => {
    const r = bands.run('ask', 'where is bsc from', { doc: 'brightwater' });
    expect(r.answer ?? '').not.toMatch(/Brightwater/);
  });

  it('leaves a place the passage gives of it to answer', () => {
    const r = bands.run('ask', 'where did bsc first play', { doc: 'brightwater' });
    expect(r.answer).toBe('Norwich');
  });
});
