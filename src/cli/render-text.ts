// Readable terminal text for a Result: one layout per command, every command handled.
import { quoteLine } from '../answer/quote-wording.js';
import {
  unhandled,
  type Citation,
  type EntityView,
  type FactView,
  type QuoteView,
  type Result,
  type SourceView,
} from '../answer/result.js';
import { plural } from '../app/plural.js';
import { PLAIN, type Style } from './style.js';

/** Passages shown when the caller does not say: the top one for an answer, every one for a search, else three. */
const ASK_PASSAGES = 1;
const PASSAGES = 3;
/** The nearest passages under a "not found". */
const NEAREST_PASSAGES = 3;

/** The article's sentence in quotation marks, unless it holds its own: marks around marks would misstate who says what. */
const wrapQuote = (s: string) => (/[“”"«»]/.test(s) ? s : `“${s}”`);

/** `passages` overrides how many cited passages are shown ("more" shows a few at once). */
export function renderText(r: Result, st: Style = PLAIN, passages?: number): string {
  if (r.error || !r.found) {
    const out = [st.warn(r.message ?? 'Not found.')];
    if (r.suggestions?.length) out.push(`Did you mean: ${r.suggestions.join(', ')}?`);
    if (r.citations.length && !r.error) {
      out.push('Nearest passages:');
      for (const c of r.citations.slice(0, NEAREST_PASSAGES)) out.push(`  ${c.doc} ¶${c.paragraph}: ${c.text}`);
    }
    return out.join('\n');
  }
  const answer = r.answer ? [st.answer(r.answer)] : [];
  /** The cited passages: `passages` if given, else `shown` (undefined: all). */
  const cited = (shown: number | undefined): string[] => citationLines(r.citations.slice(0, passages ?? shown), st);
  switch (r.command) {
    case 'ask':
      return [...answer, ...cited(ASK_PASSAGES)].join('\n');
    case 'quote':
      return [...answer, ...quoteLines(r.quotes), ...cited(PASSAGES)].join('\n');
    case 'who':
      return [...answer, ...(r.entity ? entityLines(r.entity) : []), ...quoteLines(r.quotes), ...cited(PASSAGES)].join(
        '\n',
      );
    case 'search':
      return [...answer, ...cited(undefined)].join('\n');
    case 'facts':
      return [...answer, ...factLines(r.facts), ...cited(PASSAGES)].join('\n');
    case 'verify': {
      const notes = r.differences?.length ? r.differences.map((d) => d.note) : [];
      const differences = !notes.length
        ? []
        : [
            r.verdict === 'misquote'
              ? `What the claim changes: ${notes.join('; ')}`
              : `Words not in the article: ${notes.join(', ')}`,
          ];
      return [`Verdict: ${r.verdict}`, ...answer, ...differences, ...cited(PASSAGES)].join('\n');
    }
    case 'sources':
      return [...answer, ...sourceLines(r.sources), ...cited(PASSAGES)].join('\n');
    case 'cite':
    case 'context':
      return [...answer, ...cited(PASSAGES)].join('\n');
    default:
      return unhandled(r);
  }
}

function entityLines(e: EntityView): string[] {
  const out: string[] = [];
  if (e.roles.length) out.push(`Roles: ${e.roles.join('; ')}`);
  if (e.aliases.length) out.push(`Also called: ${e.aliases.join(', ')}`);
  out.push(`Mentions: ${e.mentions} in ${plural(e.docs.length, 'article')}`);
  return out;
}

function sourceLines(sources: SourceView[]): string[] {
  return sources.map(
    (s) =>
      `  ${s.doc}  ${s.date ?? '(no date)'}  “${s.title}”  ${plural(s.paragraphs, 'paragraph')}, ${plural(s.sentences, 'sentence')}, ${plural(s.quotes, 'quote')}`,
  );
}

function quoteLines(quotes: QuoteView[]): string[] {
  return quotes.map((q) => `  [${q.kind}${q.cue ? `, ${q.cue}` : ''}] ${quoteLine(q)}  — ${q.doc} ¶${q.paragraph}`);
}

function factLines(facts: FactView[]): string[] {
  return facts.map(
    (f) =>
      `  ${f.frame ? `(${f.frame}) ` : ''}${f.subject} — ${f.relation} — ${f.object}${f.when ? ` (when: ${f.when})` : ''}${f.where ? ` (where: ${f.where})` : ''}  [${f.doc} ¶${f.paragraph}]`,
  );
}

function citationLines(citations: Citation[], st: Style): string[] {
  return citations.map(
    (c) =>
      `  ${st.quote(wrapQuote(c.text))}\n    ${st.source(`— ${c.title}${c.date ? `, ${c.date}` : ''}, paragraph ${c.paragraph}, sentence ${c.sentence} [${c.doc} ${c.start}–${c.end}]`)}`,
  );
}
