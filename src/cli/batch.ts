// `batch`: one JSON request per input line, one result line per request, in order; the store
// is loaded once and a malformed line only spoils its own line.
import type { Engine } from '../answer/engine.js';
import { errorResult } from '../answer/input.js';
import type { Result } from '../answer/result.js';

export function runBatchLine(engine: Engine, line: string): Result {
  let req: unknown;
  try {
    req = JSON.parse(line);
  } catch {
    return errorResult(
      'batch',
      line.slice(0, 200),
      'This line is not JSON: expected {"command","input","doc"?,"about"?}.',
    );
  }
  if (!req || typeof req !== 'object' || Array.isArray(req))
    return errorResult('batch', line.slice(0, 200), 'Expected a JSON object with "command" and "input".');
  const r = req as Record<string, unknown>;
  const command = typeof r.command === 'string' ? r.command : '';
  /* eslint-disable @typescript-eslint/no-base-to-string -- any other JSON value is echoed as JavaScript writes it */
  const input =
    typeof r.input === 'string' ? r.input : r.input === undefined || r.input === null ? '' : String(r.input);
  /* eslint-enable @typescript-eslint/no-base-to-string */
  const doc = typeof r.doc === 'string' ? r.doc : undefined;
  const about = typeof r.about === 'string' ? r.about : undefined;
  if (!command) return errorResult('batch', input, 'Missing "command".');
  return engine.run(command, input, { doc, about });
}

/**
 * The longest request line read; a longer one is skipped (its bytes dropped as they arrive) with
 * an error line in its place. A batch line is a question, not a document: this only guards memory.
 */
export const MAX_BATCH_LINE_BYTES = 1024 * 1024;

/** Lines of a byte stream, each at most `max` bytes; a longer one comes as its size instead. */
export async function* boundedLines(
  input: AsyncIterable<Buffer | string>,
  max = MAX_BATCH_LINE_BYTES,
): AsyncGenerator<{ line: string } | { tooLong: number }> {
  let parts: Buffer[] = [];
  let held = 0;
  let dropped = 0;
  const end = function* (): Generator<{ line: string } | { tooLong: number }> {
    if (dropped) yield { tooLong: dropped + held };
    else yield { line: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    held = 0;
    dropped = 0;
  };
  for await (const chunk of input) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10)) {
      const piece = buf.subarray(0, nl);
      if (dropped || held + piece.length > max) {
        dropped += held + piece.length;
        parts = [];
        held = 0;
      } else {
        parts.push(piece);
        held += piece.length;
      }
      yield* end();
      buf = buf.subarray(nl + 1);
    }
    if (dropped || held + buf.length > max) {
      dropped += held + buf.length;
      parts = [];
      held = 0;
    } else if (buf.length) {
      parts.push(Buffer.from(buf));
      held += buf.length;
    }
  }
  if (held || dropped) yield* end();
}

/** Results are JSON lines with or without --json: a batch is for programs. */
export async function runBatch(
  engine: Engine,
  write: (s: string) => void,
  input: AsyncIterable<Buffer | string> = process.stdin,
): Promise<void> {
  for await (const item of boundedLines(input)) {
    if ('tooLong' in item) {
      write(
        JSON.stringify(
          errorResult(
            'batch',
            '',
            `This line is too long (${item.tooLong} bytes; at most ${MAX_BATCH_LINE_BYTES}); skipped.`,
          ),
        ),
      );
      continue;
    }
    if (!item.line.trim()) continue;
    write(JSON.stringify(runBatchLine(engine, item.line)));
  }
}
