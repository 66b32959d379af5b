// The numbers the Discord edge lives by, in one place: Discord's own limits on a message, and
// (below them) the room this bot's layouts give each part of an answer.

/** Discord's limits (documented; exceeding one makes Discord refuse the whole reply). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  embeds: 10,
  customId: 100,
  buttonLabel: 80,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
  actionRows: 5,
  buttonsPerRow: 5,
} as const;

/**
 * The room each part of an answer gets, inside Discord's limits. Larger parts show more of the
 * article's words; the sum must leave the embed under LIMITS.embedTotal, or embed-fit cuts the
 * last fields first.
 */
export const LAYOUT = {
  /** /ask's composed answer above the cited passage: long enough for a list of names, short enough to leave the passage room. */
  answer: 1800,
  /** /ask's cited passage: with the answer and the reading line it stays under the 4,096 description. */
  topPassage: 2000,
  /** How a follow-up was read ("about Omar Nessar"), shown above the answer. */
  reading: 200,
  /** A description that is the whole answer (the facts list, the context view): near 4,096, with room to spare. */
  longDescription: 4000,
  /** What a description is never cut below while the embed total is made to fit; fields go first. */
  minDescription: 600,
  /** Quotes or passages listed in one reply, one field and one Cite button each (two rows of five). */
  listed: 10,
  /** A passage and its citation line in one field: under the 1,024 a field value may hold. */
  passageField: 1000,
  /** The citation line under a passage or a quote ("Title · date · paragraph 4"). */
  footerLine: 200,
  /** A quote's words in a /quote field, leaving room for its citation line. */
  quoteField: 900,
  /** The citation line under a /quote field: short, so ten quotes fit the embed total. */
  quoteFooterLine: 110,
  /** /who: the quotes shown, the room for each, and the passages that mention the name. */
  whoQuotes: 3,
  whoQuote: 800,
  whoPassages: 2,
  /** A not-found reply: the nearest passages shown, and the "did you mean" names. */
  nearestPassages: 3,
  suggestions: 5,
  /** /verify: the claimed words echoed back, the article's passage, and what a misquote changes. */
  claimed: 1500,
  verdictPassage: 1000,
  verdictChanges: 1000,
} as const;

/**
 * Embed colours: Discord's blurple for answers; green, yellow and red for the verdicts; grey for
 * "not found". A misquote is red-orange: as alarming as an absent quote, and told apart from it at a glance.
 */
export const COLORS = {
  answer: 0x5865f2,
  exact: 0x57f287,
  close: 0xfee75c,
  absent: 0xed4245,
  misquote: 0xe8590c,
  muted: 0x99aab5,
} as const;
