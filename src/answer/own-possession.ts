// "Who wants to improve its position?" asks for one acting on its own: the one who improves the
// position is the one whose position it is. A passage that writes the position only as another's
// ("the meetings improved the club's position") names a doer who is not the owner, and answers
// nothing of the kind.
import type { Token } from '../nlp/annotate.js';
import { isPossessiveMark } from '../text/words.js';
import type { Question } from './question.js';

/** Possessive pronouns that point back to the one the question asks for. */
const OWN = new Set(['its', 'their', 'his', 'her']);

/** The noun a "who" question gives as its doer's own ("position" of "improve its position"), or null. */
function ownNoun(q: Question): Token | null {
  if (q.wh !== 'who') return null;
  for (let i = Math.max(0, q.whAt) + 1; i < q.tokens.length; i++) {
    if (!OWN.has(q.tokens[i]!.text.toLowerCase())) continue;
    const head = q.tokens.slice(i + 1).find((t) => t.pos !== 'ADJ');
    if (head?.pos === 'NOUN') return head;
  }
  return null;
}

/**
 * Whether the question asks of the doer's own thing and the passage writes that thing only as a
 * named other's ("the club's position"), while the short answer is not that owner.
 */
export function ownedByAnother(q: Question, toks: () => readonly Token[], span: string | null): boolean {
  const own = ownNoun(q);
  if (!own || !span) return false;
  const words = toks();
  const owners: string[] = [];
  for (const [j, t] of words.entries()) {
    if (t.stem !== own.stem) continue;
    const mark = words[j - 1];
    const owner = words[j - 2];
    // "its position", "a position": not another's.
    if (!mark || !isPossessiveMark(mark.text) || owner?.pos !== 'PROPN') return false;
    owners.push(owner.text.toLowerCase());
  }
  const answer = span.toLowerCase();
  return owners.length > 0 && owners.every((o) => !answer.includes(o));
}
