// Makes any reply legal for Discord: every string within its own limit, at most 25 fields and
// 10 embeds, and the 6,000-character total across the message's embeds.
import type { APIEmbed } from 'discord-api-types/v10';
import { LAYOUT, LIMITS } from '../constants.js';
import { truncate } from './text.js';
import type { Reply } from '../types.js';

export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += embed.footer?.text.length ?? 0;
  n += embed.author?.name.length ?? 0;
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

function fitOne(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName) || '\u200b',
      value: truncate(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  return out;
}

/** Shrinks embeds (description first, then trailing fields) until their total fits. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.map((e) => ({ ...e, fields: e.fields ? [...e.fields] : undefined }));
  const total = (): number => out.reduce((n, e) => n + embedLength(e), 0);
  for (let i = out.length - 1; i >= 0 && total() > LIMITS.embedTotal; i--) {
    const e = out[i]!;
    const over = total() - LIMITS.embedTotal;
    if (e.description && e.description.length > LAYOUT.minDescription) {
      e.description = truncate(e.description, Math.max(LAYOUT.minDescription, e.description.length - over));
    }
    while (total() > LIMITS.embedTotal && e.fields && e.fields.length > 0) e.fields.pop();
    if (total() > LIMITS.embedTotal && e.description) {
      e.description = truncate(e.description, Math.max(1, e.description.length - (total() - LIMITS.embedTotal)));
    }
    if (total() > LIMITS.embedTotal && out.length > 1) out.splice(i, 1);
  }
  return out.map((e) => (e.fields === undefined ? (({ fields: _f, ...rest }) => rest)(e) : e));
}

export function fitReply(reply: Reply): Reply {
  const out: Reply = { ...reply };
  if (out.content !== undefined) out.content = truncate(out.content, LIMITS.content);
  if (out.embeds) out.embeds = fitTotal(out.embeds.slice(0, LIMITS.embeds).map(fitOne));
  if (out.components) {
    out.components = out.components.slice(0, LIMITS.actionRows).map((row) => ({
      ...row,
      components: row.components
        .slice(0, LIMITS.buttonsPerRow)
        .map((b) => ('label' in b && b.label ? { ...b, label: truncate(b.label, LIMITS.buttonLabel) } : b)),
    }));
  }
  return out;
}
