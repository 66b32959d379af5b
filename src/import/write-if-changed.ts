// Writes a file only when its bytes differ, so the store's fingerprints see no change on re-import.
import { readFile, writeFile } from 'node:fs/promises';

export type WriteOutcome = 'written' | 'unchanged';

export async function writeIfChanged(path: string, content: string | Buffer): Promise<WriteOutcome> {
  const next = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  try {
    const current = await readFile(path);
    if (current.equals(next)) return 'unchanged';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await writeFile(path, next);
  return 'written';
}
