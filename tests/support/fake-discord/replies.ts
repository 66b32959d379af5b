// Reading a recorded interaction the way a user would see it: was it acknowledged, what does the
// final reply say, was it ephemeral, which mentions could it have pinged.
import type { CallbackRecord, InteractionRecord } from './records.js';

/** Discord's interaction callback types. */
export const Callback = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredMessageUpdate: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
  Modal: 9,
} as const;

export const EPHEMERAL = 1 << 6;

export function acceptedCallback(rec: InteractionRecord): CallbackRecord | undefined {
  return rec.callbacks.find((c) => c.status >= 200 && c.status < 300);
}

/** When the bot first acknowledged the interaction, in ms after dispatch (what Discord's 3 s limit measures). */
export function ackLatency(rec: InteractionRecord): number | null {
  const cb = acceptedCallback(rec);
  return cb ? cb.at - rec.dispatchedAt : null;
}

/** True once the user would see a real answer, not just "thinking…". */
export function isAnswered(rec: InteractionRecord): boolean {
  const cb = acceptedCallback(rec);
  if (!cb) return false;
  if (
    cb.type === Callback.ChannelMessageWithSource ||
    cb.type === Callback.UpdateMessage ||
    cb.type === Callback.AutocompleteResult ||
    cb.type === Callback.Modal
  )
    return true;
  const edited = rec.webhookCalls.some((w) => w.status < 300 && w.method === 'PATCH' && w.target === '@original');
  return edited || rec.followUps.length > 0;
}

/** When the answer became visible, in ms after dispatch. */
export function answerLatency(rec: InteractionRecord): number | null {
  const cb = acceptedCallback(rec);
  if (!cb) return null;
  if (cb.type !== Callback.DeferredChannelMessageWithSource && cb.type !== Callback.DeferredMessageUpdate)
    return cb.at - rec.dispatchedAt;
  const next = rec.webhookCalls.find((w) => w.status < 300 && (w.method === 'PATCH' || w.method === 'POST'));
  return next ? next.at - rec.dispatchedAt : null;
}

export function isEphemeral(rec: InteractionRecord): boolean {
  const cb = acceptedCallback(rec);
  const flags = Number((cb?.data as { flags?: number } | undefined)?.flags ?? 0);
  return (flags & EPHEMERAL) !== 0;
}

interface EmbedLike {
  title?: string;
  description?: string;
  author?: { name?: string };
  footer?: { text?: string };
  fields?: { name?: string; value?: string }[];
}

/** Every message body the bot sent for this interaction: callback data, edits, follow-ups. */
export function messageBodies(rec: InteractionRecord): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  for (const cb of rec.callbacks) if (cb.data && cb.status < 300) bodies.push(cb.data);
  for (const w of rec.webhookCalls) if (w.body && w.status < 300) bodies.push(w.body);
  return bodies;
}

export function bodyText(body: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof body.content === 'string') parts.push(body.content);
  for (const e of (body.embeds as EmbedLike[] | undefined) ?? []) {
    parts.push(e.author?.name ?? '', e.title ?? '', e.description ?? '');
    for (const f of e.fields ?? []) parts.push(f.name ?? '', f.value ?? '');
    parts.push(e.footer?.text ?? '');
  }
  for (const c of (body.choices as { name: string; value: unknown }[] | undefined) ?? [])
    parts.push(`${c.name} => ${String(c.value)}`);
  return parts.filter((p) => p.length > 0).join('\n');
}

/** All the text the user could read in the reply (content, embeds, autocomplete choices). */
export function replyText(rec: InteractionRecord): string {
  return messageBodies(rec).map(bodyText).join('\n');
}

/** The autocomplete choices the bot offered (empty when it offered none or did not answer). */
export function choices(rec: InteractionRecord): { name: string; value: string | number }[] {
  const cb = rec.callbacks.find((c) => c.type === Callback.AutocompleteResult && c.status < 300);
  return (cb?.data as { choices?: { name: string; value: string | number }[] } | undefined)?.choices ?? [];
}

/** Buttons in the final message the user sees (original after edits). */
export function buttons(rec: InteractionRecord): { label: string; custom_id: string }[] {
  const out: { label: string; custom_id: string }[] = [];
  const rows = (rec.original?.components ?? []) as unknown as {
    components?: { type: number; label?: string; custom_id?: string }[];
  }[];
  for (const row of rows)
    for (const c of row.components ?? [])
      if (c.type === 2 && c.custom_id) out.push({ label: c.label ?? '', custom_id: c.custom_id });
  return out;
}
