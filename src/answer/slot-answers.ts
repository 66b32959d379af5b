// Answers whose slot the question's form names: the holder of a title ("who is the president
// of Russia"), an acronym spelt out ("what does MPC stand for"), and the outcome of a condition
// ("what happens if ..."). Each says the articles do not say rather than give another name.
import { standardWords } from './informal.js';
import { stemOf } from '../nlp/annotate.js';
import type { Corpus, Entity } from '../corpus/corpus.js';
import type { TextIndex } from '../search/text-index.js';
import type { Question } from './question.js';
import type { QueryOptions, Result } from './result.js';
import { citation } from './views.js';
import { lowerPieces, lowerWords, textWords, withoutAsides } from '../text/words.js';
import { expansionIn } from '../extract/acronyms.js';
import { STOP_WORDS } from '../nlp/stop-words.js';

interface Ctx {
  corpus: Corpus;
  index: TextIndex;
}

/** Passages searched for a title's holder, an acronym or a condition: they name its words. */
const SLOT_HITS = 50;

/** Words before a title that make it another office: a deputy head is not the head. */
const LESSER = /^(vice|deputy|former|acting|assistant|ex|interim|junior|shadow|co)$/i;

/** Words of the names of the question's entities that a qualifier stands for ("EU" -> "european"). */
function standIns(q: Question, word: string): Set<string> {
  const out = new Set([stemOf(word)]);
  for (const e of q.focus) {
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    if (!names.some((n) => n.split(/[\s-]+/).includes(word))) continue;
    for (const n of names)
      for (const w of n.split(/[\s-]+/)) if (w.length >= 3 && !/^(the|of|and|for)$/.test(w)) out.add(stemOf(w));
  }
  return out;
}

/** Whether the word before a title makes it a lesser office the question does not ask for. */
function lesserOffice(q: Question, words: readonly string[], at: number): boolean {
  return at > 0 && LESSER.test(words[at - 1]!) && !q.tokens.some((t) => t.text.toLowerCase() === words[at - 1]);
}

/** Whether words hold every qualifier of the title asked, under any of its names ("EU" -> "european"). */
function holdsQualifiers(q: Question, words: readonly string[]): boolean {
  const stems = new Set(words.map(stemOf));
  return q.form.role!.qualifiers.every((w) => [...standIns(q, w)].some((st) => stems.has(st)));
}

/** Whether a role states the title asked with all its qualifiers ("Commissioner for Transport" of the "European Commission"). */
function roleFits(q: Question, role: string): boolean {
  // Titles compared written out: "CEO of the bakery chain" holds "chief executive", and a
  // question's "ceo" asks for a "chief executive".
  const words = textWords(standardWords(role));
  const asked = textWords(standardWords(q.form.role!.noun));
  const at = words.map(stemOf).indexOf(stemOf(asked.at(-1)!));
  const stems = new Set(words.map(stemOf));
  return (
    at >= 0 &&
    asked.slice(0, -1).every((w) => stems.has(stemOf(w))) &&
    !lesserOffice(q, words, at) &&
    holdsQualifiers(q, words)
  );
}

/** "Who is the president of Russia?": the person the articles give that title, or that they do not say. */
export function roleHolderAnswer(ctx: Ctx, q: Question, base: Result, options: QueryOptions): Result {
  const { corpus, index } = ctx;
  const seen = new Set<string>();
  for (const h of index.search(q, corpus.gidRange(options.doc), SLOT_HITS)) {
    const doc = corpus.sentence(h.gid).doc;
    for (const m of corpus.mentionsIn(h.gid)) {
      const e = corpus.entityOf(doc, m.entity);
      // A place holds no office: a title before a place's name is of the place ("the governor of X").
      if (!e || seen.has(e.id) || e.type === 'place') continue;
      seen.add(e.id);
      const role = e.roles.find((r) => (!options.doc || r.doc === options.doc) && roleFits(q, r.text));
      if (!role) continue;
      const at = corpus.mentionWithRole(e, [role]) ?? h.gid;
      return { ...base, found: true, answer: `${e.name} (${role.text})`, citations: [citation(corpus, at, 1)] };
    }
  }
  return {
    ...base,
    message: `The articles do not say ${q.text.replace(/[?.!\s]+$/, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase())}.`,
  };
}

