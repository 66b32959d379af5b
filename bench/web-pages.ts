// Reads a folder of saved web pages as the import does and reports (not a test):
// - pages per second of reading (decode + HTML → article), this thread only;
// - the metadata check: on pages whose JSON-LD gives datePublished or whose meta tags give
//   article:published_time, the document's date is that date. The expected date is read here
//   straight from the page's text, independently of src/web/page-metadata.ts.
//
//   npx tsx bench/web-pages.ts ../shared/eval/article-extraction-dev/html
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodePage } from '../src/web/decode.js';
import { htmlToArticle } from '../src/web/html-to-article.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx bench/web-pages.ts DIR_OF_HTML_PAGES');
  process.exit(2);
}

/** The first datePublished in a JSON-LD script, else article:published_time, as the page writes it (YYYY-MM-DD part). */
function statedDate(html: string): { date: string; from: string } | null {
  for (const m of html.matchAll(/<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    const d = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(m[1]!);
    if (d) return { date: d[1]!, from: 'JSON-LD' };
  }
  const tag = /<meta[^>]+(?:property|name)=["']article:published_time["'][^>]*>/i.exec(html)?.[0];
  const d = tag && /content=["'](\d{4}-\d{2}-\d{2})/i.exec(tag);
  return d ? { date: d[1]!, from: 'article:published_time' } : null;
}

const files = readdirSync(dir)
  .filter((f) => ['.html', '.htm'].includes(extname(f).toLowerCase()))
  .sort();
let readMs = 0;
let failed = 0;
let withDate = 0;
let agree = 0;
const disagreements: string[] = [];
for (const f of files) {
  const bytes = readFileSync(join(dir, f));
  const t0 = performance.now();
  let date: string | null = null;
  try {
    date = htmlToArticle(decodePage(bytes)).date;
  } catch {
    failed++;
  }
  readMs += performance.now() - t0;
  const stated = statedDate(bytes.toString('utf8'));
  if (!stated) continue;
  withDate++;
  if (date === stated.date) agree++;
  else
    disagreements.push(
      `${f.slice(0, 12)}: page says ${stated.date} (${stated.from}), document has ${date ?? 'no date'}`,
    );
}
console.log(
  `read ${files.length} pages in ${(readMs / 1000).toFixed(2)} s: ${(files.length / (readMs / 1000)).toFixed(1)} pages/s (${failed} without article text)`,
);
console.log(
  `dates: ${withDate} pages state a JSON-LD datePublished or article:published_time; the document's date equals it on ${agree}`,
);
for (const d of disagreements) console.log(`  ${d}`);
