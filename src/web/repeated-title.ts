// The headline repeated as the first block of the body: it is the document's title already, and
// kept as a paragraph it would be read (and answered from) twice.
import type { ArticleBlock } from './article-blocks.js';

const key = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function dropRepeatedTitle(blocks: ArticleBlock[], title: string | null): ArticleBlock[] {
  return title && blocks.length && key(blocks[0]!.text) === key(title) ? blocks.slice(1) : blocks;
}
