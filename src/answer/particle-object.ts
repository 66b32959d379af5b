// "What was he convicted of?": a question ending on its verb's preposition asks what follows that
// preposition after the verb in the passage ("convicted at X Crown Court on Thursday of fraud"),
// not any other name of the clause (the court).
import type { Corpus, Tok } from '../corpus/corpus.js';
import { stemOf } from '../nlp/annotate.js';
import type { Question } from './question.js';
import { typedStems } from './question-query.js';

/** Tokens after the verb its preposition may stand at most: "convicted at the court on Monday of". */
const PARTICLE_REACH = 10;
/** Tokens of the phrase answered at most: longer runs on into another clause. */
const PHRASE_REACH = 12;

/** Parts of speech a noun phrase after the preposition is made of ("fraud by abuse of position and money laundering"). */
const IN_PHRASE = /^(NOUN|PROPN|ADJ|DET|NUM|ADP|CCONJ|SYM|PART)$/;

/** The preposition the question ends on, after its verb: "of" in "what was X convicted of", "on" in "what did X spend it on". */
function endingParticle(q: Question): string | null {
  const p = q.predicate;
  if (p?.kind !== 'verb') return null;
  let at = q.tokens.length - 1;
  while (at >= 0 && q.tokens[at]!.pos === 'PUNCT') at--;
  const last = q.tokens[at];
  return last && at > p.at && (last.pos === 'ADP' || last.text.toLowerCase() === p.particle)
    ? last.text.toLowerCase()
    : null;
}

/** The phrase after the question's preposition, following the question's verb in the passage; null when none. */
export function particleObject(q: Question, toks: readonly Tok[], text: string): string | null {
  const particle = endingParticle(q);
  if (!particle) return null;
  const stem = stemOf(q.predicate!.lemma);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.pos !== 'VERB' || (toks[i]!.stem !== stem && stemOf(toks[i]!.lemma) !== stem)) continue;
    for (let k = i + 1; k < toks.length && k <= i + PARTICLE_REACH; k++) {
      const t = toks[k]!;
      if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') break;
      if (t.text.toLowerCase() !== particle) continue;
      let end = k + 1;
      // "accused of stealing £2m": a deed named by its -ing form opens the phrase.
      if (toks[end]?.pos === 'VERB' && /ing$/i.test(toks[end]!.text)) end++;
      while (end < toks.length && end <= k + PHRASE_REACH && IN_PHRASE.test(toks[end]!.pos)) end++;
      // A phrase ends on its noun, not on a word that joins it to more.
      while (end > k + 1 && /^(ADP|CCONJ|DET|PART)$/.test(toks[end - 1]!.pos)) end--;
      if (end > k + 1) return text.slice(toks[k + 1]!.start, toks[end - 1]!.end);
    }
  }
  return null;
}

/**
 * "What did she die of?" against "she dies aged 87": a "what" question ending on its verb's
 * preposition asks what a preposition after the verb tells, so a passage that writes the verb
 * each time with no preposition after it does not answer, however well its other words match.
 * Any preposition will do: "made from" answers "made of", "died after an illness" "died of".
 */
export function writesTheVerbWithoutItsObject(corpus: Corpus, q: Question, gid: number): boolean {
  const verb = strandingVerb(q);
  if (!verb) return false;
  const toks = corpus.tokens(gid);
  const stem = stemOf(verb.lemma);
  const verbs = toks.flatMap((t, i) => (t.pos === 'VERB' && (t.stem === stem || stemOf(t.lemma) === stem) ? [i] : []));
  return verbs.length > 0 && verbs.every((i) => !prepositionAfter(toks, i));
}

/**
 * "What was the reptile named after?" against "a reptile has been identified from bones": a verb
 * the passage writes only in other words tells the deed asked only with the question's own
 * preposition after it; with another ("from"), or none, the other words tell another deed.
 */
export function paraphrasesTheVerbWithoutItsPreposition(corpus: Corpus, q: Question, gid: number): boolean {
  const verb = strandingVerb(q);
  const group = verb && q.groups.find((g) => g.at === q.tokens.indexOf(verb));
  if (!group) return false;
  const typed = new Set(typedStems(group));
  const toks = corpus.tokens(gid);
  if (toks.some((t) => typed.has(t.stem))) return false;
  const particle = plainPreposition(endingParticle(q)!);
  const others = toks.flatMap((t, i) => (t.pos === 'VERB' && group.stems.has(t.stem) ? [i] : []));
  return others.length > 0 && others.every((i) => !particleAfter(toks, i, particle));
}

/** Whether the preposition follows the verb before another verb or the clause's end. */
function particleAfter(toks: readonly Tok[], verb: number, particle: string): boolean {
  for (let k = verb + 1; k < toks.length && k <= verb + PARTICLE_REACH; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[.;:]$/.test(t.text)) return false;
    if (samePreposition(t.text.toLowerCase(), particle)) return true;
  }
  return false;
}

/**
 * Prepositions that give what talk or writing is about: a paraphrase may take any of them for the
 * question's "about" ("talk about" is told by "spoke of", "wrote on", "argued over").
 */
const OF_A_TOPIC = new Set(['about', 'of', 'on', 'over']);

/** Whether a preposition written after a verb is the one the question asks with, in its plain form. */
function samePreposition(written: string, asked: string): boolean {
  const plain = plainPreposition(written);
  return plain === asked || (asked === 'about' && OF_A_TOPIC.has(plain));
}

/** A preposition in its plain form: "depend upon" asks what "relies on" tells. */
function plainPreposition(word: string): string {
  return word === 'upon' ? 'on' : word;
}

/**
 * Whether a "what" question ends on its verb's preposition: what follows that preposition
 * answers it, not the object of another ("died at her home" for "what did she die of").
 */
export function strandsItsPreposition(q: Question): boolean {
  return strandingVerb(q) !== null;
}

/**
 * The verb right before the preposition a bare "what" question ends on ("die" of "what did she die
 * of"); none where a word comes between ("produce less of": the preposition is the word's).
 */
function strandingVerb(q: Question): Question['tokens'][number] | null {
  // "What language are classes taught in": a name of the kind asked answers, wherever it stands.
  if (q.expects !== 'thing' || q.answerNoun || !endingParticle(q)) return null;
  let at = q.tokens.length - 1;
  while (at >= 0 && q.tokens[at]!.pos === 'PUNCT') at--;
  const verb = q.tokens[at - 1];
  return verb?.pos === 'VERB' && !LIGHT_VERBS.has(verb.lemma) ? verb : null;
}

/** Verbs whose preposition says little of the deed ("what is it on"): any passage may write them. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get']);

/** Whether a preposition follows the verb before another verb ("named the town X, after Y"). */
function prepositionAfter(toks: readonly Tok[], verb: number): boolean {
  for (let k = verb + 1; k < toks.length && k <= verb + PARTICLE_REACH; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[.;:]$/.test(t.text)) return false;
    if (t.pos === 'ADP') return true;
  }
  return false;
}
