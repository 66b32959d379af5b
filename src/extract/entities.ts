// Turns a document's mentions into entities: aliases merged (surnames, acronyms, countries'
// short forms), roles gathered from titles and appositions.
import type { AnnotatedSentence, Token } from '../nlp/annotate.js';
import {
  ADDRESS_ONLY,
  CLUB_WORDS,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  ORG_WORDS,
  RELATION_NOUNS,
  TITLE_WORDS,
} from './lexicon.js';
import { inHyphenatedWord } from '../text/words.js';
import type { EntityType, Mention } from './mentions.js';
import { nameKey } from '../text/name-key.js';
import { pronouns, wordIn } from '../text/function-words.js';
import type { TextSpan } from '../text/span.js';

/** "its chief executive": a possessive inside a name's phrase does not end it. */
const POSSESSIVE = wordIn(pronouns(['it', 'he', 'she', 'they'], ['possessive']));

export interface EntityMention extends TextSpan {
  sentence: number;
}

export interface DocEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentions: EntityMention[];
}

/** A mention tied to the entity it names. */
export interface ResolvedMention extends Mention {
  entity: string;
  sentence: number;
}

export function resolveEntities(
  sentences: AnnotatedSentence[],
  mentionsBySentence: Mention[][],
  text: string,
): { entities: DocEntity[]; resolved: ResolvedMention[][] } {
  const entities = new Map<string, DocEntity>();
  const aliasToKey = new Map<string, string>();
  const resolved: ResolvedMention[][] = [];

  const addAlias = (e: DocEntity, alias: string) => {
    const k = nameKey(alias);
    if (!k) return;
    if (!e.aliases.some((a) => nameKey(a) === k) && k !== nameKey(e.name)) e.aliases.push(alias);
    if (!aliasToKey.has(k)) aliasToKey.set(k, e.key);
  };
  const addRole = (e: DocEntity, role: string) => {
    const r = role
      .replace(/^(the|a|an)\s+/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    // "Ms", "Dr": a form of address says nothing of what the person does.
    if (ADDRESS_ONLY.test(r)) return;
    if (r && !e.roles.some((x) => x.toLowerCase() === r.toLowerCase())) e.roles.push(r);
  };

  // Entities in creation order with their key's words, for the surname look-ups.
  const created: KeyedEntity[] = [];
  mentionsBySentence.forEach((mentions, si) => {
    const out: ResolvedMention[] = [];
    for (const m of mentions) {
      const e = findOrCreate(m, entities, aliasToKey, created);
      if (e.type === 'other' && m.type !== 'other') e.type = m.type;
      addAlias(e, m.name);
      if (m.text !== m.name) addAlias(e, m.text.replace(/^(the|a|an)\s+/i, ''));
      if (m.acronym) addAlias(e, m.acronym);
      if (m.role) {
        addRole(e, m.role);
        if (e.type === 'other') e.type = 'person';
      }
      const apposition =
        appositiveRole(sentences[si]!.tokens, m.last, text) ?? roleBefore(sentences[si]!.tokens, m.first, m.last, text);
      if (apposition) {
        addRole(e, apposition);
        if (e.type === 'other') e.type = 'person';
      }
      e.mentions.push({ start: m.start, end: m.end, text: m.text, sentence: si });
      // Built field by field: spreading a mention costs more than the rest of this loop.
      const r: ResolvedMention = {
        start: m.start,
        end: m.end,
        text: m.text,
        name: m.name,
        type: m.type,
        first: m.first,
        last: m.last,
        entity: e.key,
        sentence: si,
      };
      if (m.role !== undefined) r.role = m.role;
      if (m.acronym !== undefined) r.acronym = m.acronym;
      out.push(r);
    }
    resolved.push(out);
  });

  mergeSurnamesIntroducedLater(entities, created, resolved);
  mergeAcronymsOfNames(entities, resolved);
  for (const e of entities.values()) if (e.type === 'other') e.type = 'group';
  return { entities: [...entities.values()], resolved };
}

interface KeyedEntity {
  entity: DocEntity;
  words: string[];
}

function findOrCreate(
  m: Mention,
  entities: Map<string, DocEntity>,
  aliasToKey: Map<string, string>,
  created: KeyedEntity[],
): DocEntity {
  const bare = m.name.toLowerCase().replace(/^the\s+/, '');
  const country = COUNTRY_BY_NAME.get(bare) ?? (m.type === 'place' ? COUNTRY_BY_DEMONYM.get(bare) : undefined);
  const name = country ?? m.name;
  const k = nameKey(name);
  const known = aliasToKey.get(k) ?? (m.acronym ? aliasToKey.get(nameKey(m.acronym)) : undefined);
  if (known) return entities.get(known)!;
  const words = k.split(' ');
  if (m.type === 'person' || m.type === 'other') {
    // The latest entity first: "Smith" is the Smith named last.
    for (let i = created.length - 1; i >= 0; i--) {
      const { entity: e, words: ew } = created[i]!;
      if (e.type !== 'person' && e.type !== 'other') continue;
      if (ew.length > words.length && (endsWith(ew, words) || startsWith(ew, words))) return e;
    }
  }
  // "Brightwater" after "Brightwater Energy": the name before an organisation's word is its
  // short name; a club's is its last word too ("Rovers" after "Ashby Rovers").
  if (words.length === 1 && m.type !== 'place')
    for (let i = created.length - 1; i >= 0; i--) {
      const { entity: e, words: ew } = created[i]!;
      if (e.type !== 'organisation' || ew.length !== 2) continue;
      if ((ew[0] === words[0] && ORG_WORDS.has(ew[1]!)) || (ew[1] === words[0] && CLUB_WORDS.has(words[0]!))) return e;
    }
  const e: DocEntity = { key: k, name, type: country ? 'place' : m.type, aliases: [], roles: [], mentions: [] };
  // A new key: aliasToKey would have found an entity already keyed k.
  entities.set(k, e);
  created.push({ entity: e, words });
  aliasToKey.set(k, k);
  return e;
}

function endsWith(a: string[], b: string[]): boolean {
  return b.every((w, i) => a[a.length - b.length + i] === w);
}
function startsWith(a: string[], b: string[]): boolean {
  return b.length === 1 && a[0] === b[0] && a.length <= 3;
}

/** "Stanikzai" used before "Sher Mohammad Abbas Stanikzai" is introduced: fold the short entity in. */
function mergeSurnamesIntroducedLater(
  entities: Map<string, DocEntity>,
  created: KeyedEntity[],
  resolved: ResolvedMention[][],
): void {
  for (const { entity: short, words } of created) {
    if (short.type !== 'person' && short.type !== 'other') continue;
    // The first entity still standing, in creation order, whose name ends with the short one.
    const long = created.find(
      ({ entity: e, words: ew }) =>
        e !== short && e.type === 'person' && ew.length > words.length && endsWith(ew, words) && entities.has(e.key),
    )?.entity;
    if (!long) continue;
    long.mentions.push(...short.mentions);
    long.mentions.sort((a, b) => a.start - b.start);
    for (const a of [short.name, ...short.aliases])
      if (!long.aliases.includes(a) && nameKey(a) !== long.key) long.aliases.push(a);
    for (const r of short.roles) if (!long.roles.includes(r)) long.roles.push(r);
    entities.delete(short.key);
    for (const row of resolved) for (const m of row) if (m.entity === short.key) m.entity = long.key;
  }
}

/** Small words a name's initials skip: "Department for Education" is "DfE", "Bank of England" "BoE". */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du']);

/**
 * "BA" in an article that names "British Airways": an acronym written without its expansion in
 * brackets is the one name of the article whose words it abbreviates, and so no person: an
 * acronym names an organisation or a place.
 */
function mergeAcronymsOfNames(entities: Map<string, DocEntity>, resolved: ResolvedMention[][]): void {
  const initialsOf = (name: string) =>
    name
      .split(/[\s-]+/)
      .filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()))
      .map((w) => w[0]!.toLowerCase())
      .join('');
  for (const short of [...entities.values()]) {
    if (!/^[A-Z]{2,5}$/.test(short.name) || short.type === 'person') continue;
    const letters = short.name.toLowerCase();
    const matches = [...entities.values()].filter(
      (e) => e !== short && e.name.includes(' ') && initialsOf(e.name) === letters,
    );
    if (matches.length !== 1) continue;
    const long = matches[0]!;
    // What an acronym stands for is an organisation or a place, whatever the name's use guessed ("British Airways has blamed").
    if (long.type === 'person' || long.type === 'other')
      long.type = short.type === 'other' ? 'organisation' : short.type;
    long.mentions.push(...short.mentions);
    long.mentions.sort((a, b) => a.start - b.start);
    for (const a of [short.name, ...short.aliases])
      if (!long.aliases.includes(a) && nameKey(a) !== long.key) long.aliases.push(a);
    for (const r of short.roles) if (!long.roles.includes(r)) long.roles.push(r);
    entities.delete(short.key);
    for (const row of resolved) for (const m of row) if (m.entity === short.key) m.entity = long.key;
  }
}

