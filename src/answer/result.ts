// The one answer model every edge renders: terminal, --json and Discord.
import type { Span, TextSpan } from '../text/span.js';

export type CommandName = 'ask' | 'quote' | 'who' | 'search' | 'facts' | 'verify' | 'cite' | 'sources';
export const COMMAND_NAMES: readonly CommandName[] = [
  'ask',
  'quote',
  'who',
  'search',
  'facts',
  'verify',
  'cite',
  'sources',
];

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

/** What every answer carries, whatever the command (the --json shape is the same for all). */
interface Common {
  input: string;
  found: boolean;
  answer: string | null;
  citations: Citation[];
  quotes: QuoteView[];
  facts: FactView[];
  /** For a name that was not found: near names the store does know. */
  suggestions?: string[];
  /** A line for the user; always present when `found` is false. */
  message?: string;
}

/** The fields only some commands have; on the others they are absent, so any Result may be asked for them. */
interface Own {
  /** `verify`'s verdict. */
  verdict: Verdict;
  /** `verify`: with `close`, the claim's words the article words differently; with `misquote`, what the claim changes. */
  differences: Difference[];
  /** `who`: the profile, when the name was found. */
  entity: EntityView;
  /** `sources`: the documents loaded. */
  sources: SourceView[];
  /** Set when the input itself was unusable: edges exit non-zero. */
  error: true;
}

/** One command's result: the common fields, its own (`K` required, `O` optional), and the others' absent. */
type Variant<C, K extends keyof Own = never, O extends keyof Own = never> = Common & { command: C } & Pick<Own, K> &
  Partial<Pick<Own, O>> &
  Partial<Record<Exclude<keyof Own, K | O>, undefined>>;

export type AskResult = Variant<'ask'>;
export type QuoteResult = Variant<'quote'>;
export type WhoResult = Variant<'who', never, 'entity'>;
export type SearchResult = Variant<'search'>;
export type FactsResult = Variant<'facts'>;
export type VerifyResult = Variant<'verify', 'verdict', 'differences'>;
export type CiteResult = Variant<'cite'>;
export type SourcesResult = Variant<'sources', 'sources'>;
/** The sentences around a cited offset ("Show context"): the engine's context(), not a command. */
export type ContextResult = Variant<'context'>;
/**
 * Input that could not be used (empty, too long, an unknown --doc or command, a batch line that is
 * not JSON): nothing was answered (`found` false, `message` says why). `command` echoes what was asked for.
 */
export type InputErrorResult = Variant<string, 'error'>;

/** The one answer model every edge renders: one variant per command, told apart by `error`, then `command`. */
export type Result =
  | AskResult
  | QuoteResult
  | WhoResult
  | SearchResult
  | FactsResult
  | VerifyResult
  | CiteResult
  | SourcesResult
  | ContextResult
  | InputErrorResult;

/** For exhaustive switches over `command`: a new variant that is not handled fails to compile here. */
export function unhandled(result: never): never {
  throw new Error(`no renderer for ${(result as { command?: unknown }).command as string}`);
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
