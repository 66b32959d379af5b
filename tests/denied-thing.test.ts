// A thing the question takes as given, written only as what the passage denies ("lack any
// shell"): the passage says it is not there, and answers no question about it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const MARSH = [
  'title: Life on the salt marsh\ndate: 2024-10-01',
  'The marsh snails lack any protective shell coating, so gulls take many of them in winter.',
  'The marsh snails have soft bodies and a coating of slime.',
  'Warden Ray Dunn said the new fences should avoid any 1987 flood.',
  'The reed warblers build woven nests in the tall grass at the edge of the marsh.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'marsh.txt': MARSH });
});

describe('a thing the passage denies', () => {
  it('asked of as given: the article does not say, though a passage matching less answers another question', () => {
    const r = engine.run('ask', 'What protective shell coating do the marsh snails have?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('asked of as denied, the passage answers', () => {
    const r = engine.run('ask', 'What do the marsh snails lack?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('lack any protective shell coating');
  });

  it('asked of as denied with a slip in the denying word ("lakc"), the passage answers', () => {
    const r = engine.run('ask', 'What protective shell coating do the marsh snails lakc?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('lack any protective shell coating');
  });

  it('words typed with no question word take nothing as given', () => {
    expect(engine.run('ask', 'Dunn said new fences shold any 1987 flood').found).toBe(true);
  });
});
