// Discord rejects over-long messages with 400 "Invalid Form Body" (50035); the fake does the
// same so a reply that would fail on real Discord fails here too. Limits from Discord's docs.
export const Limits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

interface Embed {
  title?: string;
  description?: string;
  footer?: { text?: string };
  author?: { name?: string };
  fields?: { name?: string; value?: string }[];
}

const len = (s: string | undefined): number => (s === undefined ? 0 : [...s].length);

/** The first limit `body` breaks, as a readable reason, or null when Discord would accept it. */
export function messageProblem(body: Record<string, unknown> | undefined): string | null {
  if (!body) return null;
  if (typeof body.content === 'string' && len(body.content) > Limits.content)
    return `content is ${len(body.content)} characters (max ${Limits.content})`;
  const embeds = (body.embeds as Embed[] | undefined) ?? [];
  if (embeds.length > Limits.embeds) return `${embeds.length} embeds (max ${Limits.embeds})`;
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    if (len(e.title) > Limits.embedTitle) return `embeds[${i}].title too long`;
    if (len(e.description) > Limits.embedDescription)
      return `embeds[${i}].description is ${len(e.description)} characters (max ${Limits.embedDescription})`;
    if (len(e.footer?.text) > Limits.footerText) return `embeds[${i}].footer.text too long`;
    if (len(e.author?.name) > Limits.authorName) return `embeds[${i}].author.name too long`;
    const fields = e.fields ?? [];
    if (fields.length > Limits.embedFields)
      return `embeds[${i}] has ${fields.length} fields (max ${Limits.embedFields})`;
    for (const [j, f] of fields.entries()) {
      if (len(f.name) === 0 || len(f.value) === 0) return `embeds[${i}].fields[${j}] has an empty name or value`;
      if (len(f.name) > Limits.fieldName) return `embeds[${i}].fields[${j}].name too long`;
      if (len(f.value) > Limits.fieldValue)
        return `embeds[${i}].fields[${j}].value is ${len(f.value)} characters (max ${Limits.fieldValue})`;
      total += len(f.name) + len(f.value);
    }
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
  }
  if (total > Limits.embedTotal) return `embeds total ${total} characters (max ${Limits.embedTotal})`;
  const rows =
    (body.components as
      | { type?: number; components?: { type?: number; custom_id?: string; label?: string; url?: string }[] }[]
      | undefined) ?? [];
  if (rows.length > Limits.actionRows) return `${rows.length} action rows (max ${Limits.actionRows})`;
  for (const row of rows) {
    if (row.type !== 1) continue;
    const items = row.components ?? [];
    if (items.length > Limits.buttonsPerRow)
      return `an action row has ${items.length} components (max ${Limits.buttonsPerRow})`;
    for (const c of items) {
      if (c.type !== 2) continue;
      if (c.custom_id === undefined && c.url === undefined) return 'a button has neither custom_id nor url';
      if (len(c.custom_id) > Limits.customId)
        return `custom_id is ${len(c.custom_id)} characters (max ${Limits.customId})`;
      if (len(c.label) > Limits.buttonLabel) return 'button label too long';
    }
  }
  const customIds = rows.flatMap((r) => (r.components ?? []).map((c) => c.custom_id)).filter((id) => id !== undefined);
  if (new Set(customIds).size !== customIds.length) return 'two components share a custom_id';
  return null;
}

export function choicesProblem(body: Record<string, unknown> | undefined): string | null {
  const choices = (body?.choices as { name?: string; value?: unknown }[] | undefined) ?? [];
  if (choices.length > Limits.choices) return `${choices.length} choices (max ${Limits.choices})`;
  for (const c of choices) {
    if (len(c.name) === 0 || len(c.name) > Limits.choiceName)
      return `choice name length ${len(c.name)} (1..${Limits.choiceName})`;
    if (typeof c.value === 'string' && len(c.value) > Limits.choiceValue)
      return `choice value length ${len(c.value)} (max ${Limits.choiceValue})`;
  }
  return null;
}
