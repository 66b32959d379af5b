// "1 article", "2 articles": English plurals chosen by Intl.PluralRules, never "article(s)".
const RULES = new Intl.PluralRules('en');

/** `count` and the noun in the right number; `plural` for irregular nouns ("quote" → "quotes" by default). */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString('en')} ${RULES.select(count) === 'one' ? noun : pluralNoun}`;
}
