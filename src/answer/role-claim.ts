// "Is Lund the deputy head of the port office?" asks of a role, which the articles may give only
// in an apposition ("..., said Ingrid Lund, deputy head of the port office"), where no clause has
// her as its subject. The role the store read for her settles it Yes when it says every word the
// question says of her, and No when it says them only of a lesser office ("deputy head").
import type { Corpus, Entity } from '../corpus/corpus.js';
import { stemOf } from '../nlp/annotate.js';
import { lowerWords, properNameWords } from '../text/words.js';
import type { Claim } from './claim.js';
import type { Question } from './question.js';

/**
 * The sentence that gives the person the role the claim states, and the words that say it. A role
 * with a word that makes it a lesser office (`lesser`: "deputy", "former") the claim does not say is
 * another one: a deputy head is not the head, which settles the claim No.
 */
export function roleStated(
  corpus: Corpus,
  q: Question,
  claim: Claim,
  lesser: (word: string) => boolean,
): RoleVerdict | null {
  if (claim.negated || claim.modal || claim.speaker || q.tokens[0]?.lemma !== 'be') return null;
  const subject = claim.words.filter((w) => w.role === 'subject');
  const said = claim.words.filter((w) => w.role !== 'subject');
  if (!subject.length || !said.length) return null;
  const person = q.focus.find(
    (e: Entity) => e.type === 'person' && subject.every((w) => properNameWords(e).includes(w.text.toLowerCase())),
  );
  if (!person) return null;
  let lesserOne: RoleVerdict | null = null;
  for (const role of person.roles) {
    const words = lowerWords(role.text);
    const stems = new Set(words.map(stemOf));
    const unsaid = said.filter((w) => ![...w.stems].some((st) => stems.has(st)));
    if (unsaid.some((w) => !lesser(w.lemma))) continue;
    const gid = corpus.mentionWithRole(person, [role]);
    if (gid === undefined) continue;
    const evidence = `${person.name}, ${role.text}`;
    // "Is she the head?" of a deputy head, "is she the deputy head?" of the head: No, unless
    // another of her roles is the one asked.
    if (unsaid.length || words.some((w) => lesser(w) && !said.some((x) => x.lemma === w)))
      lesserOne ??= { gid, evidence, verdict: 'no' };
    else return { gid, evidence, verdict: 'yes' };
  }
  return lesserOne;
}

export interface RoleVerdict {
  gid: number;
  evidence: string;
  verdict: 'yes' | 'no';
}
