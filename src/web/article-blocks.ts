// Turns the article element Readability kept into the blocks a document holds: headings stay
// headings, paragraphs, list items and quoted paragraphs each become one paragraph, in page order.
// Text is only ever taken from the page; nothing is reworded or moved. What Readability keeps but
// is not the article is left out here: picture captions and credits, the header's byline and
// dates, ad and share boxes, and runs of links to other articles.

export interface ArticleBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** Elements whose text forms a block of its own. */
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'PRE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);
const HEADING = /^H[1-6]$/;
/** Never article text: captions of pictures, embedded media, forms, menus, scripts. */
const SKIP = new Set([
  'FIGCAPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'SVG',
  'IFRAME',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'FORM',
  'NAV',
]);
/**
 * Class or id words of boxes inside an article that hold no article text: pictures and their
 * captions, ads, share buttons, bylines and dates, related links, copyright lines.
 */
const BOILERPLATE_NAME =
  /(?:^|[-_\s])(?:photo|image|img|figure|caption|credit|gallery|slideshow|carousel|slider|swiper|rail|media|video|ad|ads|advert|advertisement|promo|related|newsletter|social|share|sharing|byline|dateline|timestamp|meta|breadcrumbs?|copyright|header|footer|tags|comments?)(?:[-_\s]|$)/i;
/** Pictures: a box holding one with only this much text of its own is the picture's caption and credit. */
const MAX_CAPTION_CHARS = 250;
/** Boxes that may be a picture's frame; a paragraph or quote with an inline picture (an emoji) is text. */
const FRAME = new Set(['DIV', 'SECTION', 'FIGURE', 'SPAN', 'ASIDE']);
/**
 * A box named like boilerplate is dropped only when it is this small a part of the article, so
 * a page that names its whole body oddly ("story-media-body") still keeps its body.
 */
const MAX_BOILERPLATE_SHARE = 0.25;
/** A short block whose text is mostly link text is a pointer to another article, not this one's words. */
const MAX_LINK_SHARE = 0.6;
/** Longer than this, a linked block is prose whose links are its own (a paragraph of headlines that each link on). */
const MAX_LINK_LIST_WORDS = 25;
/** Byline and time-stamp lines are short; a longer block that starts "By" or "Updated" is prose. */
const MAX_STAMP_WORDS = 12;
const STAMP = /^(?:by\s|published\b|updated\b|posted\b|last (?:updated|modified)\b|first published\b|©)/i;

/** Stands for a <br> until the block is split; a private-use character never met in page text. */
const BREAK = '\uE000';
const clean = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
const textLength = (el: Element): number => clean(el.textContent ?? '').length;

function isBoilerplateBox(el: Element, length: number): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'HEADER') return true;
  // Class names are written many ways ("InlineImage-imageEmbed", "article__media"): split camelCase into words.
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2');
  // A box around a quoted post (an embedded tweet) is named for the embed, but holds a quotation.
  if (el.querySelector('blockquote')) return false;
  if (BOILERPLATE_NAME.test(names)) return true;
  return FRAME.has(tag) && length <= MAX_CAPTION_CHARS && el.querySelector('img, picture') !== null;
}

/** Lower-case words a byline or time stamp may hold; any other ("By noon, the crowd had gone") makes it a sentence. */
const STAMP_WORDS = new Set([
  'ago',
  'hour',
  'hours',
  'minute',
  'minutes',
  'second',
  'seconds',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'updated',
  'published',
  'posted',
  'modified',
  'today',
  'yesterday',
]);

function isStamp(text: string): boolean {
  const words = text.split(' ');
  if (words.length > MAX_STAMP_WORDS || !STAMP.test(text)) return false;
  return words.slice(1).every((w) => {
    const word = w.replace(/[^\p{L}]/gu, '');
    return word.length < 4 || !/^\p{Ll}/u.test(word) || STAMP_WORDS.has(word);
  });
}

/**
 * A wrapper whose only content is a block quote is the quote: embedded posts come wrapped in
 * boxes named "social-embed" or "video-container", which Readability drops as unlikely content.
 * Unwrapping them first keeps the quoted words. Runs on the page before Readability.
 */
export function unwrapQuotes(doc: Document): void {
  for (const quote of Array.from(doc.querySelectorAll('blockquote'))) {
    let parent = quote.parentElement;
    while (
      parent?.tagName.toUpperCase() === 'DIV' &&
      Array.from(parent.children).every((c) => c === quote || c.tagName.toUpperCase() === 'SCRIPT')
    ) {
      parent.replaceWith(quote);
      parent = quote.parentElement;
    }
  }
}

export function articleBlocks(root: Element): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const rootLength = Math.max(1, textLength(root));
  let line = '';
  let linkChars = 0;
  let linkDepth = 0;
  let headingDepth = 0;
  // A quoted post (an embedded tweet) is the article quoting someone: its links and names stay.
  let quoteDepth = 0;
  const flush = (): void => {
    const whole = clean(line.split(BREAK).join(' '));
    const linky =
      quoteDepth === 0 &&
      whole.length > 0 &&
      linkChars / whole.length > MAX_LINK_SHARE &&
      whole.split(' ').length <= MAX_LINK_LIST_WORDS;
    // Two line breaks in a row separate paragraphs on pages that write no <p>.
    if (!linky) {
      for (const part of line.split(BREAK + BREAK)) {
        const text = clean(part.split(BREAK).join(' '));
        if (text && !isStamp(text)) blocks.push({ kind: headingDepth > 0 ? 'heading' : 'paragraph', text });
      }
    }
    line = '';
    linkChars = 0;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      line += text;
      if (linkDepth > 0) linkChars += clean(text).length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || tag === 'IMG') return;
    if (tag === 'BR') {
      line = line.replace(/[\s\u00a0]+$/, '') + BREAK;
      return;
    }
    if (el !== root && tag !== 'BLOCKQUOTE') {
      const length = textLength(el);
      if (length / rootLength <= MAX_BOILERPLATE_SHARE && isBoilerplateBox(el, length)) return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const heading = HEADING.test(tag);
    if (heading) headingDepth++;
    if (tag === 'A') linkDepth++;
    if (tag === 'BLOCKQUOTE') quoteDepth++;
    for (const child of Array.from(el.childNodes)) walk(child);
    if (tag === 'BLOCKQUOTE') quoteDepth--;
    if (tag === 'A') linkDepth--;
    if (block) flush();
    if (heading) headingDepth--;
  };
  walk(root);
  return blocks;
}
