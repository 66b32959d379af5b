// Who a cue names: the subject before a speech verb, a mention after it, a pronoun, a description
// ("the spokesman") or "who", resolved to the entity the text means as it is read in order.
import { pronouns, wordIn } from '../../text/function-words.js';
import type { DocEntity, ResolvedMention } from '../entities.js';
import { GROUP_PRONOUNS, PERSON_PRONOUNS, TITLE_WORDS } from '../lexicon.js';
import { sexOfFirstName } from './first-names.js';
import type { AnnotatedSentence, Token } from '../../nlp/annotate.js';

export interface Speaker {
  mention: { text: string; start: number; end: number };
  entity: string | null;
  text: string | null;
}

export const FEMALE_MARKS =
  /\b(mrs|ms|miss|madam|chairwoman|spokeswoman|congresswoman|businesswoman|councilwoman|mother|wife|daughter|sister|actress|widow|queen|princess|duchess|lady)\b/;

export const MALE_MARKS =
  /\b(mr|sir|chairman|spokesman|congressman|businessman|councilman|father|husband|son|brother|actor|widower|king|prince|duke|lord)\b/;

/** Sentences after someone spoke that a new description of a speaker may still mean them. */
const DESCRIBED_SPEAKER_REACH = 1;

/** Keeps the last person and the last organisation in view, to resolve "he", "she", "they". */
export class SpeakerTracker {
  lastPerson: string | null = null;
  lastGroup: string | null = null;
  lastPersonSpeaker: string | null = null;
  /** The sentence being read, and the one in which a person last spoke. */
  private sentence = 0;
  private lastSpokeIn = -Infinity;
  /** When each entity was last named, to read "the spokesman" as the spokesman last named. */
  private readonly seenAt = new Map<string, number>();
  private seen = 0;
  /** Each role word ("spokesman", "mayor", "ministry") with the entities whose roles or names hold it. */
  private readonly byRoleWord = new Map<string, string[]>();
  /** Who the text marks as a man or a woman ("Mr.", "Mrs.", "chairwoman"), so "she" skips a man named last. */
  private readonly gender = new Map<string, 'm' | 'f'>();
  private lastByGender: Record<'m' | 'f', string | null> = { m: null, f: null };
  /** The people named in the sentence being read, outside quotation marks, in text order. */
  private here: ResolvedMention[] = [];
  constructor(
    private readonly types: Map<string, string>,
    entities: DocEntity[] = [],
  ) {
    for (const e of entities) {
      if (e.type === 'person') {
        const words = [...e.roles, ...e.mentions.map((m) => m.text)].join(' ').toLowerCase();
        const female = FEMALE_MARKS.test(words);
        const male = MALE_MARKS.test(words);
        if (female !== male) this.gender.set(e.key, female ? 'f' : 'm');
        else {
          // No title marks the sex: a first name may, written before the surname in a name or a mention.
          const firstNames = [e.name, ...e.mentions.map((m) => m.text)].flatMap((n) => n.split(/\s+/).slice(0, -1));
          const sexes = new Set(firstNames.map(sexOfFirstName).filter((x) => x !== null));
          if (sexes.size === 1) this.gender.set(e.key, [...sexes][0]!);
        }
      }
      for (const phrase of [...e.roles, ...(e.type === 'person' ? [] : [e.name])]) {
        for (const w of phrase.toLowerCase().split(/[^\p{L}]+/u))
          if (w.length > 2) this.byRoleWord.set(w, [...(this.byRoleWord.get(w) ?? []), e.key]);
      }
    }
  }
  /** Starts a sentence: "he" after a person named earlier in it means the first such person ("Gen. Ann Ham spoke about why she believes ..."). */
  enter(mentions: ResolvedMention[], inside: (offset: number) => boolean): void {
    this.sentence++;
    this.here = mentions.filter((m) => this.types.get(m.entity) === 'person' && !inside(m.start));
  }
  saw(mentions: ResolvedMention[]): void {
    this.here = [];
    for (const m of mentions) {
      this.seenAt.set(m.entity, ++this.seen);
      const t = this.types.get(m.entity);
      if (t === 'person') {
        this.lastPerson = m.entity;
        const g = this.gender.get(m.entity);
        if (g) this.lastByGender[g] = m.entity;
      } else if (t === 'organisation' || t === 'group') this.lastGroup = m.entity;
    }
  }
  spoke(s: Speaker): void {
    if (s.entity && this.types.get(s.entity) === 'person') {
      this.lastPersonSpeaker = s.entity;
      this.lastSpokeIn = this.sentence;
    }
  }
  /**
   * "'...,' the Spectator editor told the radio": a title no one named before holds stands, right
   * after someone spoke, for that speaker, described another way; not a title of the other sex.
   */
  describedSpeaker(title: string): string | null {
    const speaker = this.lastPersonSpeaker;
    if (!speaker || this.sentence - this.lastSpokeIn > DESCRIBED_SPEAKER_REACH || !TITLE_WORDS.has(title)) return null;
    const sex = FEMALE_MARKS.test(title) ? 'f' : MALE_MARKS.test(title) ? 'm' : null;
    return sex && this.gender.get(speaker) && this.gender.get(speaker) !== sex ? null : speaker;
  }
  /** "the spokesman", "the ministry": the entity last named whose role or name holds the head word. */
  describe(head: string): string | null {
    let best: string | null = null;
    for (const key of this.byRoleWord.get(head.toLowerCase()) ?? [])
      if ((this.seenAt.get(key) ?? 0) > (best ? this.seenAt.get(best)! : 0)) best = key;
    return best;
  }
  resolve(pronoun: string, at = -1): string | null {
    const p = pronoun.toLowerCase();
    // The person last named is who "he" or "she" most often means; the last speaker otherwise.
    if (PERSON_PRONOUNS.has(p)) {
      const wanted = p === 'she' || p === 'her' ? 'f' : 'm';
      // The sentence's own subject first: the first person named before the pronoun in its sentence
      // whom the text marks as that sex, else one it does not mark at all.
      const before = this.here.filter((m) => m.end <= at);
      const subject =
        before.find((m) => this.gender.get(m.entity) === wanted) ?? before.find((m) => !this.gender.has(m.entity));
      if (subject) return subject.entity;
      // Who spoke in the sentence before goes on speaking: "Judge Ann Ham said Cole had lied.
      // 'You betrayed them,' he said." is the judge's, though Cole was named last.
      const speaker = this.lastPersonSpeaker;
      if (speaker && this.sentence - this.lastSpokeIn === 1 && (this.gender.get(speaker) ?? wanted) === wanted)
        return speaker;
      // The person last named, unless the text marks them as the other sex: then the last one it does not.
      const last = this.lastPerson;
      if (last && this.gender.get(last) && this.gender.get(last) !== wanted) return this.lastByGender[wanted] ?? last;
      return last ?? this.lastPersonSpeaker;
    }
    if (GROUP_PRONOUNS.has(p)) return this.lastGroup;
    return null;
  }
}

