// Renders the engine's Result for Discord. No answering happens here: only layout.
import { quoteWording } from '../../answer/quote-wording.js';
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import {
  unhandled,
  type AskResult,
  type Citation,
  type FactsResult,
  type QuoteResult,
  type QuoteView,
  type Result,
  type SearchResult,
  type SourcesResult,
  type WhoResult,
} from '../../answer/result.js';
import { fitReply } from './embed-fit.js';
import { COLORS, LAYOUT, LIMITS } from '../constants.js';
import { escapeMarkdown, truncate } from './text.js';
import {
  actionRow,
  citeRows,
  citationFooter,
  sourceFooter,
  passageField,
  quoted,
  renderInputError,
  renderNotFound,
  safeUrl,
  sentenceRef,
  type RenderContext,
} from './render-common.js';
import { shownPage, type Paging } from './paging.js';
import { renderCitation, renderContext, renderVerdict } from './render-verdict.js';
import type { Reply } from '../types.js';
import { plural } from '../../app/plural.js';

export interface RenderOptions {
  /** Private reply (e.g. /ask private:true, button follow-ups). */
  ephemeral?: boolean;
  /** Present for paginated commands: shows a "More answers" button when there is more. */
  paging?: Paging;
  /** How a follow-up was read ("about Omar Nessar"), shown above the answer so a wrong reading is visible. */
  reading?: string | null;
}

/** The one entry point: any Result to a Discord reply within every limit. */
export function renderResult(result: Result, rc: RenderContext, options: RenderOptions = {}): Reply {
  return fitReply(renderUnfitted(result, rc, options));
}

function renderUnfitted(result: Result, rc: RenderContext, options: RenderOptions): Reply {
  if (result.error) return renderInputError(result);
  // A verdict is the answer even when the article does not say it ("absent").
  if (result.command === 'verify') return withPrivacy(renderVerdict(result, rc), options);
  if (!result.found) return renderNotFound(result, rc);
  switch (result.command) {
    case 'ask':
      return withPrivacy(renderAsk(result, rc, options.paging, options.reading ?? null), options);
    case 'quote':
      return withPrivacy(renderQuotes(result, rc, options.paging), options);
    case 'search':
      return withPrivacy(renderSearch(result, rc, options.paging), options);
    case 'who':
      return withPrivacy(renderWho(result, rc), options);
    case 'facts':
      return withPrivacy(renderFacts(result, rc, options.paging), options);
    case 'sources':
      return withPrivacy(renderSources(result), options);
    case 'cite':
      return withPrivacy(renderCitation(result, rc), options);
    case 'context':
      return withPrivacy(renderContext(result, rc), options);
    default:
      return unhandled(result);
  }
}

function withPrivacy(reply: Reply, options: RenderOptions): Reply {
  return options.ephemeral ? { ...reply, ephemeral: true } : reply;
}

function overlaps(q: QuoteView, c: Citation): boolean {
  return q.doc === c.doc && q.start < c.end && c.start < q.end;
}

/** The line over reported speech: the article's words about what was said, never a quotation. */
const REPORTED = '*as the article reports:*\n';

/** Direct words in quotation marks; reported speech plainly as the article's words about it. */
function quoteBody(q: QuoteView, max: number): string {
  const w = quoteWording(q);
  return w.verbatim ? quoted(w.words, max) : `${REPORTED}${quoted(w.words, max - REPORTED.length)}`;
}

function speakerLine(q: QuoteView): string {
  const who = q.speaker ? escapeMarkdown(q.speaker) : 'unattributed';
  return `${who} (${q.kind === 'direct' ? 'direct quote' : q.kind === 'mixed' ? 'reported speech, partly quoted' : 'reported speech'})`;
}

