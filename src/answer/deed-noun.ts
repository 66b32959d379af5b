// "Who carried out the study?", "who conducted the survey?": the question names a deed by its
// noun and asks who did it with a verb of doing that says nothing more; an article may write the
// deed as its own verb, "Researchers at the University of X studied 4,200 adults", whose subject
// is who did it. Asked only where no passage answers the question as typed.
import type { Tok } from '../corpus/corpus.js';
import { stemOf } from '../nlp/annotate.js';
import type { Context } from './answer-context.js';
import type { Question } from './question.js';
import type { QueryOptions } from './result.js';

/** Verbs that only say a deed was done, with the particle some need: "carried out the study", "led the survey". */
const DOING = new Map<string, string | null>([
  ['carry', 'out'],
  ['conduct', null],
  ['do', null],
  ['run', null],
  ['lead', null],
  ['undertake', null],
  ['perform', null],
]);
/** Sentences weighed, at most: an article names who did its study early. */
const DEED_HITS = 20;

/** The noun of the deed a "who did the <deed>" question asks the doer of, lower case; null for any other question. */
export function deedNounAsked(q: Question): string | null {
  const p = q.predicate;
  if (q.wh !== 'who' || p?.kind !== 'verb' || p.passive || p.modal || p.tense === 'future') return null;
  const particle = DOING.get(p.lemma);
  if (particle === undefined || particle !== p.particle) return null;
  // The deed is the verb's object, or follows its particle: "carried out | the study".
  const args = q.arguments;
  if (args.length !== 1 || (args[0]!.role !== 'object' && args[0]!.role !== particle)) return null;
  // "who leads the Green Left": a name the articles give is no deed, whatever its last word.
  if (args[0]!.entity) return null;
  const words = args[0]!.words;
  const head = q.tokens.find((t, i) => i >= args[0]!.at && t.text.toLowerCase() === words[words.length - 1]);
  return head?.pos === 'NOUN' ? head.lemma : null;
}

/**
 * Who did the deed `noun` names: the subject of the first clause in the articles in scope whose
 * verb is that noun's verb ("studied" for "study"), done, not denied nor yet to come; null when
 * none is, its subject is a pronoun, or sentences of two articles write one.
 */
export function doerOfDeed(ctx: Context, noun: string, options: QueryOptions): { doer: string; gid: number } | null {
  const { corpus, index } = ctx;
  const stem = stemOf(noun);
  const hits = index
    .search(new Map([[stem, 1]]), corpus.gidRange(options.doc), DEED_HITS)
    .map((h) => h.gid)
    .sort((a, b) => a - b);
  const found: { doer: string; gid: number }[] = [];
  for (const gid of hits) {
    const toks = corpus.tokens(gid);
    const c = corpus
      .clauseFrames(gid)
      .find(
        (c) =>
          toks[c.verb]!.pos === 'VERB' &&
          toks[c.verb]!.stem === stem &&
          !c.passive &&
          !c.negated &&
          !c.modal &&
          c.tense !== 'future' &&
          !!c.subject &&
          !pronounOnly(toks, c.subject),
      );
    if (!c) continue;
    const text = corpus.sentence(gid).doc.text;
    found.push({
      doer: text.slice(toks[c.subject![0]]!.start, toks[subjectEnd(toks, c.subject!, c.verb) - 1]!.end),
      gid,
    });
  }
  if (!found.length || new Set(found.map((f) => corpus.docOf(f.gid))).size > 1) return null;
  return found[0]!;
}

/**
 * Where the doer's phrase ends: the subject with what qualifies it up to the verb ("Researchers |
 * at the University of X | studied"), unless a comma or a verb's helper comes between.
 */
function subjectEnd(toks: readonly Tok[], [, to]: readonly [number, number], verb: number): number {
  let end = verb;
  while (end > to && /^(AUX|ADV|PART)$/.test(toks[end - 1]!.pos)) end--;
  return toks.slice(to, end).some((t) => /^[,;:()]$/.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') ? to : end;
}

function pronounOnly(toks: readonly Tok[], [from, to]: readonly [number, number]): boolean {
  return toks.slice(from, to).every((t) => t.pos === 'PRON' || t.pos === 'DET');
}