/** Verbs that ask who holds the top office of a thing: "who runs the institute". */
const LEADING_VERBS = new Set(['run', 'head', 'lead', 'direct', 'chair', 'manage']);
/** Titles of a thing's top office, as a role writes them ("director of the institute"). */
const LEADING_TITLES = ['head', 'director', 'leader', 'chief', 'chairman', 'chair', 'manager', 'president', 'boss'];

/**
 * "Who runs the fisheries institute?": the person the articles give a top office of it
 * ("Tomas Lie, director of the institute"), or null, leaving the question to the passages.
 */
export function leaderAnswer(ctx: Ctx, q: Question, base: Result, options: QueryOptions): Result | null {
  const p = q.predicate;
  if (q.wh !== 'who' || p?.kind !== 'verb' || p.passive || !LEADING_VERBS.has(p.lemma) || q.polarity !== 'positive')
    return null;
  // The thing led, and what narrows it: "the centre for the study of X", "the office in Y".
  const object = q.arguments.find((a) => a.role === 'object');
  const narrowing = q.arguments.filter((a) => a !== object);
  if (!object || narrowing.some((a) => a.at < object.at || a.role === 'subject' || a.role === 'modifier')) return null;
  const qualifiers = [object, ...narrowing].flatMap((a) => a.words).filter((w) => !STOP_WORDS.has(w));
  for (const noun of LEADING_TITLES) {
    const r = roleHolderAnswer(
      ctx,
      { ...q, form: { ...q.form, role: { noun, qualifiers, copular: true } } },
      base,
      options,
    );
    if (r.found) return r;
  }
  return null;
}

/**
 * The acronym as a sentence writes it with two capitals or more ("DfT" for a typed "dft"); in
 * capitals when it is not there (a "Nasa" is read as "NASA").
 */
function writtenForm(text: string, acronym: string): string {
  const key = acronym.toLowerCase();
  const written = [...text.matchAll(/[\p{L}&]+/gu)].find(
    (m) => m[0].toLowerCase() === key && /\p{Lu}.*\p{Lu}/u.test(m[0]),
  );
  return written?.[0] ?? acronym.toUpperCase();
}

/** "What does MEMRI stand for?": the name it abbreviates, from an entity's aliases or the text that spells it out. */
export function acronymAnswer(ctx: Ctx, q: Question, base: Result, options: QueryOptions): Result | null {
  const { corpus, index } = ctx;
  const acronym = q.form.acronym!;
  const key = acronym.toLowerCase();
  const scoped = (e: Entity) => !options.doc || e.docs.includes(options.doc);
  // The acronym as the article writes it, whose case the question's typing may have lost ("fota").
  const alias = (e: Entity) => e.aliases.find((a) => a.toLowerCase() === key);
  const named = q.focus.filter(scoped).find((e) => {
    const written = alias(e);
    return written !== undefined && expansionIn(e.name, written);
  });
  if (named) {
    const at = corpus.mentionsOf(named, options.doc)[0];
    const written = alias(named)!;
    return {
      ...base,
      found: true,
      answer: `${named.name} (${written})`,
      citations: at !== undefined ? [citation(corpus, at, 1)] : [],
    };
  }
  const st = stemOf(acronym);
  for (const h of index.search(new Map([[st, 1]]), corpus.gidRange(options.doc), SLOT_HITS)) {
    const text = corpus.sentenceText(h.gid);
    const written = writtenForm(text, acronym);
    const found = expansionIn(text, written);
    if (found)
      return {
        ...base,
        found: true,
        answer: `${found} (${written})`,
        citations: [citation(corpus, h.gid, 1)],
      };
  }
  return null;
}

/** The conditional clause of a sentence: from "if" or "unless" to the sentence's end. */
const CONDITIONAL = /\b(if|unless)\b/i;

/**
 * "What happens if Washington walks away from the deal?": a sentence whose if-clause names the
 * condition's things (verbs are paraphrased: "walks away" may be "strays"), answered by the
 * clause and what follows it.
 */
