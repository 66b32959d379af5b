// Replies that cite rather than answer: the /verify verdict, the paste-ready /cite, and the
// "Show context" view of the sentences around a citation.
import { quoteWording } from '../../answer/quote-wording.js';
import type { APIEmbed } from 'discord-api-types/v10';
import type { CiteResult, ContextResult, VerifyResult } from '../../answer/result.js';
import { COLORS, LAYOUT, LIMITS } from '../constants.js';
import { escapeMarkdown, truncate } from './text.js';
import { actionRow, sourceFooter, quoted, safeUrl, sentenceRef, type RenderContext } from './render-common.js';
import type { Reply } from '../types.js';

const VERDICT_TITLE = {
  exact: 'Exact: the article says this, word for word',
  close: 'Close: the article words it differently',
  misquote: 'Misquote: the article says otherwise',
  absent: 'Absent: the article does not say this',
} as const;

export function renderVerdict(result: VerifyResult, rc: RenderContext): Reply {
  const verdict = result.verdict;
  const top = result.citations[0];
  const embed: APIEmbed = {
    title: VERDICT_TITLE[verdict],
    color: COLORS[verdict],
    description: `Claimed:\n${quoted(result.input, LAYOUT.claimed)}`,
    fields: [],
  };
  if (top) {
    const name =
      verdict === 'absent'
        ? 'Nearest passage'
        : verdict === 'misquote'
          ? 'The articles say otherwise'
          : "The article's words";
    embed.fields!.push({ name, value: quoted(top.text, LAYOUT.verdictPassage) });
    embed.footer = { text: sourceFooter(top, rc) };
    const url = safeUrl(rc.source(top.doc)?.url);
    if (url) embed.url = url;
  }
  if (verdict === 'close' && result.differences?.length) {
    embed.fields!.push({
      name: 'What differs',
      value: result.differences.map((d) => `“${escapeMarkdown(d.note)}”`).join(', '),
    });
  }
  // A misquote's differences are already phrased ("adds a negation", "13 weeks → 26 weeks").
  if (verdict === 'misquote' && result.differences?.length) {
    embed.fields!.push({
      name: 'What the claim changes',
      value: truncate(result.differences.map((d) => escapeMarkdown(d.note)).join('; '), LAYOUT.verdictChanges),
    });
  }
  if (result.message) embed.fields!.push({ name: '\u200b', value: escapeMarkdown(result.message) });
  const target = top ? { doc: top.doc, start: top.start, citeRef: sentenceRef(top) } : null;
  return { embeds: [embed], components: actionRow(target, null, false) };
}

/**
 * The moderator-ready citation: plain message content (so it pastes anywhere) with the exact
 * words as a block quote, the speaker, the article's title and date, and the paragraph.
 */
export function renderCitation(result: CiteResult, rc: RenderContext): Reply {
  const quote = result.quotes[0];
  const cit = result.citations[0];
  const wording = quote ? quoteWording(quote) : null;
  const text = wording?.words ?? cit?.text ?? result.answer ?? '';
  const doc = quote?.doc ?? cit?.doc ?? '';
  const src = rc.source(doc);
  const title = cit?.title || src?.title || doc;
  const date = cit?.date ?? src?.date ?? null;
  const paragraph = quote?.paragraph ?? cit?.paragraph;
  const who = wording?.verbatim && quote?.speaker ? `${escapeMarkdown(quote.speaker)}, ` : '';
  // Reported speech is the article's words about what someone said: said so before it, never as their quote.
  const lead = wording && !wording.verbatim ? `${escapeMarkdown(wording.lead)}\n` : '';
  const where = [`*${escapeMarkdown(title)}*`, date, paragraph !== undefined ? `paragraph ${paragraph}` : null]
    .filter(Boolean)
    .join(', ');
  const url = safeUrl(src?.url);
  // <url> keeps Discord from unfurling a preview under the citation.
  const tail = `— ${who}${where}${url ? `\n<${url}>` : ''}`;
  const body = quoted(text, LIMITS.content - tail.length - lead.length - 2);
  return { content: `${lead}${body}\n${tail}` };
}

/** The sentences around a citation, the cited one in bold. */
export function renderContext(result: ContextResult, rc: RenderContext, start?: number): Reply {
  const sentences = result.citations;
  const first = sentences[0];
  if (!first) return { content: escapeMarkdown(result.message ?? 'No context for that passage.'), ephemeral: true };
  const text = sentences
    .map((c) => {
      const s = escapeMarkdown(c.text.trim());
      return start !== undefined && c.start <= start && start < Math.max(c.end, c.start + 1) ? `**${s}**` : s;
    })
    .join(' ');
  const embed: APIEmbed = {
    title: 'Context',
    color: COLORS.answer,
    description: truncate(text, LAYOUT.longDescription),
    footer: { text: sourceFooter(first, rc) },
  };
  const url = safeUrl(rc.source(first.doc)?.url);
  if (url) embed.url = url;
  return { embeds: [embed], ephemeral: true };
}