/** At most this many capitalised words name who spoke after a dash ("― Ana María Ruiz Soto"). */
export const MAX_NAME_RUN = 5;

/** A run of capitalised words naming who spoke, when no entity was made of it ("― Ana Ruiz"). */
export function nameRun(s: AnnotatedSentence, k: number): Speaker | null {
  let b = k;
  while (
    b < s.tokens.length &&
    b - k < MAX_NAME_RUN &&
    /^\p{Lu}/u.test(s.tokens[b]!.text) &&
    !/^\p{P}/u.test(s.tokens[b]!.text) &&
    !isWhen(s.tokens[b]!)
  )
    b++;
  if (b === k) return null;
  const first = s.tokens[k]!;
  const last = s.tokens[b - 1]!;
  const written = sliceTokens(s, first, last);
  return { mention: { text: written, start: first.start, end: last.end }, entity: null, text: written };
}

export function speakerFromMention(m: ResolvedMention): Speaker {
  return { mention: { text: m.text, start: m.start, end: m.end }, entity: m.entity, text: m.name };
}

/** The mention or pronoun that starts at token k (after "according to", or "said X"). */
export function mentionAt(
  s: AnnotatedSentence,
  k: number,
  mentions: ResolvedMention[],
  tracker: SpeakerTracker,
): Speaker | null {
  while (s.tokens[k]?.pos === 'DET') k++;
  // The widest mention there: "said Acme chief executive Jo Bell" holds the mention of Acme
  // and Jo Bell's, titled by it; the one who spoke is Jo Bell.
  const m = mentions
    .filter((x) => x.first <= k && x.last >= k)
    .reduce<ResolvedMention | undefined>((a, x) => (a && a.last >= x.last ? a : x), undefined);
  if (m && !isWhen(s.tokens[k]!)) return speakerFromMention(m);
  const t = s.tokens[k];
  if (t?.pos === 'PRON') return pronounSpeaker(t, tracker);
  return null;
}

