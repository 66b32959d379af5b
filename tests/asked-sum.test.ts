// "What does X cost?": a sum is asked, which a passage writing no amount does not give, however
// well its words match ("the high cost of the ferry").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'ferry.txt': [
      'title: The Quarrin ferry\ndate: 2024-05-02',
      'The high cost of the new Quarrin ferry led the island council to cut the winter timetable.',
      'The ferry carries cars and foot passengers between Quarrin and the mainland.',
    ].join('\n\n'),
    'pass.txt': [
      'title: Island bus pass\ndate: 2024-05-03',
      'A yearly island bus pass costs £40 for residents over sixty.',
      'Drivers say the pass has brought older riders back to the routes.',
    ].join('\n\n'),
  });
});

describe('a sum asked', () => {
  it('is not given by a passage naming the cost with no amount', () => {
    const r = engine.run('ask', 'what does the new Quarrin ferry cost', { doc: 'ferry' });
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('is given by a passage writing the amount', () => {
    const r = engine.run('ask', 'what does a yearly island bus pass cost', { doc: 'pass' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('£40');
  });
});
