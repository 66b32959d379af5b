// What an import did, shared by the JSON-lines and folder importers.

export interface ImportOptions {
  /** Called with one line per problem; the import goes on. Defaults to console.warn. */
  onWarning?: (message: string) => void;
  /** Stop after this many articles (benchmarks import corpus prefixes). */
  limit?: number;
  /** A `source:` line for articles that do not name their own. */
  source?: string;
}

export interface ImportSummary {
  articles: number;
  written: number;
  unchanged: number;
  skipped: number;
}

export const emptySummary = (): ImportSummary => ({ articles: 0, written: 0, unchanged: 0, skipped: 0 });
