// Wires the loaded records into an Engine: corpus, index, and the command dispatch.
import Fuse from 'fuse.js';
import { Corpus, type Quote } from '../corpus/corpus.js';
import { findEntities, prepareNameIndexes, suggestEntityNames, suggestSpeakerNames } from '../search/names.js';
import { TextIndex } from '../search/text-index.js';
import type { CorpusIndex, DocInfo } from '../store/corpus-index.js';
import type { DocContent } from '../store/schema.js';
import { anyOf, smallAntonyms } from './antonyms.js';
import type { Context } from './answer-context.js';
import { ask } from './ask.js';
import type { Choice, Engine } from './engine.js';
import { errorResult, inputProblem, typedText, withoutPaths } from './input.js';
import { facts } from './facts.js';
import { quote } from './quote.js';
import { who } from './who.js';
import { practiceQuestions } from './practice.js';
import { queryOf } from './question-query.js';
import { context, search, sources } from './passages.js';
import { COMMAND_NAMES, type CommandName, type QueryOptions, type Result } from './result.js';
import { cite, verify } from './verify.js';

const CHOICE_MAX = 100;
/** Past this many quotes and sentences, passages are suggested through the index (fuse.js scans every row). */
const PASSAGE_CHOICES_MAX = 20_000;
/**
 * Practice taken by warm() itself: the first steps compile most of the answer path (the first
 * one costs a hundred times the next); the bot goes on practising in the background (app/warm-up.ts).
 */
const WARM_STEPS = 3;
const WARM_SPEAKERS = 1;
/** Practice questions come from the newest sentences: the articles most asked about. */
const PRACTICE_SENTENCES = 200;
const clip = (s: string) => (s.length > CHOICE_MAX ? s.slice(0, CHOICE_MAX - 1) + '…' : s);

/** The corpus and its text index, as every command reads them. */
export function createContext(index: CorpusIndex, readDocument: (info: DocInfo) => DocContent): Context {
  const corpus = new Corpus(index, readDocument);
  // Opposites for yes/no answers: WordNet's, reduced to the articles' words, and a few it lacks.
  return { corpus, index: new TextIndex(corpus), antonyms: anyOf(smallAntonyms, (lemma) => corpus.antonymsOf(lemma)) };
}

