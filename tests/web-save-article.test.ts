// Saving an added article: a name of its own, never over another file, no temporary file left.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '../src/web/add-article.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'save-article-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saveArticle', () => {
  it('takes the next free name when the id is used by a file of any document extension', async () => {
    await writeFile(join(dir, 'harbour.txt'), 'An older article.\n');
    await writeFile(join(dir, 'harbour-2.md'), 'Another one.\n');
    const saved = await saveArticle(dir, 'harbour', 'The new one.\n');
    expect(saved.id).toBe('harbour-3');
    expect(await readFile(join(dir, 'harbour.txt'), 'utf8')).toBe('An older article.\n');
    expect(await readFile(join(dir, 'harbour-3.md'), 'utf8')).toBe('The new one.\n');
    expect((await readdir(dir)).sort()).toEqual(['harbour-2.md', 'harbour-3.md', 'harbour.txt']);
  });

  it('two articles saved at once under the same name both keep their text', async () => {
    const [a, b] = await Promise.all([saveArticle(dir, 'pier', 'First.\n'), saveArticle(dir, 'pier', 'Second.\n')]);
    expect(new Set([a.id, b.id])).toEqual(new Set(['pier', 'pier-2']));
    expect(await readFile(a.path, 'utf8')).toBe('First.\n');
    expect(await readFile(b.path, 'utf8')).toBe('Second.\n');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a folder that cannot be written to fails without leaving anything behind', async () => {
    await expect(saveArticle(join(dir, 'missing'), 'x', 'Text.\n')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });
});
