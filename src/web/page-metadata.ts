// A page's own statement of what it is: headline, publication date, authors, canonical address
// and site name, read from JSON-LD (NewsArticle/Article and kin), Open Graph and `article:` meta
// tags, <time datetime>, then the page's <title>. The publisher's structured data comes first
// because it is written for machines; visible text is the fallback.

export interface PageMetadata {
  title: string | null;
  /** ISO `YYYY-MM-DD` as the page states it (no time-zone shift). */
  date: string | null;
  authors: string[];
  url: string | null;
  siteName: string | null;
}

/** Minimal DOM surface read here, satisfied by linkedom's document. */
type Doc = Document;

/** schema.org types that describe an article or its page: Article and its kin (NewsArticle, BlogPosting, Report…), any *WebPage. */
const ARTICLE_TYPE = /(?:Article|Posting|Report|WebPage)$/;
/** The plain string fields read from a JSON-LD script that is not valid JSON (publishers ship those too). */
const LENIENT_FIELDS = ['@type', 'headline', 'datePublished', 'dateCreated', 'url'];

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : null;

/** Every object in the JSON-LD scripts, @graph members and nested arrays flattened. */
function jsonLdObjects(doc: Doc): Json[] {
  const out: Json[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObj(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) walk(v['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const raw = (script.textContent ?? '').trim().replace(/^<!--|-->$/g, '');
    try {
      walk(JSON.parse(raw));
    } catch {
      // Broken JSON-LD (an unescaped quote in a description, a trailing comma): its simple
      // fields are still the publisher's statement, so they are read one by one.
      const o: Json = {};
      for (const key of LENIENT_FIELDS) {
        const m = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(raw);
        if (m) o[key] = m[1];
      }
      if (Object.keys(o).length > 1) out.push(o);
    }
  }
  return out;
}

const typesOf = (o: Json): string[] =>
  (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string');

/** The article object: the first of an article type, preferring a news or blog article over a bare WebPage. */
function articleObject(objects: Json[]): Json | null {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  return articles.find((o) => !typesOf(o).every((t) => t === 'WebPage')) ?? articles[0] ?? null;
}

function names(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObj(v)) return str(v.name) ? [str(v.name)!] : [];
  const s = str(v);
  return s && !/^https?:/i.test(s) ? [s] : [];
}

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}" i]`);
      const v = str(el?.getAttribute('content'));
      if (v) return v;
    }
  }
  return null;
}

/** `2021-03-04T10:00:00-05:00` → `2021-03-04`: the date as the publisher wrote it, in its own zone. */
export function isoDay(raw: string | null): string | null {
  if (!raw) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(raw.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
  }
  // Other spellings ("March 4, 2021", RFC 2822); only a plain calendar date is taken.
  if (!/\d{4}/.test(raw)) return null;
  const parsed = Date.parse(raw);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function pageMetadata(doc: Doc, pageUrl: string | null = null): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article = articleObject(ld);
  const publisher = article && isObj(article.publisher) ? article.publisher : null;
  const site = ld.find((o) => typesOf(o).includes('WebSite'));

  const title =
    str(article?.headline) ??
    meta(doc, 'og:title', 'twitter:title') ??
    str(doc.querySelector('h1')?.textContent) ??
    str(doc.querySelector('title')?.textContent);

  const timeEl = doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
  const date =
    isoDay(str(article?.datePublished)) ??
    isoDay(
      meta(
        doc,
        'article:published_time',
        'og:published_time',
        'datePublished',
        'date',
        'dc.date',
        'dcterms.created',
        'pubdate',
        'publish-date',
        'sailthru.date',
        'parsely-pub-date',
      ),
    ) ??
    isoDay(str(article?.dateCreated)) ??
    isoDay(str(timeEl?.getAttribute('datetime')));

  let authors = names(article?.author);
  if (!authors.length) {
    const m = meta(doc, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author');
    if (m && !/^https?:/i.test(m)) authors = [m.replace(/^by\s+/i, '')];
  }
  authors = [...new Set(authors)];

  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? null;
  const url =
    absolute(canonical, pageUrl) ??
    absolute(meta(doc, 'og:url'), pageUrl) ??
    absolute(str(article?.url), pageUrl) ??
    absolute(pageUrl, null);

  const siteName = meta(doc, 'og:site_name', 'application-name') ?? str(publisher?.name) ?? str(site?.name) ?? null;
  return { title, date, authors, url, siteName };
}
