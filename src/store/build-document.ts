// Builds one document's record: parse, annotate, extract. Pure and synchronous, so it can run
// in worker threads and be tested without files.
import type { SourceFile } from '../documents/read.js';
import { parseDocument } from '../documents/parse.js';
import { annotate, type AnnotatedSentence } from '../nlp/annotate.js';
import { isolated } from '../nlp/wink.js';
import { resolveEntities } from '../extract/entities.js';
import { extractFacts } from '../extract/facts.js';
import { findMentions, isCapitalised } from '../extract/mentions.js';
import { extractQuotes } from '../extract/quotes.js';
import { REFERENT_MARK, referents } from '../extract/referents.js';
import { CONTINUES_MARK, continuations } from '../extract/continuation.js';
import { SUBJECT_MARK, subjectReferences } from '../extract/subject-reference.js';
import { digitGroups, isContentTerm } from '../extract/lexicon.js';
import type { DocRecord, StoredMention, StoredSentence } from './schema.js';
import { column, columnValue, encodeSpans } from './stored-tokens.js';

/** The same record whatever was built before it, in whichever thread. */
export function buildDocument(file: Pick<SourceFile, 'id' | 'path' | 'text' | 'fingerprint'>): DocRecord {
  return isolated(() => build(file));
}

function build(file: Pick<SourceFile, 'id' | 'path' | 'text' | 'fingerprint'>): DocRecord {
  const { text } = file;
  const parsed = parseDocument(text);
  const headings: DocRecord['headings'] = [];
  const paragraphs: DocRecord['paragraphs'] = [];
  const sentences: AnnotatedSentence[] = [];
  const paragraphOf: number[] = [];
  const nInParagraph: number[] = [];
  for (const block of parsed.blocks) {
    if (block.kind === 'heading') {
      headings.push({ text: text.slice(block.start, block.end).trim(), start: block.start, end: block.end });
      continue;
    }
    const p = paragraphs.length;
    paragraphs.push({ start: block.start, end: block.end, heading: headings[headings.length - 1]?.text ?? null });
    annotate(text, block.start, block.end).forEach((s, n) => {
      sentences.push(s);
      paragraphOf.push(p);
      nInParagraph.push(n + 1);
    });
  }

  const knownNames = new Set<string>();
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.pos === 'PROPN' && isCapitalised(t) && !STARTS_WITH_PUNCTUATION.test(toks[i - 1]!.text))
        knownNames.add(t.text.toLowerCase());
    }
    // "Brightwater Energy has admitted ...": a sentence opening with two names in a row opens
    // with a name, so the first alone later opening a sentence ("Brightwater, which ...") is
    // that name's short form, not a capitalised common word.
    const [first, second] = toks;
    if (first?.pos === 'PROPN' && second?.pos === 'PROPN' && isCapitalised(first) && isCapitalised(second))
      knownNames.add(first.text.toLowerCase());
  }
  const found = sentences.map((s) => findMentions(s, text, { knownNames }));
  const { entities, resolved } = resolveEntities(sentences, found, text);
  const quotes = extractQuotes({ text, sentences, paragraphOf, paragraphs, mentions: resolved, entities });
  const facts = extractFacts(sentences, resolved, text);

  const title = parsed.meta.title ?? headings[0]?.text ?? file.id;
  // A sentence about the article's subject that does not name it ("Her death ...") holds its name too.
  const subjectOf = subjectReferences(title, sentences, paragraphOf);
  // So does one that goes on about someone named before ("The 47-year-old was appointed ...").
  const referentOf = referents(sentences, resolved, entities);
  // One that opens by pointing back ("It rises 90 metres.") goes on about what the one before named.
  const continuing = continuations(sentences);
  const stored: StoredSentence[] = sentences.map((s, i) =>
    storeSentence(s, paragraphOf[i]!, nInParagraph[i]!, [
      ...(subjectOf.get(i) ?? []).map((st) => SUBJECT_MARK + st),
      ...(referentOf.get(i) ?? []).map((st) => REFERENT_MARK + st),
      ...(continuing.has(i) ? [CONTINUES_MARK] : []),
    ]),
  );
  const mentions: StoredMention[] = [];
  for (const row of resolved)
    for (const m of row)
      mentions.push({
        start: m.start,
        end: m.end,
        text: m.text,
        name: m.name,
        entity: m.entity,
        type: m.type,
        sentence: m.sentence,
        first: m.first,
        last: m.last,
      });
  return {
    id: file.id,
    path: file.path,
    fingerprint: file.fingerprint,
    title,
    meta: parsed.meta,
    text,
    headings,
    paragraphs,
    sentences: stored,
    mentions,
    entities,
    quotes,
    facts,
  };
}

function storeSentence(s: AnnotatedSentence, paragraph: number, n: number, referred: string[]): StoredSentence {
  const toks = s.tokens;
  const ents: [number, number, string][] = [];
  const words = new Array<string>(toks.length);
  const pos = new Array<string>(toks.length);
  const lemmas = new Array<string>(toks.length);
  const stems = new Array<string>(toks.length);
  const terms: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    words[i] = columnValue(t.text);
    pos[i] = t.pos;
    lemmas[i] = columnValue(t.lemma);
    stems[i] = columnValue(t.stem);
    if (isContentTerm(t.stem, t.pos)) terms.push(stems[i]!, ...digitGroups(t.text));
    if (!t.ent) continue;
    const last = ents[ents.length - 1];
    if (last?.[1] === i - 1 && last[2] === t.ent) last[1] = i;
    else ents.push([i, i, t.ent]);
  }
  terms.push(...referred);
  return {
    start: s.start,
    end: s.end,
    paragraph,
    n,
    words: column(words),
    pos: column(pos),
    lemmas: column(lemmas),
    stems: column(stems),
    spans: encodeSpans(toks, s.start),
    terms: terms.join(' '),
    ents,
  };
}

const STARTS_WITH_PUNCTUATION = /^[\p{P}]/u;
