// What a member typed into a text option, as the engine should read it.

/**
 * A mention picked while typing an option arrives as markup (<@id>, <@!id>, <@&id>, <#id>). It is
 * no word of the question: left in, "<@123> who won the vote" searched for the number and abstained.
 */
const MENTION_MARKUP = /<(?:@[!&]?|#)\d{1,20}>/g;

export function withoutMentionMarkup(text: string | null): string | null {
  if (!text?.includes('<')) return text;
  return text
    .replace(MENTION_MARKUP, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
