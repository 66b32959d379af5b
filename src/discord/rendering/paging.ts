// Pages for "More answers", decided here and nowhere else: the page sizes, what the engine is
// asked for, the window shown, and whether a next page exists.
//
// Why here, at the edge, and not in the engine: the engine answers with the whole ranked list
// (ask, quote and facts give everything they found, capped), so the terminal, --json and the eval
// all see the same answer; a page is how a Discord reply (25 fields, 6,000 characters, a button
// that carries the next offset) shows it. Search is the one list the engine cannot give whole
// (every sentence matches a little; its index returns the top k), so for search this module asks
// the engine for the window itself, through the offset/limit every query takes (as the CLI's
// --offset/--limit do). Either way the renderer receives at most one item beyond the page, which
// only says that more exist.
import type { AskResult, FactsResult, QueryOptions, QuoteResult, Result } from '../../answer/result.js';
import type { PagedCommand } from '../handling/custom-id.js';

/** Items per page: an answer and two more passages; five quotes or passages; ten one-line facts. */
export const PAGE_SIZE: Record<PagedCommand, number> = { ask: 3, quote: 5, search: 5, facts: 10 };

/** The state a "More answers" button needs to fetch the next page. */
export interface Paging {
  command: PagedCommand;
  input: string;
  about?: string;
  doc?: string;
  offset: number;
  limit: number;
}

/** Commands whose engine call takes the window (see above). */
const ENGINE_PAGED: ReadonlySet<PagedCommand> = new Set(['search']);

/** The options to send the engine for this page. */
export function pageOptions(command: PagedCommand, offset: number, options: QueryOptions): QueryOptions {
  if (!ENGINE_PAGED.has(command)) return { ...options };
  return { ...options, offset, limit: PAGE_SIZE[command] + 1 };
}

/** The page at `offset` of the engine's result (plus one item, if any, to signal more), and its paging state. */
export function page(
  command: PagedCommand,
  offset: number,
  result: Result,
  query: { input: string; about?: string; doc?: string },
): { shown: Result; paging: Paging } {
  const paging: Paging = { command, ...query, offset, limit: PAGE_SIZE[command] };
  return { shown: windowOf(command, offset, result), paging };
}

function windowOf(command: PagedCommand, offset: number, result: Result): Result {
  if (ENGINE_PAGED.has(command) || result.error || !result.found || offset < 0) return result;
  const end = offset + PAGE_SIZE[command] + 1;
  const window = <T>(items: T[]): T[] => items.slice(offset, end);
  let paged: AskResult | QuoteResult | FactsResult;
  let empty: boolean;
  switch (result.command) {
    case 'ask':
      // Later pages are the next cited passages; the composed answer belongs to the first.
      paged = { ...result, citations: window(result.citations), answer: offset === 0 ? result.answer : null };
      empty = paged.citations.length === 0;
      break;
    case 'quote':
      paged = { ...result, quotes: window(result.quotes) };
      empty = paged.quotes.length === 0;
      break;
    case 'facts':
      paged = { ...result, facts: window(result.facts) };
      empty = paged.facts.length === 0;
      break;
    default:
      return result;
  }
  return empty && offset > 0 ? { ...paged, found: false, message: 'No more answers: that was the last page.' } : paged;
}

/** What a renderer shows of a paged list: the page, and whether the item beyond it says there is more. */
export function shownPage<T>(items: T[], paging: Paging | undefined): { shown: T[]; hasMore: boolean } {
  if (!paging) return { shown: items, hasMore: false };
  return { shown: items.slice(0, paging.limit), hasMore: items.length > paging.limit };
}
