// What every answer command reads: the loaded articles (corpus), their text index, and the
// opposites a yes/no answer may rest on. Built once per engine by createContext (create-engine.ts).
import type { Corpus } from '../corpus/corpus.js';
import type { TextIndex } from '../search/text-index.js';
import type { AntonymSource } from './antonyms.js';

export interface Context {
  corpus: Corpus;
  index: TextIndex;
  /** Opposites a yes/no answer may rest on ("guilty" / "innocent"); the built-in list when absent. */
  antonyms?: AntonymSource;
}
