// "What is the name of the winter festival?" asks the name of a thing of a kind: a passage whose
// paragraph never writes that kind ("festival") names something else, whatever name it gives. A
// question asking a person's name is typed to a person, which the slot requirement holds to.
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
  if (head < 0) return false;
  const stems = q.groups.find((g) => g.at === head)?.stems.keys() ?? [q.tokens[head]!.stem];
  return ![...stems].some(written);
}
