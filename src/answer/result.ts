// The one answer model every edge renders: terminal, --json and Discord.
import type { Span, TextSpan } from '../text/span.js';

export type CommandName = 'ask' | 'quote' | 'who' | 'search' | 'facts' | 'verify' | 'cite' | 'sources';
export const COMMAND_NAMES: readonly CommandName[] = ['ask', 'quote', 'who', 'search', 'facts', 'verify', 'cite', 'sources'];

export interface Citation {
  doc: string;
  title: string;
  date: string | null;
  /** 1-based paragraph number among the document's text paragraphs (headings not counted). */
  paragraph: number;
  /** 1-based sentence number within that paragraph. */
  sentence: number;
  /** Character offsets into the document text exactly as read from disk. */
  start: number;
  end: number;
  /** The cited sentence, verbatim. */
  text: string;
  score: number;
}

export interface QuoteView {
  id: string;
  /** `direct`: words in quotation marks; `mixed`: a reported clause holding quoted words; `reported`: none. */
  kind: 'direct' | 'mixed' | 'reported';
  text: string;
  start: number;
  end: number;
  doc: string;
  paragraph: number;
  /** Canonical name of the resolved speaker, or null when the text does not say. */
  speaker: string | null;
  speakerMention: TextSpan | null;
  cue: string | null;
  /** Offsets of the words inside quotation marks (marks excluded); empty for reported speech. */
  quoted: Span[];
}

/** One way a claimed quote departs from the article: what the claim has, what the article has. */
export interface Difference {
  kind: 'negation' | 'number' | 'name' | 'date' | 'word' | 'hedge' | 'speaker';
  claimed: string | null;
  article: string | null;
  /** The change in words, for people: "13 weeks → 26 weeks", "drops a hedge: “perhaps”". */
  note: string;
}

export interface FactView {
  subject: string;
  relation: string;
  object: string;
  /** The article's words that frame the fact and change how sure it is ("it does not mean that", "perhaps"), or null. */
  frame: string | null;
  when: string | null;
  where: string | null;
  doc: string;
  paragraph: number;
  sentence: number;
}

export interface EntityView {
  id: string;
  name: string;
  type: 'person' | 'organisation' | 'place' | 'group' | 'date' | 'other';
  aliases: string[];
  roles: string[];
  mentions: number;
  docs: string[];
}

export interface SourceView {
  doc: string;
  title: string;
  date: string | null;
  url: string | null;
  source: string | null;
  author: string | null;
  paragraphs: number;
  sentences: number;
  quotes: number;
  entities: number;
}

export type Verdict = 'exact' | 'close' | 'misquote' | 'absent';

export interface Result {
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- names the commands though any string is taken
  command: CommandName | string;
  input: string;
  found: boolean;
  answer: string | null;
  citations: Citation[];
  quotes: QuoteView[];
  facts: FactView[];
  /** Only for `verify`. */
  verdict?: Verdict;
  /** For `verify`: with `close`, the claim's words the article words differently; with `misquote`, what the claim changes. */
  differences?: Difference[];
  /** For `who`: the profile. */
  entity?: EntityView;
  /** For `sources`. */
  sources?: SourceView[];
  /** For a name that was not found: near names the store does know. */
  suggestions?: string[];
  /** A line for the user; always present when `found` is false. */
  message?: string;
  /** Set when the input itself was unusable (empty, too long, unknown --doc): edges exit non-zero. */
  error?: boolean;
}

export interface QueryOptions {
  /** Limit the answer to one document id. */
  doc?: string;
  /** For `quote`: only quotes about this topic. */
  about?: string;
  /** For paginated lists (search, more answers): how many to skip and how many to give. */
  offset?: number;
  limit?: number;
}
