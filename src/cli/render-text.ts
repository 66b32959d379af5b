// Readable terminal text for a Result.
import { quoteLine } from '../answer/quote-wording.js';
import type { Result } from '../answer/result.js';

const wrapQuote = (s: string) => `“${s}”`;

export function renderText(r: Result): string {
  const out: string[] = [];
  if (!r.found) {
    out.push(r.message ?? 'Not found.');
    if (r.suggestions?.length) out.push(`Did you mean: ${r.suggestions.join(', ')}?`);
    if (r.citations.length && !r.error) {
      out.push('Nearest passages:');
      for (const c of r.citations.slice(0, 3)) out.push(`  ${c.doc} ¶${c.paragraph}: ${c.text}`);
    }
    return out.join('\n');
  }
  if (r.verdict) out.push(`Verdict: ${r.verdict}`);
  if (r.answer) out.push(r.answer);
  if (r.differences?.length) out.push(r.verdict === 'misquote' ? `What the claim changes: ${r.differences.map((d) => d.note).join('; ')}` : `Words not in the article: ${r.differences.map((d) => d.note).join(', ')}`);
  if (r.entity) {
    if (r.entity.roles.length) out.push(`Roles: ${r.entity.roles.join('; ')}`);
    if (r.entity.aliases.length) out.push(`Also called: ${r.entity.aliases.join(', ')}`);
    out.push(`Mentions: ${r.entity.mentions} in ${r.entity.docs.length} article(s)`);
  }
  if (r.sources) for (const s of r.sources) out.push(`  ${s.doc}  ${s.date ?? '(no date)'}  “${s.title}”  ${s.paragraphs} paragraphs, ${s.sentences} sentences, ${s.quotes} quotes`);
  if (r.command === 'quote' || r.command === 'who') {
    for (const q of r.quotes) out.push(`  [${q.kind}${q.cue ? `, ${q.cue}` : ''}] ${quoteLine(q)}  — ${q.doc} ¶${q.paragraph}`);
  }
  if (r.facts.length) for (const f of r.facts) out.push(`  ${f.frame ? `(${f.frame}) ` : ''}${f.subject} — ${f.relation} — ${f.object}${f.when ? ` (when: ${f.when})` : ''}${f.where ? ` (where: ${f.where})` : ''}  [${f.doc} ¶${f.paragraph}]`);
  const cites = r.command === 'who' ? r.citations.slice(0, 3) : r.command === 'search' ? r.citations : r.citations.slice(0, r.command === 'ask' ? 1 : 3);
  for (const c of cites) out.push(`  ${wrapQuote(c.text)}\n    — ${c.title}${c.date ? `, ${c.date}` : ''}, paragraph ${c.paragraph}, sentence ${c.sentence} [${c.doc} ${c.start}–${c.end}]`);
  return out.join('\n');
}
