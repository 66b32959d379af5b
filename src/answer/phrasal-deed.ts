// "Who came off the bench?" against "City came from two goals down": a verb with its particle is
// another deed than the verb alone ("came off" is not "came", "gave up" not "gave"), so a passage
// that writes the question's verb only without its particle does not tell the deed asked.
import type { Corpus } from '../corpus/corpus.js';
import type { Question } from './question.js';

/**
 * Particles that make a verb another deed. "In", "on", "over" and "down" are left out: after a
 * verb they are as often prepositions ("jailed over the bombings", "walked down the street").
 */
const PARTICLES = new Set(['up', 'out', 'off', 'away', 'back']);
/** Tokens after its verb a particle may stand at most: "set the fund up". */
const PARTICLE_REACH = 3;

/** Whether the passage writes the question's verb, each time without the particle the question gives it. */
export function writesTheVerbWithoutItsParticle(corpus: Corpus, q: Question, gid: number): boolean {
  const p = q.predicate;
  if (p?.kind !== 'verb') return false;
  // The reader keeps a particle it read as an adverb ("come back") among the predicate's words only.
  const particle = p.particle ?? p.words.slice(1).find((w) => PARTICLES.has(w));
  if (!particle || !PARTICLES.has(particle)) return false;
  const toks = corpus.tokens(gid);
  const verbs = toks.flatMap((t, i) => (t.pos === 'VERB' && t.lemma === p.lemma ? [i] : []));
  return (
    verbs.length > 0 &&
    verbs.every((i) => !toks.slice(i + 1, i + 1 + PARTICLE_REACH).some((t) => t.text.toLowerCase() === particle))
  );
}
