// What Readability keeps but is not the article: the headline repeated at the top of the body.

import type { ArticleBlock } from './article-blocks.js';

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function trimBoilerplate(blocks: ArticleBlock[], title: string | null): ArticleBlock[] {
  const out = [...blocks];
  // The headline is the document's title already; repeated as the first block it would be read twice.
  if (title && out.length && key(out[0]!.text) === key(title)) out.shift();
  return out;
}
