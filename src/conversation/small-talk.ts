// Greetings and thanks are not questions about the articles: answering "hi" with a random
// sentence helps no one.
const GREETING =
  /^(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|greetings)( (there|citebot|bot))?[\s!.,]*$/i;
const THANKS =
  /^(thanks|thank you|thx|ty|cheers|great|nice|ok|okay|cool|perfect)( (a lot|so much|very much|citebot|bot))?[\s!.,]*$/i;
const BYE = /^(bye|goodbye|see you|see ya|good night)[\s!.,]*$/i;

/** A short reply to small talk, or null when the line is a real question. */
export function smallTalkReply(line: string): string | null {
  const s = line.trim();
  if (GREETING.test(s)) return 'Hello! Ask me a question about the articles, or type /help to see what I can do.';
  if (THANKS.test(s)) return 'You’re welcome. Ask another question whenever you like.';
  if (BYE.test(s)) return 'Goodbye!';
  return null;
}
