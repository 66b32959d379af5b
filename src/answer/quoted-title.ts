// The titles a question quotes ("Who wrote “The Long Road Home”?") name the work it asks about: a
// passage whose paragraph never writes them is about another work, however well its other words
// match, so its speaker wrote something else.
import type { Corpus } from '../corpus/corpus.js';
import { phraseWords } from './question-query.js';
import type { Question } from './question.js';

/** Whether the paragraph of the sentence writes every phrase the question quotes, word for word. */
export function writesTheQuotedTitles(corpus: Corpus, q: Pick<Question, 'phrases'>, gid: number): boolean {
  if (!q.phrases.length) return true;
  const ref = corpus.sentence(gid);
  const para = ref.doc.paragraphs[ref.s.paragraph]!;
  const written = ` ${phraseWords(ref.doc.text.slice(para.start, para.end))} `;
  return q.phrases.every((p) => written.includes(` ${p} `));
}