/** A day, a date or a time ("said Tuesday", "found in late August") is when, never who. */
export function isWhen(t: Token): boolean {
  return t.ent === 'DATE' || t.ent === 'TIME' || t.ent === 'DURATION';
}

export function pronounSpeaker(t: Token, tracker: SpeakerTracker): Speaker | null {
  const entity = tracker.resolve(t.text, t.start);
  if (!entity && !/^(i|we|he|she|they)$/i.test(t.text)) return null;
  return { mention: { text: t.text, start: t.start, end: t.end }, entity, text: entity ? null : t.text };
}

/** The subject of the speech verb at token `cue`. */
/** The subject of the speech verb at token `cue`, looked for no further back than token `from`. */
export function subjectBefore(
  s: AnnotatedSentence,
  cue: number,
  mentions: ResolvedMention[],
  tracker: SpeakerTracker,
  from = 0,
): Speaker | null {
  let k = cue - 1;
  while (k >= 0 && (s.tokens[k]!.pos === 'ADV' || s.tokens[k]!.pos === 'AUX' || s.tokens[k]!.pos === 'PART')) k--;
  // "Sanders on Tuesday said", "The Times on Saturday wrote": the speaker before when they spoke.
  if (k > from && isWhen(s.tokens[k]!)) {
    let j = k;
    while (j > from && isWhen(s.tokens[j]!)) j--;
    if (s.tokens[j]!.pos === 'ADP') j--;
    if (j >= from && j < k) k = j;
    while (k >= 0 && (s.tokens[k]!.pos === 'ADV' || s.tokens[k]!.pos === 'AUX')) k--;
  }
  // "Rep. Ann Lee (D-Mass.) said": the name before the party and state.
  if (s.tokens[k]?.text === ')') {
    let open = k - 1;
    while (open > 0 && k - open <= MAX_PARENTHESIS_TOKENS && s.tokens[open]!.text !== '(') open--;
    if (open > 0 && s.tokens[open]!.text === '(') k = open - 1;
  }
  if (k < from) return null;
  const t = s.tokens[k]!;
  const m = mentions
    .filter((x) => x.first <= k && x.last >= k)
    .sort((a, b) => b.last - b.first - (a.last - a.first))[0];
  if (m)
    return headBefore(
      s,
      speakerFromMention(m),
      s.tokens[m.first - 1]?.pos === 'DET' ? m.first - 1 : m.first,
      mentions,
      from,
    );
  // "an architect who said ...": the relative pronoun stands for the noun before it.
  if (t.pos === 'PRON' && /^(who|which)$/i.test(t.text) && k > 0) {
    let j = k - 1;
    if (s.tokens[j]!.text === ',') j--;
    const antecedent = j >= 0 ? subjectBefore(s, j + 1, mentions, tracker) : null;
    return antecedent && { ...antecedent, mention: { text: t.text, start: t.start, end: t.end } };
  }
  if (t.pos === 'PRON') return pronounSpeaker(t, tracker);
  if (t.text === ',') {
    // "The Minister for Transport, Ann Berg, said": a person set off by commas right before the cue names the title before her.
    const holder = mentions.find(
      (x) =>
        x.first > from &&
        x.last === k - 1 &&
        x.type === 'person' &&
        s.tokens[x.first - 1]?.text === ',' &&
        !mentions.some((y) => y.last === x.first - 2 && y.type === 'person'),
    );
    if (holder) return speakerFromMention(holder);
    // "Omar Nessar, who is director of ..., also stated", "Rep. Ann Lee (D-Mass.), a panel member, said": the name before the apposition.
    // A name after a preposition ("In a panel in Boston, Ann Lee, the chief executive, told") is a circumstance, not who spoke.
    const m2 = mentions.find(
      (x) =>
        x.first >= from &&
        x.last < k &&
        s.tokens[afterParenthesis(s, x.last + 1)]?.text === ',' &&
        s.tokens[x.first - 1]?.pos !== 'ADP',
    );
    return m2 ? speakerFromMention(m2) : null;
  }
  // A name the tagger took for a verb or adjective ("Lynch said") still names the speaker.
  const named = /^\p{Lu}/u.test(t.text) && !['PRON', 'DET', 'PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'AUX'].includes(t.pos);
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || named) {
    let a = k;
    while (a - 1 >= 0 && ['NOUN', 'PROPN', 'ADJ', 'PART', 'NUM'].includes(s.tokens[a - 1]!.pos)) a--;
    const startTok = s.tokens[a]!;
    const withDet = a - 1 >= 0 && s.tokens[a - 1]!.pos === 'DET' ? s.tokens[a - 1]! : startTok;
    const inner = mentions.find((x) => x.first >= a && x.last <= k && x.type !== 'place');
    const written = { text: sliceTokens(s, withDet, t), start: withDet.start, end: t.end };
    const named = inner?.last === k ? inner.entity : null;
    // "The spokesman said": a definite description stands for the one it describes, named before;
    // a plural ("the representatives") stands for no one person.
    const singular = t.text.toLowerCase() === t.lemma;
    const described =
      !named && singular && withDet !== startTok && /^the$/i.test(withDet.text)
        ? (tracker.describe(t.lemma) ?? tracker.describedSpeaker(t.lemma))
        : null;
    return headBefore(
      s,
      { mention: written, entity: named ?? described, text: (named ?? described) ? null : sliceTokens(s, startTok, t) },
      withDet === startTok ? a : a - 1,
      mentions,
      from,
    );
  }
  return null;
}

