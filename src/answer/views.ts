// Turns store records into the answer model's citations, quotes and facts.
import { isoOfDatePhrase } from '../text/dates.js';
import type { Corpus, Entity, Fact, Quote } from '../corpus/corpus.js';
import type { Citation, EntityView, FactView, QuoteView } from './result.js';

export function citation(corpus: Corpus, gid: number, score: number): Citation {
  const ref = corpus.sentence(gid);
  return {
    doc: ref.doc.id,
    title: ref.doc.title,
    date: ref.doc.meta.date,
    paragraph: ref.s.paragraph + 1,
    sentence: ref.s.n,
    start: ref.s.start,
    end: ref.s.end,
    text: ref.doc.text.slice(ref.s.start, ref.s.end),
    score: Math.round(score * 1000) / 1000,
  };
}

export function quoteView(corpus: Corpus, q: Quote): QuoteView {
  const speaker = q.speakerId ? (corpus.entityById.get(q.speakerId)?.name ?? null) : q.speakerText;
  return {
    id: q.id,
    kind: q.kind,
    text: q.text,
    start: q.start,
    end: q.end,
    doc: q.docId,
    paragraph: corpus.paragraphOf(q.gid) + 1,
    speaker,
    speakerMention: q.speakerMention,
    cue: q.cue,
    quoted: q.quoted ?? [],
  };
}

/** The article writes "that" just before a reported quote's words ("denied that ..."). */
export function thatWritten(corpus: Corpus, q: Quote): boolean {
  const ref = corpus.sentence(q.gid);
  return /\bthat\s*$/i.test(ref.doc.text.slice(Math.max(ref.s.start, q.start - THAT_REACH), q.start));
}

/** Characters before a quote in which its "that" is looked for: the word and its spaces. */
const THAT_REACH = 8;

export function factView(corpus: Corpus, f: Fact): FactView {
  const ref = corpus.sentence(f.gid);
  // Dates are given normalised ("September 2019" -> "2019-09") where the text allows.
  const when = f.when ? (isoOfDatePhrase(f.when) ?? f.when) : null;
  return {
    subject: f.subject,
    relation: f.relation,
    object: f.object,
    frame: f.frame ?? null,
    when,
    where: f.where,
    doc: f.docId,
    paragraph: ref.s.paragraph + 1,
    sentence: ref.s.n,
  };
}

export function entityView(corpus: Corpus, e: Entity, doc?: string): EntityView {
  const roles = e.roles.filter((r) => !doc || r.doc === doc).map((r) => r.text);
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    roles: [...new Set(roles)],
    mentions: corpus.mentionsOf(e, doc).length,
    docs: e.docs,
  };
}
