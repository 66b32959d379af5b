// A sentence cut into clauses, each with the words that act as its subject. No parser: clauses
// end at punctuation, at conjunctions and relative words, and after a verb of saying or
// thinking ("said | it believed | the economy could regain"); a clause with no subject of its
// own ("... - pleaded not guilty") takes the one before it, through appositions and relative
// clauses ("Mr K - who has been in jail - pleaded").
import type { TextSpan } from '../text/span.js';

/** The token fields clause-cutting reads: the corpus's and the question's tokens both have them. */
export interface ClauseToken extends TextSpan {
  pos: string;
  lemma: string;
}

export interface Clause {
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
  /** Tokens of the clause's subject (its own, or the one it leans on); empty when none is found. */
  subject: number[];
  /** Index of a verb of saying or thinking that ends the clause ("said", "believes"), or -1. */
  frame: number;
}

/** Verbs that introduce what someone says or thinks: the clause after them is its content. */
export const FRAME_VERBS = new Set([
  'say',
  'tell',
  'think',
  'believe',
  'reckon',
  'feel',
  'expect',
  'claim',
  'argue',
  'insist',
  'suggest',
  'admit',
  'add',
  'state',
  'warn',
  'stress',
  'emphasise',
  'emphasize',
  'announce',
  'declare',
  'confirm',
  'deny',
  'hope',
  'fear',
  'acknowledge',
  'maintain',
  'note',
  'reveal',
  'report',
  'predict',
]);

const BREAK_PUNCT = /^[,;:()\-–—"“”‘’'«»[\]]+$/u;
/** Words that open a new clause: conjunctions, subordinators and relative words. */
const OPENERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'although',
  'though',
  'while',
  'whereas',
  'because',
  'but',
  'if',
  'unless',
  'since',
  'when',
  'and',
  'so',
  'after',
  'before',
  'until',
  'as',
]);
/** Finite auxiliaries: one after a relative clause's own verb resumes the main clause. */
const FINITE = /^(is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|might|must|should)$/i;
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Tokens a subject's noun phrase may hold besides its nouns ("the Paris-based think tank", "BA's"). */
const IN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON']);

const isVerb = (t: ClauseToken) => t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma !== 'not');