/** Prepositions that tie a noun phrase to the speaker's own noun before it ("a spokesman for the ministry"). */
const HEAD_PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'in', 'through', 'with', 'on', 'by']);

/**
 * "Protesters marching through the streets chanted", "officials in the capital said": the phrase
 * before the verb ends in a preposition's object; the speaker is the noun before the preposition,
 * written with all of it. A name in that noun is who speaks; else the one the object names, if any
 ("a spokesman for the ministry").
 */
function headBefore(
  s: AnnotatedSentence,
  sp: Speaker,
  first: number,
  mentions: ResolvedMention[],
  from: number,
): Speaker {
  const p = first - 1;
  if (p - 1 < from || s.tokens[p]?.pos !== 'ADP' || !HEAD_PREPOSITIONS.has(s.tokens[p].text.toLowerCase())) return sp;
  let q = p - 1;
  if (s.tokens[q]!.pos === 'VERB' && /(ing|ed)$/.test(s.tokens[q]!.text) && q - 1 >= from) q--;
  if (!['NOUN', 'PROPN'].includes(s.tokens[q]!.pos) || isWhen(s.tokens[q]!)) return sp;
  const head = mentions.find((x) => x.first <= q && x.last >= q);
  let h = head ? head.first : q;
  while (h - 1 >= from && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(s.tokens[h - 1]!.pos)) h--;
  if (h - 1 >= from && s.tokens[h - 1]!.pos === 'DET') h--;
  const start = s.tokens[h]!;
  const text = sliceTokens(s, start, s.tokens.find((t) => t.end === sp.mention.end) ?? s.tokens[q]!);
  const mention = { text, start: start.start, end: sp.mention.end };
  if (head && head.type !== 'place') return { mention, entity: head.entity, text: null };
  return { mention, entity: sp.entity, text: sp.entity ? null : text.replace(/^(the|a|an)\s+/i, '') };
}

