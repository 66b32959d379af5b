// Readable terminal text for a Result.
import { quoteLine } from '../answer/quote-wording.js';
import type { Result } from '../answer/result.js';
import { plural } from '../app/plural.js';
import { PLAIN, type Style } from './style.js';

/** The article's sentence in quotation marks, unless it holds its own: marks around marks would misstate who says what. */
const wrapQuote = (s: string) => (/[“”"«»]/.test(s) ? s : `“${s}”`);

/** `passages` overrides how many cited passages are shown ("more" shows a few at once). */
export function renderText(r: Result, st: Style = PLAIN, passages?: number): string {
  const out: string[] = [];
  if (!r.found) {
    out.push(st.warn(r.message ?? 'Not found.'));
    if (r.suggestions?.length) out.push(`Did you mean: ${r.suggestions.join(', ')}?`);
    if (r.citations.length && !r.error) {
      out.push('Nearest passages:');
      for (const c of r.citations.slice(0, 3)) out.push(`  ${c.doc} ¶${c.paragraph}: ${c.text}`);
    }
    return out.join('\n');
  }
  if (r.verdict) out.push(`Verdict: ${r.verdict}`);
  if (r.answer) out.push(st.answer(r.answer));
  if (r.differences?.length) out.push(r.verdict === 'misquote' ? `What the claim changes: ${r.differences.map((d) => d.note).join('; ')}` : `Words not in the article: ${r.differences.map((d) => d.note).join(', ')}`);
  if (r.entity) {
    if (r.entity.roles.length) out.push(`Roles: ${r.entity.roles.join('; ')}`);
    if (r.entity.aliases.length) out.push(`Also called: ${r.entity.aliases.join(', ')}`);
    out.push(`Mentions: ${r.entity.mentions} in ${plural(r.entity.docs.length, 'article')}`);
  }
  if (r.sources) for (const s of r.sources) out.push(`  ${s.doc}  ${s.date ?? '(no date)'}  “${s.title}”  ${plural(s.paragraphs, 'paragraph')}, ${plural(s.sentences, 'sentence')}, ${plural(s.quotes, 'quote')}`);
  if (r.command === 'quote' || r.command === 'who') {
    for (const q of r.quotes) out.push(`  [${q.kind}${q.cue ? `, ${q.cue}` : ''}] ${quoteLine(q)}  — ${q.doc} ¶${q.paragraph}`);
  }
  if (r.facts.length) for (const f of r.facts) out.push(`  ${f.frame ? `(${f.frame}) ` : ''}${f.subject} — ${f.relation} — ${f.object}${f.when ? ` (when: ${f.when})` : ''}${f.where ? ` (where: ${f.where})` : ''}  [${f.doc} ¶${f.paragraph}]`);
  const cites = passages !== undefined ? r.citations.slice(0, passages) : r.command === 'who' ? r.citations.slice(0, 3) : r.command === 'search' ? r.citations : r.citations.slice(0, r.command === 'ask' ? 1 : 3);
  for (const c of cites) out.push(`  ${st.quote(wrapQuote(c.text))}\n    ${st.source(`— ${c.title}${c.date ? `, ${c.date}` : ''}, paragraph ${c.paragraph}, sentence ${c.sentence} [${c.doc} ${c.start}–${c.end}]`)}`);
  return out.join('\n');
}