/** An engine over a corpus index, reading each document's record through `readDocument` when needed. */
export function createEngine(index: CorpusIndex, readDocument: (info: DocInfo) => DocContent): Engine {
  const ctx = createContext(index, readDocument);
  const { corpus } = ctx;
  let passageFuse: Fuse<Choice> | null = null;

  const dispatch = (command: CommandName, input: string, options: QueryOptions): Result => {
    switch (command) {
      case 'ask':
        return ask(ctx, input, options);
      case 'quote':
        return quote(ctx, input, options);
      case 'who':
        return who(ctx, input, options);
      case 'search':
        return search(ctx, input, options);
      case 'facts':
        return facts(ctx, input, options);
      case 'verify':
        return verify(ctx, input, options);
      case 'cite':
        return cite(ctx, input, options);
      case 'sources':
        return sources(ctx);
    }
  };

  const lookUpSpeaker = (name: string) => {
    for (let n = 1; n <= name.length; n++) engine.suggestSpeakers(name.slice(0, n));
    engine.run('quote', name);
    engine.run('who', name);
  };

  const engine: Engine = {
    run(command, rawInput, rawOptions = {}) {
      const input = typedText(typeof rawInput === 'string' ? rawInput : String(rawInput ?? ''));
      const about = typeof rawOptions.about === 'string' ? typedText(rawOptions.about) : rawOptions.about;
      // An article chosen from autocomplete may come as its docRef (a hash of an over-long id).
      const doc =
        typeof rawOptions.doc === 'string' ? (corpus.resolveDoc(rawOptions.doc) ?? rawOptions.doc) : rawOptions.doc;
      const options = { ...rawOptions, about, doc };
      if (!COMMAND_NAMES.includes(command as CommandName))
        return errorResult(
          String(command),
          input,
          `Unknown command “${String(command).slice(0, 40)}”. Commands: ${COMMAND_NAMES.join(', ')}.`,
        );
      const problem = inputProblem(
        command,
        input,
        options,
        (id) => corpus.docById.has(id),
        () => corpus.docs.map((d) => d.id),
      );
      if (problem) return errorResult(command, input, problem);
      if (!corpus.docs.length)
        return errorResult(command, input, 'No articles are loaded: add .txt or .md files to the seeds folder.');
      try {
        return dispatch(command as CommandName, input.trim(), options);
      } catch (e) {
        return errorResult(
          command,
          input,
          `Something went wrong answering this (${withoutPaths((e as Error).message).slice(0, 200)}).`,
        );
      }
    },
    context: (doc, start, around) => context(ctx, doc, start, around),
    resolveName(name) {
      const e = findEntities(corpus, name.slice(0, 100), 1)[0];
      return e ? { name: e.name, type: e.type, aliases: e.aliases } : null;
    },
    suggestNames: (partial, limit = 25) =>
      suggestEntityNames(corpus, partial, limit).map((c) => ({ name: clip(c.name), value: clip(c.value) })),
    suggestSpeakers: (partial, limit = 25) =>
      suggestSpeakerNames(corpus, partial, limit).map((c) => ({ name: clip(c.name), value: clip(c.value) })),
    suggestDocuments(partial, limit = 25) {
      const p = partial.toLowerCase();
      return corpus.docs
        .filter((d) => !p || d.id.toLowerCase().includes(p) || d.title.toLowerCase().includes(p))
        .slice(0, limit)
        .map((d) => ({
          name: clip(`${d.title}${d.meta.date ? ` (${d.meta.date})` : ''}`),
          value: corpus.docRef(d.id),
        }));
    },
    suggestPassages(partial, limit = 25) {
      // Values carry the document as a docRef: a long id, clipped, would name no article.
      const quoteValue = (q: Quote): string => q.id.replace(q.docId, corpus.docRef(q.docId));
      const quoteChoice = (q: Quote): Choice => ({
        name: clip(`${q.speakerId ? corpus.entityById.get(q.speakerId)?.name + ': ' : ''}${q.text}`),
        value: quoteValue(q),
      });
      const sentenceChoice = (gid: number): Choice => {
        const r = corpus.sentence(gid);
        return { name: clip(corpus.sentenceText(gid)), value: `s:${corpus.docRef(r.doc.id)}:${r.s.start}` };
      };
      if (!partial.trim())
        return Array.from({ length: Math.min(limit, corpus.quoteCount) }, (_, i) => ({
          name: clip(corpus.quote(i).text),
          value: quoteValue(corpus.quote(i)),
        }));
      if (corpus.quoteCount + corpus.sentenceCount > PASSAGE_CHOICES_MAX) {
        // fuse.js would scan every row at each keystroke: the index finds the passages instead.
        const hits = ctx.index.search(
          queryOf(partial.slice(0, 100), corpus, ctx.index).terms,
          corpus.gidRange(),
          limit,
        );
        return hits
          .flatMap((h) =>
            corpus.quotesIn(h.gid).length ? corpus.quotesIn(h.gid).map(quoteChoice) : [sentenceChoice(h.gid)],
          )
          .slice(0, limit);
      }
      passageFuse ??= new Fuse(
        [
          ...Array.from({ length: corpus.quoteCount }, (_, i) => quoteChoice(corpus.quote(i))),
          ...Array.from({ length: corpus.sentenceCount }, (_, g) => sentenceChoice(g)),
        ],
        { keys: ['name'], threshold: 0.45, ignoreLocation: true },
      );
      return passageFuse.search(partial.slice(0, 100), { limit }).map((h) => h.item);
    },
    warm() {
      prepareNameIndexes(corpus);
      ctx.index.prepareSpelling();
      ctx.index.prepareTermStatistics();
      ctx.index.prepareStems();
      // The answer path, wink's tokeniser above all, runs several times slower until the JIT has
      // seen it at work: the first practice steps warm it before the first user's question.
      const steps = engine.practise();
      for (let n = 0; n < WARM_STEPS && !steps.next().done; n++);
      // And the speaker lookups: autocomplete as a name is typed, quotes, profiles.
      for (const e of corpus.speakers.slice(0, WARM_SPEAKERS)) lookUpSpeaker(e.name);
    },
    *practise() {
      const sentences = Math.min(PRACTICE_SENTENCES, corpus.sentenceCount);
      let asked = 0;
      // Warming up must never stop the bot from starting: run() turns any failure, such as a
      // record damaged on disk, into a message, and an unreadable sentence is skipped.
      for (const question of practiceQuestions(sentences, (gid) => corpus.sentenceText(gid))) {
        engine.run('ask', question);
        engine.run('search', question);
        asked++;
        if (asked % 10 === 0 && corpus.speakers.length)
          lookUpSpeaker(corpus.speakers[(asked / 10) % Math.min(20, corpus.speakers.length)]!.name);
        yield;
      }
    },
    stats: () => ({
      documents: corpus.docs.length,
      sentences: corpus.sentenceCount,
      quotes: corpus.quoteCount,
      entities: corpus.entities.length,
    }),
  };
  return engine;
}