/** A parenthesis after a name ("(R-S.C.)", "(D)") holds at most this many tokens. */
export const MAX_PARENTHESIS_TOKENS = 6;

/** The token after a short parenthesis that opens at token k ("(R-Ohio)"), or k when none opens there. */
function afterParenthesis(s: AnnotatedSentence, k: number): number {
  if (s.tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < s.tokens.length && j - k <= MAX_PARENTHESIS_TOKENS; j++)
    if (s.tokens[j]!.text === ')') return j + 1;
  return k;
}

export function sliceTokens(s: AnnotatedSentence, a: Token, b: Token): string {
  let out = '';
  for (const t of s.tokens) {
    if (t.start < a.start || t.end > b.end) continue;
    out += (out && t.start > 0 && !/^(’s|'s|n’t|n't|[,.;:])$/.test(t.text) ? ' ' : '') + t.text;
  }
  return out;
}

/** Words after which a participle speaks for the subject before them ("pitched himself by telling voters ..."). */
const PARTICIPLE_LINKS = new Set([',', 'by', 'while', 'after', 'before', 'without']);

/**
 * "Trump tweeted on Friday, saying ...", "the senator spoke out, calling for ...", "he won them over by
 * telling them ...": a participle after a comma or such a word speaks for the subject of the sentence's first verb.
 */
export function participleSubject(
  s: AnnotatedSentence,
  k: number,
  mentions: ResolvedMention[],
  tracker: SpeakerTracker,
  inside: (t: Token) => boolean,
): Speaker | null {
  if (!s.tokens[k]!.text.endsWith('ing') || !PARTICIPLE_LINKS.has(s.tokens[k - 1]?.text.toLowerCase() ?? ''))
    return null;
  // A verb inside quotation marks ("“We need change,” he said, arguing ...") is the quoted speaker's, not the sentence's.
  const main = s.tokens.findIndex((t, i) => i < k - 1 && t.pos === 'VERB' && !inside(t));
  return main > 0 ? subjectBefore(s, main, mentions, tracker) : null;
}

/** A subject pronoun that can stand for a speaker ("you" addresses, it does not report). */
export const PRONOUN_SPEAKER = wordIn(pronouns(['he', 'she', 'they', 'we', 'i', 'it'], ['subject']));

/** "according to show insiders": the words up to the next comma or the sentence's end, as the source's own. */
export function wordsUpToComma(s: AnnotatedSentence, k: number, last: number): Speaker | null {
  let b = k;
  while (b <= last && b - k < MAX_SOURCE_WORDS && s.tokens[b]!.text !== ',') b++;
  if (b === k || b - k >= MAX_SOURCE_WORDS) return null;
  const first = s.tokens[k]!;
  const end = s.tokens[b - 1]!;
  const written = sliceTokens(s, first, end);
  return { mention: { text: written, start: first.start, end: end.end }, entity: null, text: written };
}

/** A source written out after "according to" is at most this many words. */
export const MAX_SOURCE_WORDS = 8;

/** "the poll", "a speech she gave": the noun phrase at token k, as the speaker's words, no entity. */
export function phraseAt(s: AnnotatedSentence, k: number): Speaker | null {
  let a = k;
  while (s.tokens[a]?.pos === 'DET') a++;
  let b = a;
  while (b < s.tokens.length && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(s.tokens[b]!.pos) && !isWhen(s.tokens[b]!))
    b++;
  if (b === a || !['NOUN', 'PROPN'].includes(s.tokens[b - 1]!.pos)) return null;
  const first = s.tokens[k]!;
  const last = s.tokens[b - 1]!;
  return {
    mention: { text: sliceTokens(s, first, last), start: first.start, end: last.end },
    entity: null,
    text: sliceTokens(s, s.tokens[a]!, last),
  };
}

export function speakerStartToken(s: AnnotatedSentence, sp: Speaker): number {
  const k = s.tokens.findIndex((t) => t.start >= sp.mention.start);
  return k < 0 ? 0 : k;
}
