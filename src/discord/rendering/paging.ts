// Pages for "More answers". The engine pages `search` itself (offset/limit); for ask, quote and
// facts it returns the whole ranked list, so the bot shows a window of it. Either way the
// renderer receives at most one item beyond the page, which only says that more exist.
import type { QueryOptions, Result } from '../../answer/result.js';
import type { PagedCommand } from '../handling/custom-id.js';

export const PAGE_SIZE: Record<PagedCommand, number> = { ask: 3, quote: 5, search: 5, facts: 10 };

const ENGINE_PAGED: ReadonlySet<PagedCommand> = new Set(['search']);

/** The options to send the engine for this page. */
export function pageOptions(command: PagedCommand, offset: number, options: QueryOptions): QueryOptions {
  if (!ENGINE_PAGED.has(command)) return { ...options };
  return { ...options, offset, limit: PAGE_SIZE[command] + 1 };
}

/** The page window of the engine's result (plus one item, if any, to signal more). */
export function pageResult(command: PagedCommand, offset: number, result: Result): Result {
  if (ENGINE_PAGED.has(command) || !result.found || offset < 0) return result;
  const end = offset + PAGE_SIZE[command] + 1;
  const window = <T>(items: T[]): T[] => items.slice(offset, end);
  let paged: Result;
  switch (command) {
    case 'ask':
      // Later pages are the next cited passages; the composed answer belongs to the first.
      paged = { ...result, citations: window(result.citations), answer: offset === 0 ? result.answer : null };
      break;
    case 'quote':
      paged = { ...result, quotes: window(result.quotes) };
      break;
    case 'facts':
      paged = { ...result, facts: window(result.facts) };
      break;
    default:
      return result;
  }
  const empty = command === 'ask' ? paged.citations.length === 0 : command === 'quote' ? paged.quotes.length === 0 : paged.facts.length === 0;
  return empty && offset > 0 ? { ...paged, found: false, message: 'No more answers: that was the last page.' } : paged;
}
