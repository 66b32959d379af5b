// Turns the article element Readability kept into the blocks a document holds: headings stay
// headings, paragraphs, list items and quoted paragraphs each become one paragraph, in page order.
// Text is only ever taken from the page; nothing is reworded or moved.

export interface ArticleBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** Elements whose text forms a block of its own. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const HEADING = /^H[1-6]$/;
/** Never article text: captions and credits of pictures, embedded media, forms, scripts. */
const SKIP = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'SVG', 'IFRAME', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'CANVAS', 'FORM', 'NAV']);

/** Stands for a <br> until the block is split; a private-use character never met in page text. */
const BREAK = '\uE000';
const clean = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

export function articleBlocks(root: Element): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let line = '';
  let headingDepth = 0;
  const flush = (): void => {
    // Two line breaks in a row separate paragraphs on pages that write no <p>.
    for (const part of line.split(BREAK + BREAK)) {
      const text = clean(part.split(BREAK).join(' '));
      if (text) blocks.push({ kind: headingDepth > 0 ? 'heading' : 'paragraph', text });
    }
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      line = line.replace(/[\s\u00a0]+$/, '') + BREAK;
      return;
    }
    if (tag === 'IMG') return;
    const block = BLOCK.has(tag);
    if (block) flush();
    const heading = HEADING.test(tag);
    if (heading) headingDepth++;
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
    if (heading) headingDepth--;
  };
  walk(root);
  return blocks;
}