export function conditionalAnswer(ctx: Ctx, q: Question, base: Result, options: QueryOptions): Result | null {
  const { corpus, index } = ctx;
  const things = q.form.condition!;
  if (!things.length) return null;
  let othersOutcome: { gid: number; score: number } | undefined;
  for (const h of index.search(q, corpus.gidRange(options.doc), SLOT_HITS)) {
    const text = corpus.sentenceText(h.gid);
    const m = CONDITIONAL.exec(text);
    if (!m) continue;
    const clause = text.slice(m.index);
    const condition = lowerPieces(clause.split(/[,;]/)[0]!).map(stemOf);
    if (!things.every((w) => [...standIns(q, w)].some((st) => condition.includes(st)))) continue;
    // "What will the rebels do if ...": an outcome of others is no answer, nor the nearest one.
    const sentence = lowerPieces(text).map(stemOf);
    if (!(q.form.conditionDoer ?? []).every((w) => [...standIns(q, w)].some((st) => sentence.includes(st)))) {
      othersOutcome ??= h;
      continue;
    }
    // "... would strip it of its franchise if performance did not improve": the outcome comes
    // first, so the if-clause alone would answer with the condition asked.
    const outcomeAfter = /[,;]\s*\S/.test(clause);
    return {
      ...base,
      found: true,
      answer: outcomeAfter ? clause.replace(/^./, (c) => c.toUpperCase()) : text,
      citations: [citation(corpus, h.gid, h.score)],
    };
  }
  if (!othersOutcome) return null;
  return {
    ...base,
    message: `The articles do not say ${q.text.replace(/[?.!\s]+$/, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase())}: the nearest passage tells what others would do.`,
    citations: [citation(corpus, othersOutcome.gid, othersOutcome.score)],
  };
}

/** Words between a title and its holder's name at most: "leader Harald", "Duke Robert II". */
const TITLE_REACH = 3;

/** Where an apposition or a title phrase ends: "X, head of the trust, said". */
const PHRASE_END = /[;:()]|[,.](?=\s)/;

/**
 * Whether an answer's name stands next to the title asked in the sentence it cites, as that
 * title: not a lesser office ("deputy head" for "head"), and with the qualifiers asked.
 */
export function besideTitle(r: Result, q: Question): boolean {
  const text = r.citations[0]?.text;
  if (!text || !r.answer || !q.form.role) return false;
  const at = text.indexOf(r.answer);
  if (at < 0) return false;
  const before =
    text
      .slice(0, at)
      .split(PHRASE_END)
      .filter((p) => p.trim())
      .pop() ?? '';
  const after =
    text
      .slice(at + r.answer.length)
      .split(PHRASE_END)
      .find((p) => p.trim()) ?? '';
  // The title as a noun: "headed by X" says what X did, not a title.
  const title = q.form.role.noun;
  const asTitle = (words: string[], i: number) =>
    (words[i] === title || words[i] === `${title}s`) && !lesserOffice(q, words, i);
  // A title with its own complement ("head of the river trust") names its own body: the
  // qualifiers asked must be in that phrase. Without one ("their leader Harald"), the sentence
  // says whose.
  const names = (phrase: string, near: (words: string[]) => number[]) => {
    const words = textWords(phrase);
    const i = near(words).find((k) => asTitle(words, k));
    if (i === undefined) return false;
    return holdsQualifiers(q, /^(of|for|at)$/.test(words[i + 1] ?? '') ? words : textWords(text));
  };
  const last = (words: string[]) => [...words.keys()].slice(-TITLE_REACH);
  const first = (words: string[]) => [...words.keys()].slice(0, TITLE_REACH + 1);
  return names(before, last) || names(after, first);
}

/** Share of the question's words a passage must hold for its "a judge" to be the one asked about. */
const TITLE_AGENT_COVERAGE = 0.5;

/**
 * "Which judge threw out the bid?" and "A judge has dismissed the bid": the passage names the
 * title, not the person; the one person its article gives that title is the answer.
 */
export function titleAgentAnswer(ctx: Ctx, q: Question, nearest: Result, options: QueryOptions): Result | null {
  const { corpus } = ctx;
  const cited = nearest.citations[0];
  if (!cited) return null;
  const [from, to] = corpus.gidRange(cited.doc);
  let gid = -1;
  for (let g = from; g < to; g++)
    if (corpus.sentence(g).s.start === cited.start) {
      gid = g;
      break;
    }
  if (gid < 0) return null;
  const toks = corpus.tokens(gid);
  const noun = stemOf(q.form.role!.noun);
  // The title heads the subject: "A judge has dismissed ...", before the sentence's first verb.
  const firstVerb = toks.findIndex((t) => t.pos === 'VERB');
  const at = toks.findIndex((t, i) => t.stem === noun && i < firstVerb && toks[i - 1]?.pos === 'DET');
  if (at < 0) return null;
  const stems = new Set(toks.map((t) => t.stem));
  const groups = q.groups.filter((g) => !g.optional);
  const held = groups.filter((g) => [...g.stems.keys()].some((st) => stems.has(st))).length;
  if (!groups.length || held / groups.length < TITLE_AGENT_COVERAGE) return null;
  const doc = corpus.sentence(gid).doc;
  const holders = new Map<string, { e: Entity; role: string }>();
  for (const m of corpus.mentionsOfDoc(doc.id)) {
    const e = corpus.entityOf(doc, m.entity);
    if (e?.type !== 'person' || holders.has(e.id)) continue;
    const role =
      e.roles.find(
        (r) =>
          r.doc === doc.id &&
          r.text
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .map(stemOf)
            .includes(noun),
      ) ?? e.aliases.find((a) => lowerWords(a).map(stemOf).includes(noun));
    if (role) holders.set(e.id, { e, role: typeof role === 'string' ? role : role.text });
  }
  if (holders.size !== 1 || (options.doc && options.doc !== doc.id)) return null;
  const { e, role } = [...holders.values()][0]!;
  return { ...nearest, found: true, answer: `${e.name} (${role})`, message: undefined };
}

