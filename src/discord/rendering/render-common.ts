// Pieces every rendered answer shares: the citation footer, the button row, and the
// ephemeral "not in the article" / "could not use that" replies.
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Citation, Result, SourceView } from '../../answer/result.js';
import { encodeCite, encodeContext, encodeMore } from '../handling/custom-id.js';
import type { Paging } from './paging.js';
import { COLORS, LAYOUT, LIMITS } from '../constants.js';
import { blockQuote, escapeMarkdown, truncate } from './text.js';
import type { Reply } from '../types.js';

export interface RenderContext {
  /** What the store knows about a document (title, date, URL), if it is loaded. */
  source(doc: string): SourceView | null;
}

export const NO_SOURCES: RenderContext = { source: () => null };

/** "Title · 2021-09-07 · paragraph 4" */
export function citationFooter(
  c: { doc: string; title?: string; date?: string | null; paragraph: number },
  rc: RenderContext,
): string {
  const src = rc.source(c.doc);
  const title = c.title || src?.title || c.doc;
  const date = c.date ?? src?.date ?? null;
  return [title, date, `paragraph ${c.paragraph}`].filter(Boolean).join(' · ');
}

/** The main embed's footer: the citation, plus the source URL when the document gives one. */
export function sourceFooter(
  c: { doc: string; title?: string; date?: string | null; paragraph: number },
  rc: RenderContext,
): string {
  const url = safeUrl(rc.source(c.doc)?.url);
  return citationFooter(c, rc) + (url ? ` · ${url}` : '');
}

export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** Verbatim article words as a Discord block quote, markdown escaped, cut to `max`. */
export function quoted(text: string, max: number): string {
  return blockQuote(truncate(escapeMarkdown(text.trim()), Math.max(1, max - 2 * text.split('\n').length)));
}

export function button(
  label: string,
  customId: string,
  style: ButtonStyle = ButtonStyle.Secondary,
): APIButtonComponent {
  return { type: ComponentType.Button, style, label, custom_id: customId } as APIButtonComponent;
}

/** Show context / More answers / Cite, each only when its custom_id can carry its state. */
export function actionRow(
  target: { doc: string; start: number; citeRef: string } | null,
  paging: Paging | null,
  hasMore: boolean,
): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = [];
  if (target) {
    const id = encodeContext(target.doc, target.start);
    if (id) buttons.push(button('Show context', id));
  }
  if (paging && hasMore) {
    const id = encodeMore(
      paging.command,
      paging.offset + paging.limit,
      paging.input,
      paging.about ?? '',
      paging.doc ?? '',
    );
    if (id) buttons.push(button('More answers', id, ButtonStyle.Primary));
  }
  if (target) {
    const id = encodeCite(target.citeRef);
    if (id) buttons.push(button('Cite', id));
  }
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** One "Cite N" button per item shown, numbered as the items are, five to a row. */
export function citeRows(refs: { ref: string; number: number }[]): APIActionRowComponent<APIButtonComponent>[] {
  const buttons = refs.flatMap(({ ref, number }) => {
    const id = encodeCite(ref);
    return id ? [button(`Cite ${number}`, id)] : [];
  });
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow)
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  return rows;
}

export function sentenceRef(c: Citation): string {
  return `s:${c.doc}:${c.start}`;
}

export function passageField(c: Citation, rc: RenderContext, name?: string): APIEmbedField {
  const footer = citationFooter(c, rc);
  return {
    name: truncate(name ?? footer, LIMITS.fieldName),
    value:
      quoted(c.text, LAYOUT.passageField - (name ? footer.length + 3 : 0)) +
      (name ? `\n${truncate(footer, LAYOUT.footerLine)}` : ''),
  };
}

/** "Not in the article": private, with the nearest passages and any "did you mean". */
export function renderNotFound(result: Result, rc: RenderContext): Reply {
  const lines: string[] = [escapeMarkdown(result.message ?? 'The article does not say.')];
  if (result.suggestions?.length) {
    lines.push(
      '',
      `Did you mean: ${result.suggestions
        .slice(0, LAYOUT.suggestions)
        .map((s) => `**${escapeMarkdown(s)}**`)
        .join(', ')}?`,
    );
  }
  const embed: APIEmbed = {
    title: 'Not in the article',
    description: lines.join('\n'),
    color: COLORS.muted,
  };
  const nearest = result.citations.slice(0, LAYOUT.nearestPassages);
  if (nearest.length)
    embed.fields = nearest.map((c, i) => passageField(c, rc, i === 0 ? 'Nearest passages' : '\u200b'));
  return { embeds: [embed], ephemeral: true };
}

export function renderInputError(result: Result): Reply {
  return { content: escapeMarkdown(result.message ?? 'That input could not be used.'), ephemeral: true };
}
