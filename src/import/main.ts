// `npm run import -- FILE.jsonl|FILE.html|DIR|URL... [--out DIR] [--source NAME] [--limit N] [--force]`
import { mkdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFolder } from './folder.js';
import { importJsonl } from './jsonl.js';
import { HTML_EXTENSIONS, importHtmlFile, importUrl } from './html.js';
import type { ImportSummary } from './summary.js';
import { plural } from '../app/plural.js';

export const DEFAULT_OUT_DIR = 'imported';
const REPO_SEEDS = resolve(fileURLToPath(new URL('../../seeds', import.meta.url)));

const USAGE =
  'usage: npm run import -- FILE.jsonl|FILE.html|DIR|URL... [--out DIR] [--source NAME] [--limit N] [--force]';

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

interface Args {
  inputs: string[];
  out: string;
  source?: string;
  limit?: number;
  force: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { inputs: [], out: DEFAULT_OUT_DIR, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (a === '--out') {
      const v = value();
      if (!v) return '--out needs a folder';
      args.out = v;
    } else if (a === '--source') {
      const v = value();
      if (!v) return '--source needs a name';
      args.source = v;
    } else if (a === '--limit') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 0) return '--limit needs a whole number';
      args.limit = v;
    } else if (a === '--force') args.force = true;
    else if (a === '-h' || a === '--help') return USAGE;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.inputs.push(a);
  }
  return args.inputs.length ? args : 'nothing to import';
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args === USAGE ? USAGE : `import: ${args}\n${USAGE}`);
    return args === USAGE ? 0 : 2;
  }
  // npm runs scripts from the package root; paths on the command line are relative to where the user typed them.
  const base = process.env.INIT_CWD ?? process.cwd();
  const out = resolve(base, args.out);
  const total: ImportSummary = { articles: 0, written: 0, unchanged: 0, skipped: 0 };
  const t0 = performance.now();
  for (const input of args.inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      try {
        await mkdir(out, { recursive: true });
        const outcome = await importUrl(input, out, args.source ?? null);
        total.articles++;
        total[outcome]++;
      } catch (err) {
        console.error(`import: ${input}: ${(err as Error).message}`);
        total.skipped++;
      }
      continue;
    }
    if (HTML_EXTENSIONS.has(extname(input).toLowerCase())) {
      try {
        await mkdir(out, { recursive: true });
        const outcome = await importHtmlFile(resolve(base, input), out, args.source ?? null);
        total.articles++;
        total[outcome]++;
      } catch (err) {
        console.error(
          `import: ${input}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
        );
        total.skipped++;
      }
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(resolve(base, input))).isDirectory();
    } catch {
      console.error(`import: ${input}: no such file or folder`);
      return 1;
    }
    // The bundled seeds are committed; a whole corpus written there would end up in the repository.
    if (!isDir && !args.force && isInside(REPO_SEEDS, out)) {
      console.error(
        `import: refusing to write a JSON-lines corpus into the bundled seeds/ (${out}); choose --out DIR or pass --force`,
      );
      return 1;
    }
    const limit = args.limit === undefined ? undefined : args.limit - total.articles;
    const opts = { limit, ...(args.source ? { source: args.source } : {}) };
    const path = resolve(base, input);
    const s = isDir ? await importFolder(path, out, opts) : await importJsonl(path, out, opts);
    total.articles += s.articles;
    total.written += s.written;
    total.unchanged += s.unchanged;
    total.skipped += s.skipped;
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `imported ${plural(total.articles, 'article')} into ${out}: ${total.written} written, ${total.unchanged} unchanged, ${total.skipped} skipped (${secs} s)`,
  );
  return 0;
}

process.exitCode = await main();