export function clausesOf(sentence: readonly ClauseToken[]): Clause[] {
  // A plural opening the sentence is read as a verb by wink ("Catches of cod fell"): a noun.
  const first = sentence[0];
  const toks =
    first?.pos === 'VERB' &&
    /s$/i.test(first.text) &&
    first.text.toLowerCase() !== first.lemma &&
    /^(ADP|VERB|AUX)$/.test(sentence[1]?.pos ?? '')
      ? [{ ...first, pos: 'NOUN' }, ...sentence.slice(1)]
      : sentence;
  const cuts: [number, number][] = [];
  let from = 0;
  const close = (to: number) => {
    if (to > from) cuts.push([from, to]);
  };
  toks.forEach((t, i) => {
    // A hyphen inside a word ("all-out", "anti-Semitic") joins; one between spaces breaks.
    const joined = t.text === '-' && toks[i - 1]?.end === t.start && toks[i + 1]?.start === t.end;
    if (t.pos === 'PUNCT' && BREAK_PUNCT.test(t.text) && !joined) {
      close(i);
      from = i + 1;
      return;
    }
    if (t.pos === 'PUNCT' && /^[.!?]+$/.test(t.text)) {
      close(i);
      from = i + 1;
      return;
    }
    if (i > from && OPENERS.has(t.text.toLowerCase())) {
      close(i);
      from = i;
    }
    // "The plan that the delegates agreed to | was never ratified": a relative clause that has
    // its verb ends where a second finite verb takes the sentence back to its subject.
    const relative =
      RELATIVES.has(toks[from]?.text.toLowerCase() ?? '') && range(from + 1, i).some((j) => isVerb(toks[j]!));
    if (
      relative &&
      FINITE.test(t.text) &&
      toks[i - 1]!.lemma !== 'not' &&
      !/^(AUX|ADV|CCONJ|PRON|NOUN|PROPN)$/.test(toks[i - 1]!.pos)
    ) {
      close(i);
      from = i;
    }
    // A stored sentence may hold two ("a cost of £50m. Chief executive ..."): the second starts anew.
    if (
      i > from &&
      /\p{Lu}/u.test(t.text[0] ?? '') &&
      /[^.\s]\.$/u.test(toks[i - 1]!.text) &&
      !/^([A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Ltd|Co|Corp|Gen|Gov|Sen|Rep|Prof)\.$|\.\p{L}\.$/u.test(toks[i - 1]!.text)
    ) {
      close(i);
      from = i;
    }
    // What is said or thought starts after its verb, unless "that" or a colon opens it anyway.
    if (
      t.pos === 'VERB' &&
      FRAME_VERBS.has(t.lemma) &&
      i + 1 < toks.length &&
      toks[i + 1]!.pos !== 'PUNCT' &&
      toks[i + 1]!.text !== 'to' &&
      !OPENERS.has(toks[i + 1]!.text.toLowerCase())
    ) {
      close(i + 1);
      from = i + 1;
    }
  });
  close(toks.length);

  const out: Clause[] = [];
  for (const [a, b] of joinAppositions(toks, cuts)) {
    const verbAt = range(a, b).find((i) => isVerb(toks[i]!));
    const frameAt =
      range(a, b)
        .reverse()
        .find((i) => toks[i]!.pos === 'VERB' && FRAME_VERBS.has(toks[i]!.lemma)) ?? -1;
    let subject: number[] = [];
    if (verbAt === undefined) {
      // An apposition describes the name before its comma: "Stanikzai, deputy head of the office".
      const prev = out[out.length - 1];
      const named =
        prev && toks[a - 1]?.text === ',' && prev.to === a - 1 ? trailingName(toks, prev.from, prev.to) : [];
      subject = [...named, ...range(a, b).filter((i) => NOMINAL.has(toks[i]!.pos))];
    } else {
      const head = range(a, verbAt)
        .reverse()
        .find((i) => NOMINAL.has(toks[i]!.pos) && !RELATIVES.has(toks[i]!.text.toLowerCase()));
      if (head !== undefined) {
        let start = head;
        while (start > a && IN_PHRASE.has(toks[start - 1]!.pos)) start--;
        subject = range(start, head + 1).filter((i) => NOMINAL.has(toks[i]!.pos));
      }
    }
    out.push({ from: a, to: b, subject, frame: frameAt });
  }
  // A clause with no subject of its own leans on the ones before: appositions and noun phrases
  // add up ("A spokesman for DLF, Dr V, told"), a relative clause is passed over.
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    const hasVerb = range(c.from, c.to).some((i) => isVerb(toks[i]!));
    if (!hasVerb || c.subject.length) continue;
    const inherited: number[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const p = out[j]!;
      const pVerb = range(p.from, p.to).some((i) => isVerb(toks[i]!));
      const relative = RELATIVES.has(toks[p.from]!.text.toLowerCase());
      if (relative) continue;
      inherited.unshift(...p.subject);
      if (pVerb) break;
    }
    c.subject = inherited;
  }
  return out;
}

/** Longest name set off by commas that stays inside its clause: "found the director, Lena Varga, innocent". */
const APPOSITION_WORDS = 4;

/**
 * A short name between commas after a verb's object belongs to that clause, and so does what
 * follows it: "A jury found the director, Lena Varga, innocent of bribery" is one clause.
 */
function joinAppositions(toks: readonly ClauseToken[], cuts: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < cuts.length; k++) {
    const [a, b] = cuts[k]!;
    const prev = out[out.length - 1];
    const next = cuts[k + 1];
    const name =
      b - a <= APPOSITION_WORDS && range(a, b).every((i) => toks[i]!.pos === 'PROPN' || /^\p{Lu}/u.test(toks[i]!.text));
    const commas =
      prev && next && toks[a - 1]?.text === ',' && toks[b]?.text === ',' && prev[1] === a - 1 && next[0] === b + 1;
    const afterObject =
      prev && range(prev[0], prev[1]).some((i) => isVerb(toks[i]!)) && toks[prev[1] - 1]!.pos === 'NOUN';
    const nextHasNoVerb =
      next && !range(next[0], next[1]).some((i) => isVerb(toks[i]!)) && !OPENERS.has(toks[next[0]]!.text.toLowerCase());
    if (name && commas && afterObject && nextHasNoVerb) {
      prev[1] = next[1];
      k++;
      continue;
    }
    out.push([a, b]);
  }
  return out;
}

/** The proper name a clause ends with, as token indices; empty when it ends otherwise. */
function trailingName(toks: readonly ClauseToken[], from: number, to: number): number[] {
  let start = to;
  while (start > from && toks[start - 1]!.pos === 'PROPN') start--;
  return range(start, to);
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
}