/** Characters from the start of an agent's phrase to the name heading it at most: "the Trade and Industry Secretary X". */
const AGENT_REACH = 60;
/** Share of the question's other words a passage must hold for its agent to answer "which N did X". */
const AGENT_COVERAGE = 0.5;

/**
 * "Which minister announced the increase?": the person who does the deed asked in a passage about
 * it, as the subject or as the agent of a passive ("proposals announced by the Secretary X").
 * Never a name the deed does not attach to.
 */
export function agentAnswer(ctx: Ctx, q: Question, base: Result, options: QueryOptions): Result | null {
  const { corpus, index } = ctx;
  const verbs = new Set(q.tokens.filter((t) => t.pos === 'VERB').map((t) => t.lemma.toLowerCase()));
  if (!verbs.size) return null;
  const groups = q.groups.filter((g) => !g.optional);
  for (const h of index.search(q, corpus.gidRange(options.doc), SLOT_HITS)) {
    const stems = new Set(corpus.stemsOf(h.gid));
    const held = groups.filter((g) => [...g.stems.keys()].some((st) => stems.has(st))).length;
    if (!groups.length || held / groups.length < AGENT_COVERAGE) continue;
    // The names the question gives must all be there: "the Scottish Parliament" is not "the Scottish Police".
    const words = new Set(lowerPieces(corpus.sentenceText(h.gid)));
    if (!q.required.every((alternatives) => alternatives.some((w) => words.has(w)))) continue;
    const doc = corpus.sentence(h.gid).doc;
    for (const f of corpus.factsIn(h.gid)) {
      if (!verbs.has(f.verb.toLowerCase())) continue;
      const passive = f.relation.endsWith(' by');
      const [start, text] = passive ? [f.objectStart, f.object] : [f.subjectStart, f.subject];
      // The phrase may run past what the fact kept ("the Trade and Industry Secretary Patricia
      // Hewitt"): a name within the same stretch of words, before any punctuation, is its head.
      const inPhrase = (m: { start: number; end: number }) =>
        m.start >= start &&
        (m.end <= start + text.length ||
          (m.start - start <= AGENT_REACH && !/[,;:.()"“”]/.test(doc.text.slice(start, m.start))));
      const person = corpus
        .mentionsIn(h.gid)
        .find((m) => inPhrase(m) && corpus.entityOf(doc, m.entity)?.type === 'person');
      if (!person) continue;
      return {
        ...base,
        found: true,
        answer: doc.text.slice(start, person.end).replace(/^(the|a|an)\s+/i, ''),
        citations: [citation(corpus, h.gid, h.score)],
      };
    }
  }
  return null;
}

/** A sentence that defines its subject: "X (...) is a research chemical", "Xs are ...". */
const DEFINING = /\s(is|are|was|were)\s+(a|an|the|one|any)\s/i;

/** Letters and digits only, without accents: "AM-2201" and "am 2201", "Jägerbomb" and "jagerbomb" compare equal. */
const squeeze = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Shortest name, in letters, that may be matched one slip away ("jagger bomb" for "Jägerbomb"):
 * shorter names are one slip from other words too often.
 */
const NEAR_NAME_MIN = 8;

/** Sentences at the head of an article that may define its subject: an encyclopaedia's first, after a caption or two. */
const OPENING_SENTENCES = 3;

/** Whether a and b differ by at most one letter added, dropped or replaced. */
function oneSlip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i);
  const rb = b.slice(i);
  return ra.slice(1) === rb.slice(1) || ra.slice(1) === rb || ra === rb.slice(1);
}

/** Whether a subject names the thing: it ends (or starts) with its name, or with its name one slip away. */
function namesThing(subject: string, key: string, singular: string): boolean {
  if (subject.endsWith(singular) || subject.endsWith(key) || subject.startsWith(singular)) return true;
  if (singular.length < NEAR_NAME_MIN) return false;
  return [-1, 0, 1].some(
    (d) =>
      oneSlip(subject.slice(Math.max(0, subject.length - singular.length - d)), singular) ||
      oneSlip(subject.slice(0, singular.length + d), singular),
  );
}

/**
 * "What is am 2201?": the sentence that defines the thing, its subject naming it before "is a".
 * A sentence that only mentions it does not say what it is. `words`: the thing's words, when the
 * question asks what it is in another form ("what does X mean", `definedThing`).
 */
export function definitionAnswer(
  ctx: Ctx,
  q: Question,
  base: Result,
  options: QueryOptions,
  words: string[] = q.form.defines ?? [],
): Result | null {
  const { corpus, index } = ctx;
  const key = squeeze(words.join(''));
  const singular = key.replace(/s$/, '');
  if (singular.length < 2) return null;
  // The index finds sentences by the name's words; a name it cannot split ("AM-2201") is found
  // where an article about it defines it, at its head.
  const gids = index.search(q, corpus.gidRange(options.doc), SLOT_HITS).map((h) => ({ gid: h.gid, score: h.score }));
  const docs = options.doc ? [options.doc] : q.focus.flatMap((e) => e.docs);
  for (const doc of new Set(docs)) {
    const [from, to] = corpus.gidRange(doc);
    for (let g = from; g < Math.min(to, from + OPENING_SENTENCES); g++)
      if (!gids.some((x) => x.gid === g)) gids.push({ gid: g, score: 0 });
  }
  // An article's opening defines its subject; a later "X is the oldest company in town" says one
  // thing of it. Openings come first, by their place in their article; the rest in the index's order.
  const place = (gid: number) => gid - corpus.docOf(gid).firstGid;
  const atHead = (gid: number) => place(gid) < OPENING_SENTENCES;
  const ordered = [
    ...gids.filter((h) => atHead(h.gid)).sort((a, b) => place(a.gid) - place(b.gid)),
    ...gids.filter((h) => !atHead(h.gid)),
  ];
  const defining = ordered.flatMap((h) => {
    const text = corpus.sentenceText(h.gid);
    const m = DEFINING.exec(text);
    if (!m) return [];
    // The subject: what stands before the copula, without a bracketed aside.
    const before = withoutAsides(text.slice(0, m.index), '');
    return [{ ...h, text, before }];
  });
  const answer = (h: { gid: number; score: number; text: string }): Result => ({
    ...base,
    found: true,
    answer: h.text,
    citations: [citation(corpus, h.gid, h.score)],
  });
  for (const h of defining) {
    // "A hung jury or deadlocked jury is ...": without its article, a subject of plain names
    // starts with the thing; one holding a clause ("The X community, with Y, built ...") does not.
    const bare = h.before.replace(/^\s*(the|a|an)\s+/i, '');
    if (
      namesThing(squeeze(h.before), key, singular) ||
      (!bare.includes(',') && namesThing(squeeze(bare), key, singular))
    )
      return answer(h);
  }
  // "What is trades skills course" and an article opening "A trade course is ...": the question
  // names the thing with a word more or another, which only its article's opening may be read as.
  const near = defining.find((h) => atHead(h.gid) && nearlyNamesThing(h.before, words));
  return near ? answer(near) : null;
}

/** Most words a subject, or the thing asked, may have for a near match: a longer one is a clause, not a name. */
const NEAR_SUBJECT_WORDS = 5;

/**
 * Whether a subject names the thing asked in other words: the same head noun, and another word
 * of the thing's besides. The head alone ("a course") names every kind of course.
 */
function nearlyNamesThing(subject: string, words: string[]): boolean {
  if (subject.includes(',')) return false;
  const named = textWords(subject.replace(/^\s*(the|a|an)\s+/i, '')).map(stemOf);
  const asked = words.flatMap(textWords).map(stemOf);
  const fits = (n: number) => n >= 2 && n <= NEAR_SUBJECT_WORDS;
  if (!fits(named.length) || !fits(asked.length)) return false;
  if (named[named.length - 1] !== asked[asked.length - 1]) return false;
  const others = new Set(asked.slice(0, -1));
  return named.slice(0, -1).some((st) => others.has(st));
}