function renderAsk(result: AskResult, rc: RenderContext, paging: Paging | undefined, reading: string | null): Reply {
  const { shown, hasMore } = shownPage(result.citations, paging);
  const top = shown[0];
  const embed: APIEmbed = { title: truncate(result.input || 'Answer', LIMITS.embedTitle), color: COLORS.answer };
  const answer = (result.answer ?? '').trim();
  const parts: string[] = [];
  if (answer && answer !== top?.text.trim()) parts.push(truncate(escapeMarkdown(answer), LAYOUT.answer));
  if (top) parts.push(quoted(top.text, LAYOUT.topPassage));
  embed.description = parts.join('\n\n') || escapeMarkdown(result.message ?? '');
  if (reading) embed.description = `*${escapeMarkdown(truncate(reading, LAYOUT.reading))}:*\n${embed.description}`;
  const fields: APIEmbedField[] = [];
  const quote = top ? result.quotes.find((q) => overlaps(q, top)) : undefined;
  if (quote) fields.push({ name: 'Speaker', value: speakerLine(quote), inline: true });
  for (const c of shown.slice(1)) fields.push(passageField(c, rc, 'Also in the article'));
  if (fields.length) embed.fields = fields;
  if (top) {
    embed.footer = { text: sourceFooter(top, rc) };
    const url = safeUrl(rc.source(top.doc)?.url);
    if (url) embed.url = url;
  }
  const target = top ? { doc: top.doc, start: top.start, citeRef: quote?.id ?? sentenceRef(top) } : null;
  return { embeds: [embed], components: actionRow(target, paging ?? null, hasMore) };
}

function renderQuotes(result: QuoteResult, rc: RenderContext, paging: Paging | undefined): Reply {
  const { shown, hasMore } = shownPage(result.quotes, paging);
  const first = (paging?.offset ?? 0) + 1;
  const speaker = result.input.trim();
  const embed: APIEmbed = {
    title: truncate(speaker ? `Quotes: ${speaker}` : 'Quotes', LIMITS.embedTitle),
    color: COLORS.answer,
    fields: shown.slice(0, LAYOUT.listed).map((q, i) => ({
      name: truncate(
        `${first + i}. ${q.speaker ?? 'Unattributed'} · ${q.kind === 'direct' ? 'direct' : q.kind === 'mixed' ? 'reported, partly quoted' : 'reported'}`,
        LIMITS.fieldName,
      ),
      value:
        quoteBody(q, LAYOUT.quoteField) +
        `\n${truncate(citationFooter({ doc: q.doc, paragraph: q.paragraph }, rc), LAYOUT.quoteFooterLine)}`,
    })),
  };
  const top = shown[0];
  // Context for the first quote and More answers; then a Cite button for every quote shown.
  const rows = actionRow(top ? { doc: top.doc, start: top.start, citeRef: '' } : null, paging ?? null, hasMore);
  const cites = citeRows(shown.slice(0, LAYOUT.listed).map((q, i) => ({ ref: q.id, number: first + i })));
  return { embeds: [embed], components: [...rows, ...cites].slice(0, LIMITS.actionRows) };
}

function renderSearch(result: SearchResult, rc: RenderContext, paging: Paging | undefined): Reply {
  const { shown, hasMore } = shownPage(result.citations, paging);
  const first = (paging?.offset ?? 0) + 1;
  const embed: APIEmbed = {
    title: truncate(`Search: ${result.input}`, LIMITS.embedTitle),
    color: COLORS.answer,
    fields: shown
      .slice(0, LAYOUT.listed)
      .map((c, i) => passageField(c, rc, `${first + i}. ${citationFooter(c, rc)}`))
      .map((f) => ({
        ...f,
        // The footer is already the field name; keep only the quote as the value.
        value:
          f.value
            .split('\n')
            .filter((l) => l.startsWith('> '))
            .join('\n') || f.value,
      })),
  };
  const top = shown[0];
  const target = top ? { doc: top.doc, start: top.start, citeRef: sentenceRef(top) } : null;
  return { embeds: [embed], components: actionRow(target, paging ?? null, hasMore) };
}