const POSSESSIVE_PRONOUN = /^(its|their|his|her|our)$/i;

/** "Voltra's chief executive, Maria Lindqvist, said": a titled noun phrase set off before the name. */
function roleBefore(toks: Token[], first: number, last: number, text: string): string | null {
  // The name closes the apposition with a comma or ends the sentence: "..., the finance director, Ravi Shah."
  if (toks[first - 1]?.text !== ',' || !/^[,.;]$/.test(toks[last + 1]?.text ?? '')) return null;
  let k = first - 2;
  let sawTitle = false;
  // "managing director": a participle the tagger reads as a verb, inside the title.
  const participle = (t: Token, next: Token | undefined) =>
    t.pos === 'VERB' && /ing$/i.test(t.text) && next?.pos === 'NOUN';
  // "director of policy": a title's own "of" phrase, inside the title.
  const titlesOf = (t: Token, before: Token | undefined) =>
    t.text === 'of' && (before?.pos === 'NOUN' || before?.pos === 'PROPN') && TITLE_WORDS.has(before.lemma);
  while (
    k >= 0 &&
    (['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM'].includes(toks[k]!.pos) ||
      /^(’s|'s)$/.test(toks[k]!.text) ||
      participle(toks[k]!, toks[k + 1]) ||
      titlesOf(toks[k]!, toks[k - 1]) ||
      inHyphenatedWord(toks, k))
  ) {
    // "his brother-in-law, X": a relation names X by whom X is related to.
    if (TITLE_WORDS.has(toks[k]!.lemma) || RELATION_NOUNS.has(toks[k]!.lemma)) sawTitle = true;
    k--;
  }
  const start = k + 1;
  // Opened by a comma, a conjunction, an adverb, a preposition ("according to the finance director,
  // X") or a possessive pronoun ("Their health spokesman, X"), which the role leaves out.
  if (
    !sawTitle ||
    start > first - 2 ||
    (k >= 0 &&
      toks[k]!.text !== ',' &&
      toks[k]!.pos !== 'SCONJ' &&
      toks[k]!.pos !== 'ADV' &&
      toks[k]!.pos !== 'ADP' &&
      !POSSESSIVE_PRONOUN.test(toks[k]!.text))
  )
    return null;
  return text.slice(toks[start]!.start, toks[first - 2]!.end);
}

const ROLE_STOP = new Set([',', '.', ';', ':', '(', ')', '“', '”', '"', '—', '–']);

/**
 * The role in an apposition or relative clause right after a name:
 * "X, deputy head of the political office in Doha and it was ..." or "X, who is director of ...,".
 */
function appositiveRole(toks: Token[], last: number, text: string): string | null {
  let k = last + 1;
  if (toks[k]?.text !== ',') return null;
  k++;
  if (toks[k]?.lemma === 'who' && (toks[k + 1]?.lemma === 'be' || toks[k + 1]?.lemma === 'serve')) {
    k += 2;
    if (toks[k]?.lemma === 'as') k++;
  }
  const first = k;
  let sawTitle = false;
  while (k < toks.length && !ROLE_STOP.has(toks[k]!.text)) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PRON' && !POSSESSIVE.test(t.text))) break;
    if (t.pos === 'CCONJ' && (toks[k + 1]?.pos === 'PRON' || toks[k + 1]?.pos === 'AUX' || toks[k + 1]?.pos === 'VERB'))
      break;
    // "New Caledonia, Sir Ann Bell,": a form of address opens a name in apposition, no role.
    if (k - first < 5 && TITLE_WORDS.has(t.lemma) && !ADDRESS_ONLY.test(t.text)) sawTitle = true;
    k++;
  }
  if (!sawTitle || k === first || k - first > 20) return null;
  return text.slice(toks[first]!.start, toks[k - 1]!.end);
}
