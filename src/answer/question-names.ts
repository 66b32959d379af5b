// The names a question gives: capitalised runs and lower-case or misspelt words resolved to the
// articles' entities, and the names the articles never mention.
import { STOP_WORDS } from '../nlp/stop-words.js';
import { nameKey } from '../text/name-key.js';
import { stemOf, type Token } from '../nlp/annotate.js';
import { isPossessiveMark, joiningHyphen } from '../text/words.js';
import type { Corpus, Entity } from '../corpus/corpus.js';
import { entitiesWithWord, findEntities } from '../search/names.js';
import type { TextIndex } from '../search/text-index.js';

export interface QuestionNames {
  /** Entities the question names, best first. */
  focus: Entity[];
  /** Names in the question that the articles never mention. */
  unknownNames: string[];
  /** The capitalised runs as typed ("Omar Nessar", "Bank of England"). */
  names: string[];
  /** The question's lower-case words read as names ("nesar"). */
  nameWords: Set<string>;
}

/** Capitalised runs (and fuzzy matches of the question's words) resolved to entities. */
export function namesIn(tokens: Token[], whAt: number, corpus: Corpus, index: TextIndex): QuestionNames {
  const focus: Entity[] = [];
  const unknownNames: string[] = [];
  const runs: string[] = [];
  let run: string[] = [];
  // A name's parts joined by hyphens with no space ("O-R-O", "X-Y") are one name, not several.
  const joined = (i: number) => joiningHyphen(tokens, i) && /^[\p{Lu}]/u.test(tokens[i + 1]!.text);
  tokens.forEach((t, i) => {
    if (run.length && joined(i)) return;
    if (run.length && joined(i - 1)) {
      run[run.length - 1] += `-${t.text}`;
      return;
    }
    const capital = /^[\p{Lu}]/u.test(t.text) && i > 0 && i !== whAt && t.pos !== 'PUNCT' && !/^(I)$/.test(t.text);
    if (capital || (run.length && /^(of|for)$/.test(t.text) && /^[\p{Lu}]/u.test(tokens[i + 1]?.text ?? '')))
      run.push(t.text);
    else {
      if (run.length) runs.push(run.join(' '));
      run = [];
    }
  });
  if (run.length) runs.push(run.join(' '));
  for (const name of runs) {
    // "There", "In" opening a quotation are capitalised, not names.
    if (name.split(' ').every((w) => STOP_WORDS.has(w.toLowerCase()))) continue;
    // A near spelling is for typos: a name whose every word the articles use, differing from an
    // entity's in one of them ("Western Europe" beside "Eastern Europe"), names something else.
    const typed = nameKey(name).split(' ');
    const allUsed = name.split(' ').every((w) => index.hasWord(w));
    const hits = findEntities(corpus, name, 3, true).filter(
      (h) => !allUsed || [h.name, ...h.aliases].some((n) => typed.every((w) => nameKey(n).split(' ').includes(w))),
    );
    if (hits.length) {
      for (const h of hits) if (!focus.includes(h)) focus.push(h);
    }
    // A name none of the articles' entities matches, with a word the articles never use
    // ("Vladimir Putin" where only another Vladimir appears), is not in the articles; one whose
    // every unknown word is a slip away from a word they use ("Frist Boston", "Thurdsay") is a typo,
    // and one the articles write in another form of the name ("Asian" where they write "Asia") is
    // in them.
    else if (
      !name
        .split(' ')
        // A function word ("of", "Inc") is never a word the index would hold.
        .filter((w) => w.length >= 2 && !STOP_WORDS.has(w.toLowerCase()))
        .every((w) => index.hasWord(w) || index.correct(w).size > 0 || corpus.nameFormsOf(w.toLowerCase()).length > 0)
    )
      unknownNames.push(name);
  }
  // Lower-case or misspelt names ("stanikzay", "moskow", "kabulov"). A word the articles never
  // use may be a misspelt name; a word they use is a name only when they use it only as one:
  // "visit" or "today" in a question are words, even if some article names a "U.S. Visit".
  const nameWords = new Set<string>();
  if (!focus.length) {
    const words = tokens
      .map((t, i) => ({ t, i }))
      .filter(({ t, i }) => i !== whAt && t.pos !== 'PUNCT' && !STOP_WORDS.has(t.lemma) && t.text.length >= 2);
    const taken = new Set<number>();
    // Two or three words in a row that name one person in full ("david frost"): that person, not
    // every person sharing one of the words. Only people: "world cup" typed is a phrase as much as a name.
    for (const size of [3, 2]) {
      for (let k = 0; k + size <= words.length; k++) {
        const run = words.slice(k, k + size);
        if (run.some((w) => taken.has(w.i)) || run[size - 1]!.i - run[0]!.i !== size - 1) continue;
        const typed = run.map((w) => w.t.text.toLowerCase());
        // The whole name as the articles write it ("world cup" is not "FIFA World Cup").
        const hit = findEntities(corpus, typed.join(' '), 1, true).find(
          (e) => e.type === 'person' && nameKey(e.name).split(' ').length === size && namesAll(e, typed),
        );
        if (!hit) continue;
        if (!focus.includes(hit)) focus.push(hit);
        for (const w of run) {
          taken.add(w.i);
          nameWords.add(w.t.text.toLowerCase());
        }
      }
    }
    const byWord = new Map<number, Entity>();
    for (const { t, i } of words) {
      if (taken.has(i)) continue;
      // A short word is a name only as an acronym the articles write in capitals ("eu" for "EU").
      if (t.text.length < 4) {
        const acronym = (corpus.entitiesByName.get(nameKey(t.text)) ?? [])
          .map((id) => corpus.entityById.get(id)!)
          .filter((e) => [e.name, ...e.aliases].includes(t.text.toUpperCase()));
        for (const h of acronym)
          if (!focus.includes(h)) {
            focus.push(h);
            nameWords.add(t.text.toLowerCase());
          }
        continue;
      }
      const word = t.text.toLowerCase();
      const used = index.documentFrequency(stemOf(t.text));
      // A word the articles use: only a name mentioned at least as often as the word is used.
      const found = used
        ? entitiesWithWord(corpus, t.text, used)
            .slice(0, 1)
            .concat(isPossessiveMark(tokens[i + 1]?.text ?? '') ? familyNamed(corpus, t.text, used) : [])
            .slice(0, 1)
        : // A slip rarely changes a name's first letter: "last" is no "East".
          findEntities(corpus, t.text, 1, true).filter((e) =>
            [e.name, ...e.aliases].some((n) =>
              nameKey(n)
                .split(' ')
                .some((w) => w.startsWith(word[0]!)),
            ),
          );
      // "david frost" where the articles name only another David: a word beside it that they
      // never use, nor anything near it, makes the pair a name they do not mention.
      // Only where the pair reads as a name: an unknown surname after a first name the articles
      // use, or an unknown first name before a surname ("howard doc" is a surname and a word).
      const nameWordsOf = found[0] ? nameKey(found[0].name).split(' ') : [];
      const beside = [
        nameWordsOf[0] === word && nameWordsOf.length > 1 ? tokens[i + 1] : undefined,
        nameWordsOf[nameWordsOf.length - 1] === word && nameWordsOf.length > 1 ? tokens[i - 1] : undefined,
      ];
      const unknownBeside = beside.find(
        (n) =>
          n &&
          (n.pos === 'PROPN' || n.pos === 'NOUN') &&
          !STOP_WORDS.has(n.lemma) &&
          n.text.length >= 3 &&
          !index.hasWord(n.text) &&
          index.correct(n.text).size === 0,
      );
      if (found[0]?.type === 'person' && unknownBeside) {
        unknownNames.push(
          tokens[i - 1] === unknownBeside ? `${unknownBeside.text} ${t.text}` : `${t.text} ${unknownBeside.text}`,
        );
        continue;
      }
      for (const h of found)
        if (!focus.includes(h)) {
          focus.push(h);
          nameWords.add(t.text.toLowerCase());
        }
      if (found[0]?.type === 'person') byWord.set(i, found[0]);
    }
    // "sandra howard" where one person is Sandra Gidley and another Michael Howard: another
    // person's first name before a surname names a third, whom the articles do not mention.
    for (const [i, b] of byWord) {
      const first = tokens[i - 1]?.text.toLowerCase() ?? '';
      const bWords = nameKey(b.name).split(' ');
      // The given name is the word before the surname ("Harbour Master Olga Ferris").
      const given = (words: string[]) => words[words.length - 2];
      if (
        bWords.length < 2 ||
        bWords[bWords.length - 1] !== tokens[i]!.text.toLowerCase() ||
        given(bWords) === first ||
        bWords[0] === first
      )
        continue;
      const isFirstName = (corpus.peopleByNameWord.get(first) ?? []).some(
        (p) => p !== b && given(nameKey(p.name).split(' ')) === first,
      );
      if (isFirstName) unknownNames.push(`${tokens[i - 1]!.text} ${tokens[i]!.text}`);
    }
  }
  return { focus, unknownNames, names: runs, nameWords };
}

/**
 * "tellwright's husband" where the articles name a mother and her daughter Tellwright: an owner
 * typed in lower case that the articles write only in the names of people who share it as their
 * surname is a name, though neither of them alone is mentioned as often as the word is used; it
 * stands for the one mentioned most.
 */
function familyNamed(corpus: Corpus, word: string, used: number): Entity[] {
  const sharing = entitiesWithWord(corpus, word).filter((e) => e.type === 'person');
  const surname = (e: Entity) => nameKey(e.name).split(' ').pop() === word.toLowerCase();
  if (sharing.length < 2 || !sharing.every(surname)) return [];
  return sharing.reduce((n, e) => n + e.mentions.length, 0) >= used ? sharing.slice(0, 1) : [];
}

/** Whether every typed word is a word of the entity's name or an alias, spelt nearly right. */
function namesAll(e: Entity, typed: string[]): boolean {
  const words = [e.name, ...e.aliases].flatMap((n) => nameKey(n).split(' '));
  return typed.every((w) => words.some((x) => x === w || (w.length >= 4 && x.length >= 4 && nearlySame(w, x))));
}

/** At most one letter added, dropped or changed. */
export function nearlySame(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}
