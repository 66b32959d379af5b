// Streams a JSON-lines corpus ({id, title, date, text} a line) into one document file per article.
import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isoOfSourceDate } from '../text/dates.js';
import { renderDocument, safeFileStem } from './document.js';
import { writeIfChanged } from './write-if-changed.js';
import type { ImportSummary, ImportOptions } from './summary.js';
import { emptySummary } from './summary.js';

/** Writes overlap a little so 18,000 small files do not wait on each other one by one. */
const WRITE_WINDOW = 32;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export async function importJsonl(file: string, outDir: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const warn = options.onWarning ?? ((m: string) => console.warn(m));
  const summary = emptySummary();
  await mkdir(outDir, { recursive: true });
  const usedStems = new Map<string, string>();
  const pending = new Set<Promise<void>>();
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const rawLine of lines) {
    lineNo++;
    const line = lineNo === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    if (options.limit !== undefined && summary.articles >= options.limit) break;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      warn(`${file}:${lineNo}: not valid JSON (${(err as Error).message.split('\n')[0]}); line skipped`);
      summary.skipped++;
      continue;
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      warn(`${file}:${lineNo}: not a JSON object; line skipped`);
      summary.skipped++;
      continue;
    }
    const o = obj as Record<string, unknown>;
    const id = typeof o.id === 'number' ? String(o.id) : str(o.id);
    const text = str(o.text);
    if (id === null || id.trim() === '') {
      warn(`${file}:${lineNo}: no "id"; line skipped`);
      summary.skipped++;
      continue;
    }
    if (text === null || text.trim() === '') {
      warn(`${file}:${lineNo}: article "${id}" has no "text"; line skipped`);
      summary.skipped++;
      continue;
    }
    // Two ids can map to the same safe name ("a/b" and "a_b"); the second gets a suffix
    // rather than silently replacing the first.
    let stem = safeFileStem(id);
    if (usedStems.has(stem) && usedStems.get(stem) !== id) {
      let n = 2;
      while (usedStems.has(`${stem}_${n}`)) n++;
      warn(
        `${file}:${lineNo}: id "${id}" collides with "${usedStems.get(stem)}" as a file name; written as ${stem}_${n}.txt`,
      );
      stem = `${stem}_${n}`;
    } else if (usedStems.has(stem)) {
      warn(`${file}:${lineNo}: id "${id}" appears twice; the later article replaces the earlier`);
    }
    usedStems.set(stem, id);
    const rawDate = o.date;
    const date = isoOfSourceDate(rawDate);
    if (date === null && typeof rawDate === 'string' && rawDate.trim() !== '') {
      warn(
        `${file}:${lineNo}: article "${id}" has an unrecognised date "${rawDate.slice(0, 40)}"; imported without one`,
      );
    }
    const content = renderDocument({
      title: str(o.title),
      date,
      source: str(o.source) ?? options.source ?? null,
      url: str(o.url),
      author: str(o.author),
      text,
    });
    summary.articles++;
    const task = writeIfChanged(join(outDir, `${stem}.txt`), content).then((outcome) => {
      summary[outcome]++;
    });
    pending.add(task);
    void task.finally(() => pending.delete(task));
    if (pending.size >= WRITE_WINDOW) await Promise.race(pending);
  }
  await Promise.all(pending);
  return summary;
}
