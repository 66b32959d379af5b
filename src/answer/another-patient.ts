// "Who heads the research unit?" is not answered by "the delegation was headed by Ana Ruiz": the
// passage's deed is the one asked, but done to another thing, and the thing asked is nowhere in
// the sentence. Its doer would be a cited wrong answer; so would its date for "when did the
// delegation visit kabul", asked of a visit to Bergen.
import type { Corpus } from '../corpus/corpus.js';
import { stemOf } from '../nlp/annotate.js';
import { asksObject } from './asked-object.js';
import { GOING } from './whence.js';
import type { Question } from './question.js';
import { pronouns } from '../text/function-words.js';

/** Words that stand for a thing named elsewhere, so never show it is another thing. */
const STAND_INS = new Set([...pronouns(['it', 'they', 'he', 'she', 'we'], ['subject', 'object']), 'this', 'that']);

/** Questions asking who did a deed, or when, where or why: of the deed done to what they name. */
const OF_THE_DEED = new Set(['who', 'when', 'where', 'why']);

/**
 * Whether every clause of the sentence that does the asked deed does it to a thing the question
 * does not name, for a question asking of the deed done to the thing it names.
 */
export function actsOnAnother(
  corpus: Corpus,
  q: Question,
  gid: number,
  inParagraph: (stem: string) => boolean,
  inDocument: (stem: string) => boolean,
): boolean {
  if (!OF_THE_DEED.has(q.wh) || q.predicate?.kind !== 'verb' || q.predicate.passive || asksObject(q)) return false;
  const lemma = q.predicate.lemma;
  // "When did they go to Kabul": the place gone to is what a going is done to, and a visit
  // (its paraphrase) to another place is no going there.
  const goneTo = GOING.has(lemma) && !q.arguments.some((a) => a.role === 'object');
  const object = q.arguments.find((a) => a.role === (goneTo ? 'to' : 'object'));
  if (!object?.words.length) return false;
  // A thing: not "there" of a quoted "There is no reason".
  const headToken = q.tokens.find((t, i) => i >= object.at && t.text.toLowerCase() === object.words.at(-1));
  if (!headToken || !/^(NOUN|PROPN)$/.test(headToken.pos)) return false;
  // A thing the question points at ("the unit", "its board"), or one the article never writes a
  // word of ("kabul"); not one of a kind the passage may give an instance of ("who donated land":
  // "40 acres"). (An argument's place is its determiner's, when it has one.)
  const definite = DEFINITE.has(q.tokens[object.at]?.text.toLowerCase() ?? '');
  if (!definite && object.words.some((w) => inDocument(stemOf(w)))) return false;
  // The thing's noun anywhere in the paragraph may be what "the tournament" there takes up; not
  // where the sentence writes it only in someone's title ("headed by X, deputy head of the office").
  const head = stemOf(object.words.at(-1)!);
  if (inParagraph(head) && !onlyInTitles(corpus, gid, head)) return false;
  const deeds = corpus
    .factsIn(gid)
    .filter((f) => f.verb === lemma || (goneTo && corpus.paraphrasesOf(lemma).synonyms.includes(f.verb)));
  if (!deeds.length) return false;
  return deeds.every((f) => {
    // A preposition's object ("announced on Tuesday") is no thing the deed was done to.
    if (!f.relation.endsWith(' by') && PREPOSITION_ENDING.test(f.relation) && !(goneTo && f.relation.endsWith(' to')))
      return false;
    const doneTo = f.relation.endsWith(' by') ? f.subject : f.object;
    const words = doneTo.split(/\s+/).filter(Boolean);
    // Without a determiner, only a named thing is surely another than the one asked.
    return (
      words.length > 0 &&
      !words.some((w) => STAND_INS.has(w.toLowerCase())) &&
      (definite || /^\p{Lu}/u.test(words.at(-1)!))
    );
  });
}

/** A fact's relation ending on a preposition: "announced on", "voted against". */
const PREPOSITION_ENDING =
  /\s(on|in|at|for|with|to|from|of|about|after|before|during|since|until|into|over|under|against|through|across)$/;

/** Words that make the noun after them one thing the asker has in mind. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);

/** Whether the sentence writes the stem, and only inside the titles it gives people. */
function onlyInTitles(corpus: Corpus, gid: number, stem: string): boolean {
  const toks = corpus.tokens(gid);
  const at = toks.flatMap((t, i) => (t.stem === stem ? [i] : []));
  // A title and what it is of: "deputy head" "of the political office".
  const titles = corpus.rolesIn(gid).flatMap((r) => (r.of ? [r.role, r.of] : [r.role]));
  return at.length > 0 && at.every((i) => titles.some(([from, to]) => i >= from && i < to));
}
