// "What is the reptile called?", "what's the dog's name?", "what is the name of the ferry?": the
// answer is the name the passage gives the thing. Where the passage's sentence writes the thing's
// noun, that name stands near it ("the terrier Pippin", "the Harwick Museum", "a pharynx (the
// throat)") or after a word of naming ("a ferry called Marlin"); a sentence writing the noun with
// neither gives it no name, and a name further off ("... from a beach in Tollby") is another thing's. A sentence that does not write
// the noun may name the thing under another word ("the animal, named X"): the other requirements
// weigh that one (named-kind.ts asks its paragraph for the noun).
import type { Tok } from '../corpus/corpus.js';
import { stemOf } from '../nlp/annotate.js';
import { STOP_WORDS } from '../nlp/stop-words.js';
import type { Question } from './question.js';
import { namedHead } from './question-kind.js';

/** Verbs a name is given by: "is called", "was named", "was dubbed". */
const NAMING_VERBS = new Set(['call', 'name', 'dub', 'nickname', 'title', 'christen']);
/** A word of naming, in a passage's text: "called Marlin", "known as the Hound", "referred to as a". */
const NAMING = /\b(?:called|named|dubbed|nicknamed|titled|christened|termed|known as|referred to as)\s/u;
/** Words, and the marks that set a phrase beside another: brackets, dashes, quotation marks. */
const WORD = /[\p{L}\p{N}’'-]+|[()[\]“”"—–]/gu;
const APPOSITION = /^[()[\]“”"—–]$/u;
/**
 * Words either side of the thing's noun a name for it may stand at ("Tollby, the old harbour
 * town"): a longer reach takes more far-off names for the thing's (fewer passages refused, more
 * of them naming another thing). 4 kept squad-dev's answered count (1676).
 */
const NAME_REACH = 4;
const CAPITALISED = /^\p{Lu}/u;
/** Prepositions that set a name apart from the thing's noun as another thing ("of" joins a name: "the town of Tobbery"). */
const PLACING = /^(from|in|at|to|into|on|near|by|with|for)$/i;

/**
 * The token position of the noun whose name the question asks ("the name of the N", "what is
 * the N called", "the N's name"), or -1 when it asks no thing's name.
 */
function nounNamed(q: Pick<Question, 'tokens' | 'whAt' | 'wh' | 'expects' | 'predicate'>): number {
  if (q.expects !== 'thing' || q.wh !== 'what') return -1;
  const t = q.tokens;
  const of = namedHead(t, q.whAt);
  if (of >= 0) return of;
  const p = q.predicate;
  // "What is the reptile called": the verb of naming ends the question ("named after" asks another thing).
  let last = t.length - 1;
  while (last > 0 && t[last]!.pos === 'PUNCT') last--;
  const naming = p?.kind === 'verb' && p.passive && NAMING_VERBS.has(p.lemma) && p.at === last;
  // "What is the dog's name", "whats the dogs name": the noun before "name" ends the question.
  const owned = t[last]?.lemma === 'name' && t[last]?.pos === 'NOUN';
  if (!naming && !owned) return -1;
  // "What are the spines on a hedgehog called": the subject's head, not a noun of its modifier.
  if (naming) {
    let k = q.whAt + 1;
    while (k < last && /^(AUX|DET|ADJ|NUM)$/.test(t[k]!.pos)) k++;
    let head = -1;
    for (; k < last && /^(NOUN|PROPN)$/.test(t[k]!.pos); k++) if (t[k]!.pos === 'NOUN') head = k;
    if (head >= 0) return head;
  }
  for (let k = last - 1; k > q.whAt; k--) if (t[k]!.pos === 'NOUN') return k;
  return -1;
}

/** Whether the question asks a thing's name: "what is the N called", "what is the name of the N". */
export function asksThingName(q: Pick<Question, 'tokens' | 'whAt' | 'wh' | 'expects' | 'predicate'>): boolean {
  return nounNamed(q) >= 0;
}

/**
 * Whether the question asks a thing's name and the passage (`text`, its sentence) writes the
 * thing's noun (`stems`: the stems standing for it, by the question's word group) with no name
 * near it, nor a word of naming anywhere.
 */
export function givesTheThingNoName(
  q: Pick<Question, 'tokens' | 'whAt' | 'wh' | 'expects' | 'predicate' | 'groups'>,
  text: string,
): boolean {
  const at = nounNamed(q);
  if (at < 0) return false;
  if (NAMING.test(text)) return false;
  const stems = new Set(q.groups.find((g) => g.at === at)?.stems.keys() ?? [q.tokens[at]!.stem]);
  const words = text.match(WORD) ?? [];
  const given = new Set(q.tokens.map((t) => t.text.toLowerCase()));
  // A capitalised word is a name, but for the sentence's opening word when a function word ("The").
  const isName = (k: number) => CAPITALISED.test(words[k] ?? '') && (k > 0 || !STOP_WORDS.has(words[k]!.toLowerCase()));
  let writesNoun = false;
  for (let i = 0; i < words.length; i++) {
    if (!stems.has(stemOf(words[i]!))) continue;
    writesNoun = true;
    // "the Harwick Museum", "Tollby's harbour", "the terrier Pippin", "Fort Sable, the colony",
    // "a pharynx (the throat)": a name near the noun, the noun part of one, or set beside it by a mark.
    if (APPOSITION.test(words[i - 1] ?? '') || APPOSITION.test(words[i + 1] ?? '')) return false;
    // Not across a preposition: "a bowl stolen from the Ashcombe Museum" names where it was; but
    // a place the question gives too ("the river at Elmcote") says the passage is about the thing.
    const across = (k: number) =>
      !given.has(words[k]!.toLowerCase()) &&
      words.slice(Math.min(i, k) + 1, Math.max(i, k)).some((w) => PLACING.test(w));
    for (let k = Math.max(0, i - NAME_REACH); k <= i + NAME_REACH; k++) if (isName(k) && !across(k)) return false;
  }
  return writesNoun;
}

/** Words of naming after the thing's noun that the name follows: "a kettle, called the X", "the cup, known as X". */
const NAMED_AS = /^(called|named|dubbed|nicknamed|christened|titled)$/i;
/** Small words inside a name: "the Bank of the North". */
const NAME_LINK = /^(of|the|and|on|for)$/i;

/**
 * The name the sentence gives the thing the question asks to be named, written after its noun
 * and a word of naming ("a new kettle, called the Quenmore Hush", "the bowl, known as the X"),
 * from its article; null when the sentence gives the noun no name that way.
 */
export function nameGivenAfterNoun(
  q: Pick<Question, 'tokens' | 'whAt' | 'wh' | 'expects' | 'predicate' | 'groups'>,
  toks: readonly Tok[],
  text: string,
): string | null {
  const at = nounNamed(q);
  if (at < 0) return null;
  const stems = new Set(q.groups.find((g) => g.at === at)?.stems.keys() ?? [q.tokens[at]!.stem]);
  // "The night ferry": a sentence without the words that say which one names another.
  const written = new Set(toks.map((t) => t.stem));
  for (let k = at - 1; k > q.whAt && /^(ADJ|NOUN|PROPN)$/.test(q.tokens[k]!.pos); k--)
    if (!written.has(q.tokens[k]!.stem)) return null;
  const capital = (t: Tok | undefined) => !!t && CAPITALISED.test(t.text);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.pos !== 'NOUN' || !stems.has(toks[i]!.stem)) continue;
    // The word of naming right after the noun, or after a comma: "a program called X" names the program.
    const k = toks[i + 1]?.text === ',' ? i + 2 : i + 1;
    const naming = NAMED_AS.test(toks[k]?.text ?? '')
      ? k + 1
      : /^known$/i.test(toks[k]?.text ?? '') && /^as$/i.test(toks[k + 1]?.text ?? '')
        ? k + 2
        : -1;
    if (naming < 0) continue;
    const from = /^(the|a|an)$/i.test(toks[naming]?.text ?? '') ? naming + 1 : naming;
    if (!capital(toks[from])) continue;
    let end = from;
    while (capital(toks[end + 1]) || (NAME_LINK.test(toks[end + 1]?.text ?? '') && capital(toks[end + 2])))
      end += capital(toks[end + 1]) ? 1 : 2;
    return text.slice(toks[naming]!.start, toks[end]!.end);
  }
  return null;
}
