// The public facade of the answer engine: the only thing the CLI and the bot talk to.
import type { CommandName, ContextResult, QueryOptions, Result } from './result.js';

export interface Choice {
  name: string;
  value: string;
}

export interface Engine {
  /** Runs any command by name; never throws: bad input comes back as a Result with error: true. */
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- names the commands though any string is taken (an unknown one comes back as an error)
  run(command: CommandName | string, input: string, options?: QueryOptions): Result;
  /** The sentences around a cited offset ("Show context"), as a Result whose citations are those sentences. */
  context(doc: string, start: number, around?: number): ContextResult;
  /** The entity a name most likely means (exact name or alias, a surname, or a near spelling), without building its profile: cheap enough to call per word. */
  resolveName(name: string): { name: string; type: string; aliases: string[] } | null;
  /** Autocomplete: every person, organisation and group, quoted or not (for /who); value is the canonical name. */
  suggestNames(partial: string, limit?: number): Choice[];
  /** Autocomplete: speakers (canonical names and aliases), fuzzy; value is the canonical name. */
  suggestSpeakers(partial: string, limit?: number): Choice[];
  /** Autocomplete: loaded documents by id or title; value is the document id. */
  suggestDocuments(partial: string, limit?: number): Choice[];
  /** Autocomplete for /cite: quotes and sentences; value is a quote id ("DOC:qN") or sentence ref ("s:DOC:START"). */
  suggestPassages(partial: string, limit?: number): Choice[];
  /** Builds the indexes made on first use (names, spelling) and takes the first practice steps, which compile most of the answer path: the first question then takes milliseconds, not a hundred. */
  warm(): void;
  /**
   * Endless practice for the JIT, one step per next(): questions made from the newest sentences
   * the way users type them (words left out, a typo, a question word), asked and searched, and
   * now and then a speaker looked up. The caller decides how long (see app/warm-up.ts).
   */
  practise(): Iterator<void>;
  stats(): { documents: number; sentences: number; quotes: number; entities: number };
}
