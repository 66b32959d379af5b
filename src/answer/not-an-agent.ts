// Names that answer "who" by their kind, whatever the name finder took them for: a building, a
// street, a stretch of land or water, an age or a movement does no deed and holds no title.
// "New Berlin Observatory at Linden Street, where Neptune was discovered" does not say who
// discovered it; "originating during the Age of Enlightenment" does not say who had the theory.
import { PLACE_HEADS } from '../extract/lexicon.js';

/** Last words of a name that make it a time: never who did something. */
const TIME_HEAD = /^(renaissance|enlightenment|age|era|period|century|revolution)$/i;

/** Whether a name, by its last word, names a place, a building or a time rather than someone. */
export function namesNoAgent(name: string): boolean {
  const last = name.trim().split(/\s+/).pop() ?? '';
  return PLACE_HEADS.has(last.toLowerCase()) || TIME_HEAD.test(last);
}
