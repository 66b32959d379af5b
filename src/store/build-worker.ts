// A build task: a batch of source files in, their built records out. Runs buildDocument exactly
// as any other thread would, so every build gives the same store. Before each document it notes
// when it started in the shared array, so the pool can tell a document that is over its budget.
import { buildDocument } from './build-document.js';
import type { BuildResult, BuildTask } from './build-messages.js';

export default function build({ items, startedAt }: BuildTask): BuildResult[] {
  return items.map(({ index, file }) => {
    startedAt[index] = performance.timeOrigin + performance.now();
    try {
      const record = buildDocument(file);
      // The pool puts the text back: copying it would only cost time and a second copy in memory.
      record.text = '';
      return { index, record };
    } catch (err) {
      return { index, error: err instanceof Error ? err.message : String(err) };
    }
  });
}
