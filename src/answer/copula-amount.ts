// "What was the turnout?" against "Turnout was 71.4%": a question that asks what a thing was, of a
// passage that says it was an amount, is answered by that amount.
import type { Tok } from '../corpus/corpus.js';
import { amountsIn } from '../extract/amounts.js';
import type { Question } from './question.js';

const COPULA = /^(is|was|are|were)$/i;

/** The noun "what was the X" asks the value of, or null for any other form of question. */
function valueAsked(q: Pick<Question, 'tokens' | 'wh' | 'whAt'>): string | null {
  if (q.wh !== 'what' || q.whAt !== 0) return null;
  const words = q.tokens.filter((t) => t.pos !== 'PUNCT');
  if (!COPULA.test(words[1]?.text ?? '')) return null;
  const rest = words.slice(/^(the|a|an)$/i.test(words[2]?.text ?? '') ? 3 : 2);
  const last = rest[rest.length - 1];
  if (last?.pos !== 'NOUN' || !rest.every((t) => t.pos === 'NOUN' || t.pos === 'ADJ')) return null;
  return last.stem;
}

/** The amount the passage says the thing asked was: right after "X was" / "X is". */
export function copulaAmount(q: Pick<Question, 'tokens' | 'wh' | 'whAt'>, toks: Tok[], text: string): string | null {
  const asked = valueAsked(q);
  if (!asked) return null;
  const amounts = amountsIn(toks, text);
  for (let i = 0; i + 2 < toks.length; i++) {
    // A noun opening the sentence may be read as a name ("Turnout was 71.4%").
    const noun = toks[i]!.pos === 'NOUN' || (i === 0 && toks[i]!.pos === 'PROPN');
    if (toks[i]!.stem !== asked || !noun || !COPULA.test(toks[i + 1]!.text)) continue;
    const amount = amounts.find((a) => a.first === i + 2 && !a.year);
    if (amount) return amount.text;
  }
  return null;
}