function renderWho(result: WhoResult, rc: RenderContext): Reply {
  const e = result.entity;
  const embed: APIEmbed = {
    title: truncate(e?.name ?? result.input, LIMITS.embedTitle),
    color: COLORS.answer,
    fields: [],
  };
  if (e) {
    embed.description = `${e.type}, mentioned ${plural(e.mentions, 'time')} in ${plural(e.docs.length, 'article')}`;
    if (e.roles.length) embed.fields!.push({ name: 'Roles', value: e.roles.map(escapeMarkdown).join('\n') });
    if (e.aliases.length) embed.fields!.push({ name: 'Also called', value: e.aliases.map(escapeMarkdown).join(', ') });
    if (e.docs.length) {
      embed.fields!.push({
        name: 'Appears in',
        value: e.docs.map((d) => escapeMarkdown(rc.source(d)?.title ?? d)).join('\n'),
      });
    }
  }
  for (const q of result.quotes.slice(0, LAYOUT.whoQuotes)) {
    embed.fields!.push({
      name: `Said (${q.kind})`,
      value:
        quoted(q.text, LAYOUT.whoQuote) +
        `\n${truncate(citationFooter({ doc: q.doc, paragraph: q.paragraph }, rc), LAYOUT.footerLine)}`,
    });
  }
  for (const c of result.citations.slice(0, LAYOUT.whoPassages)) embed.fields!.push(passageField(c, rc, 'Mentioned'));
  const top = result.citations[0];
  const target = top ? { doc: top.doc, start: top.start, citeRef: sentenceRef(top) } : null;
  return { embeds: [embed], components: actionRow(target, null, false) };
}

function renderFacts(result: FactsResult, rc: RenderContext, paging: Paging | undefined): Reply {
  const { shown, hasMore } = shownPage(result.facts, paging);
  // One article: name it once in the footer instead of on every line.
  const docs = new Set(shown.map((f) => f.doc));
  const single = docs.size === 1 ? [...docs][0]! : null;
  const lines = shown.map((f) => {
    const extra = [f.when, f.where]
      .filter(Boolean)
      .map((s) => escapeMarkdown(s!))
      .join(', ');
    const where = single ? `paragraph ${f.paragraph}` : citationFooter({ doc: f.doc, paragraph: f.paragraph }, rc);
    const frame = f.frame ? `*${escapeMarkdown(f.frame)}:* ` : '';
    return `• ${frame}**${escapeMarkdown(f.subject)}** ${escapeMarkdown(f.relation)} **${escapeMarkdown(f.object)}**${extra ? ` (${extra})` : ''} · ${escapeMarkdown(where)}`;
  });
  const embed: APIEmbed = {
    title: truncate(result.input ? `Facts: ${result.input}` : 'Facts', LIMITS.embedTitle),
    color: COLORS.answer,
    description: joinWithin(lines, LAYOUT.longDescription),
  };
  if (single) {
    const src = rc.source(single);
    embed.footer = { text: [src?.title ?? single, src?.date].filter(Boolean).join(' · ') };
  }
  return { embeds: [embed], components: actionRow(null, paging ?? null, hasMore) };
}

function renderSources(result: SourcesResult): Reply {
  const sources = result.sources ?? [];
  const embed: APIEmbed = {
    title: `Articles loaded: ${sources.length}`,
    color: COLORS.answer,
    fields: sources.slice(0, LIMITS.fields).map((s) => {
      const url = safeUrl(s.url);
      const meta = [
        s.date,
        s.source,
        plural(s.paragraphs, 'paragraph'),
        plural(s.quotes, 'quote'),
        plural(s.entities, 'name'),
      ]
        .filter(Boolean)
        .join(' · ');
      return {
        name: truncate(s.title || s.doc, LIMITS.fieldName),
        value: `${escapeMarkdown(meta)}\nid: \`${s.doc}\`${url ? `\n${url}` : ''}`,
      };
    }),
  };
  if (sources.length > LIMITS.fields) embed.description = `Showing ${LIMITS.fields} of ${sources.length}.`;
  return { embeds: [embed] };
}

/** Joins whole lines while they fit; says how many were left out. */
export function joinWithin(lines: string[], max: number): string {
  const RESERVE = 24; // room for "… and N more"
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = truncate(lines[i]!, max - RESERVE);
    const room = i === lines.length - 1 ? max : max - RESERVE;
    if (used + line.length + 1 > room) {
      out.push(`… and ${lines.length - i} more`);
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n');
}
