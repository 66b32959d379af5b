// The documents of a seeds folder, split into sentences the simple way: what the baselines
// search. Offsets are into the file text exactly as read, like the engine's, so a baseline's
// sentence and a citebot citation can be compared by position.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, basename } from 'node:path';

export interface Sentence {
  doc: string;
  /** 1-based paragraph number among the document's paragraphs. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface CorpusDoc {
  id: string;
  title: string;
  date: string | null;
  text: string;
  sentences: Sentence[];
  /** Size in bytes on disk, for throughput figures. */
  bytes: number;
}

const DOC_EXT = new Set(['.txt', '.md', '.markdown']);
const META_LINE = /^[ \t]*(title|date|source|url|author)[ \t]*:[ \t]*(.*)$/i;
const BARE_DATE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*/i;
/** A sentence ends at . ! or ? (maybe followed by a closing quote or bracket) before a space and a capital or opening quote. */
const SENTENCE_END = /[.!?]["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018([]?[A-Z0-9])/g;

export function listDocuments(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => DOC_EXT.has(extname(f).toLowerCase()))
    .sort()
    .map((f) => join(dir, f));
}

export function readCorpusDoc(path: string): CorpusDoc {
  const buf = readFileSync(path);
  const text = buf.toString('utf8');
  const id = basename(path).replace(/\.[^.]+$/, '');
  let title: string | null = null;
  let date: string | null = null;
  // Metadata lines at the top are not text; the seed's `date 2021-02-03` shares a line with text.
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, '');
    const m = META_LINE.exec(line);
    if (m) {
      if (m[1]!.toLowerCase() === 'title') title = m[2]!.trim();
      if (m[1]!.toLowerCase() === 'date') date = m[2]!.trim();
      if (nl < 0) {
        pos = text.length;
        break;
      }
      pos = nl + 1;
      continue;
    }
    const d = BARE_DATE.exec(line);
    if (d) {
      date = d[1]!;
      pos += d[0].length;
    }
    break;
  }
  return { id, title: title ?? id, date, text, sentences: splitSentences(id, text, pos), bytes: buf.length };
}

export function splitSentences(doc: string, text: string, from = 0): Sentence[] {
  const out: Sentence[] = [];
  const paraRe = /\S[\s\S]*?(?=\r?\n[ \t]*\r?\n|\s*$)/g;
  paraRe.lastIndex = from;
  let paragraph = 0;
  for (let p = paraRe.exec(text); p; p = paraRe.exec(text)) {
    if (p[0].length === 0) {
      paraRe.lastIndex++;
      continue;
    }
    paragraph++;
    const pStart = p.index;
    const para = p[0];
    let s = 0;
    SENTENCE_END.lastIndex = 0;
    const push = (a: number, b: number): void => {
      const raw = para.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (t) out.push({ doc, paragraph, start: pStart + a + lead, end: pStart + a + lead + t.length, text: t });
    };
    for (let m = SENTENCE_END.exec(para); m; m = SENTENCE_END.exec(para)) {
      push(s, m.index + m[0].length);
      s = m.index + m[0].length;
    }
    push(s, para.length);
  }
  return out;
}

export function readCorpus(dir: string): CorpusDoc[] {
  return listDocuments(dir).map(readCorpusDoc);
}
