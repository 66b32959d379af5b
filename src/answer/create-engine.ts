// Wires the loaded records into an Engine: corpus, index, and the command dispatch.
import Fuse from 'fuse.js';
import { Corpus } from '../search/corpus.js';
import { suggestSpeakerNames } from '../search/names.js';
import { TextIndex } from '../search/text-index.js';
import type { CorpusIndex, DocInfo } from '../store/corpus-index.js';
import type { DocRecord } from '../store/schema.js';
import { ask, type Context } from './ask.js';
import type { Choice, Engine } from './engine.js';
import { errorResult, inputProblem } from './input.js';
import { facts, quote, who } from './lookups.js';
import { context, search, sources } from './passages.js';
import { COMMAND_NAMES, type CommandName, type QueryOptions, type Result } from './result.js';
import { cite, verify } from './verify.js';

const CHOICE_MAX = 100;
/** Sentences offered as passages to autocomplete; past this only quotes are (fuse.js scans every row). */
const PASSAGE_CHOICES_MAX = 20_000;
const clip = (s: string) => (s.length > CHOICE_MAX ? s.slice(0, CHOICE_MAX - 1) + '…' : s);

/** An engine over a corpus index, reading each document's record through `readDocument` when needed. */
export function createEngine(index: CorpusIndex, readDocument: (info: DocInfo) => DocRecord): Engine {
  const corpus = new Corpus(index, readDocument);
  const ctx: Context = { corpus, index: new TextIndex(corpus) };
  let passageFuse: Fuse<Choice> | null = null;

  const dispatch = (command: CommandName, input: string, options: QueryOptions): Result => {
    switch (command) {
      case 'ask': return ask(ctx, input, options);
      case 'quote': return quote(ctx, input, options);
      case 'who': return who(ctx, input, options);
      case 'search': return search(ctx, input, options);
      case 'facts': return facts(ctx, input, options);
      case 'verify': return verify(ctx, input, options);
      case 'cite': return cite(ctx, input, options);
      case 'sources': return sources(ctx);
    }
  };

  return {
    run(command, rawInput, options = {}) {
      const input = typeof rawInput === 'string' ? rawInput : String(rawInput ?? '');
      if (!COMMAND_NAMES.includes(command as CommandName)) return errorResult(String(command), input, `Unknown command “${String(command).slice(0, 40)}”. Commands: ${COMMAND_NAMES.join(', ')}.`);
      const problem = inputProblem(command, input, options, (id) => corpus.docById.has(id), () => corpus.docs.map((d) => d.id));
      if (problem) return errorResult(command, input, problem);
      if (!corpus.docs.length) return errorResult(command, input, 'No articles are loaded: add .txt or .md files to the seeds folder.');
      try {
        return dispatch(command as CommandName, input.trim(), options);
      } catch (e) {
        return errorResult(command, input, `Something went wrong answering this (${(e as Error).message.slice(0, 200)}).`);
      }
    },
    context: (doc, start, around) => context(ctx, doc, start, around),
    suggestSpeakers: (partial, limit = 25) => suggestSpeakerNames(corpus, partial, limit).map((c) => ({ name: clip(c.name), value: clip(c.value) })),
    suggestDocuments(partial, limit = 25) {
      const p = partial.toLowerCase();
      return corpus.docs.filter((d) => !p || d.id.toLowerCase().includes(p) || d.title.toLowerCase().includes(p)).slice(0, limit)
        .map((d) => ({ name: clip(`${d.title}${d.meta.date ? ` (${d.meta.date})` : ''}`), value: clip(d.id) }));
    },
    suggestPassages(partial, limit = 25) {
      if (!passageFuse) {
        const rows: Choice[] = corpus.quotes.map((q) => ({ name: clip(`${q.speakerId ? corpus.entityById.get(q.speakerId)?.name + ': ' : ''}${q.text}`), value: q.id }));
        if (corpus.sentenceCount <= PASSAGE_CHOICES_MAX) for (let g = 0; g < corpus.sentenceCount; g++) {
          const r = corpus.sentence(g);
          rows.push({ name: clip(corpus.sentenceText(g)), value: clip(`s:${r.doc.id}:${r.s.start}`) });
        }
        passageFuse = new Fuse(rows, { keys: ['name'], threshold: 0.45, ignoreLocation: true });
      }
      if (!partial.trim()) return corpus.quotes.slice(0, limit).map((q) => ({ name: clip(q.text), value: q.id }));
      return passageFuse.search(partial.slice(0, 100), { limit }).map((h) => h.item);
    },
    stats: () => ({ documents: corpus.docs.length, sentences: corpus.sentenceCount, quotes: corpus.quotes.length, entities: corpus.entities.length }),
  };
}
