// "What is the name of the winter festival?" asks the name of a thing of a kind: a passage whose
// paragraph never writes that kind ("festival") names something else, whatever name it gives. A
// question asking a person's name is typed to a person, which the slot requirement holds to.
// "What episode of X was Y in" asks the same of a work: its title seldom says what kind of work
// it is, so a paragraph that never writes the kind gives the title of none, or of another kind.
import type { Question } from './question.js';
import { namedHead } from './question-kind.js';

/**
 * Whether the question asks the name of a thing of a kind the passage's paragraph (`written`: a
 * stem there) does not write, nor any word standing for it (the kind's word group).
 */
export function lacksTheNamedKind(
  q: Pick<Question, 'tokens' | 'whAt' | 'expects' | 'groups'>,
  written: (stem: string) => boolean,
): boolean {
  if (q.expects !== 'thing') return false;
  const head = namedHead(q.tokens, q.whAt);
  const asked = head >= 0 ? head : workAsked(q);
  if (asked < 0) return false;
  const stems = q.groups.find((g) => g.at === asked)?.stems.keys() ?? [q.tokens[asked]!.stem];
  return ![...stems].some(written);
}

/** Kinds of work known by a title: a name that does not itself say which kind it is. */
const WORKS = new Set([
  'song',
  'episode',
  'album',
  'film',
  'movie',
  'book',
  'novel',
  'show',
  'series',
  'play',
  'poem',
  'single',
  'painting',
  'opera',
]);

/** "What episode", "which early album": the noun of a "what/which" phrase naming a kind of work, or -1. */
function workAsked(q: Pick<Question, 'tokens' | 'whAt'>): number {
  if (q.whAt < 0 || !/^(what|which)$/i.test(q.tokens[q.whAt]!.text)) return -1;
  let head = -1;
  for (let k = q.whAt + 1; k < q.tokens.length && /^(ADJ|NOUN)$/.test(q.tokens[k]!.pos); k++)
    if (q.tokens[k]!.pos === 'NOUN') head = k;
  return head >= 0 && WORKS.has(q.tokens[head]!.lemma.toLowerCase()) ? head : -1;
}
