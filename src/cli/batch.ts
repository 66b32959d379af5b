// `batch`: one JSON request per input line, one result line per request, in order; the store
// is loaded once and a malformed line only spoils its own line.
import { createInterface } from 'node:readline';
import type { Engine } from '../answer/engine.js';
import { errorResult } from '../answer/input.js';
import type { Result } from '../answer/result.js';

export function runBatchLine(engine: Engine, line: string): Result {
  let req: unknown;
  try {
    req = JSON.parse(line);
  } catch {
    return errorResult('batch', line.slice(0, 200), 'This line is not JSON: expected {"command","input","doc"?,"about"?}.');
  }
  if (!req || typeof req !== 'object' || Array.isArray(req)) return errorResult('batch', line.slice(0, 200), 'Expected a JSON object with "command" and "input".');
  const r = req as Record<string, unknown>;
  const command = typeof r.command === 'string' ? r.command : '';
  const input = typeof r.input === 'string' ? r.input : r.input === undefined || r.input === null ? '' : String(r.input);
  const doc = typeof r.doc === 'string' ? r.doc : undefined;
  const about = typeof r.about === 'string' ? r.about : undefined;
  if (!command) return errorResult('batch', input, 'Missing "command".');
  return engine.run(command, input, { doc, about });
}

/** Results are JSON lines with or without --json: a batch is for programs. */
export async function runBatch(engine: Engine, write: (s: string) => void): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const result = runBatchLine(engine, line);
    write(JSON.stringify(result));
  }
}
