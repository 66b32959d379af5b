// Copies the .txt and .md documents of a folder into a seeds folder, byte for byte: the engine
// keeps offsets into the file exactly as read, so the copy must not re-encode anything. Web pages
// (.html/.htm) are read for their article and written as <name>.md.
import { readdir, readFile, mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS } from '../documents/read.js';
import { writeIfChanged } from './write-if-changed.js';
import { HTML_EXTENSIONS, importHtmlFile } from './html.js';
import type { ImportSummary, ImportOptions } from './summary.js';
import { emptySummary } from './summary.js';

export async function importFolder(
  srcDir: string,
  outDir: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const warn = options.onWarning ?? ((m: string) => console.warn(m));
  const summary = emptySummary();
  await mkdir(outDir, { recursive: true });
  const entries = (await readdir(srcDir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (options.limit !== undefined && summary.articles >= options.limit) break;
    const ext = extname(entry.name).toLowerCase();
    const isHtml = HTML_EXTENSIONS.has(ext);
    if (!DOCUMENT_EXTENSIONS.has(ext) && !isHtml) continue;
    if (!entry.isFile()) {
      warn(`${join(srcDir, entry.name)}: not a regular file; skipped`);
      summary.skipped++;
      continue;
    }
    if (isHtml) {
      try {
        const outcome = await importHtmlFile(join(srcDir, entry.name), outDir, options.source ?? null);
        summary.articles++;
        summary[outcome]++;
      } catch (err) {
        warn(`${join(srcDir, entry.name)}: ${(err as Error).message}; skipped`);
        summary.skipped++;
      }
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(join(srcDir, entry.name));
    } catch (err) {
      warn(
        `${join(srcDir, entry.name)}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); skipped`,
      );
      summary.skipped++;
      continue;
    }
    summary.articles++;
    summary[await writeIfChanged(join(outDir, entry.name), bytes)]++;
  }
  return summary;
}
