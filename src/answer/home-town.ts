// Where someone is from, as news writes it: a place set off after their name and age, "Ada Rowe,
// 52, of Hartfield," or "Tom Hale, from Leeds,". "Where is X from" asks that, not where the
// sentence's deed took place ("admitted fraud at Ashby Crown Court").
import type { Tok } from '../corpus/corpus.js';

/** "Where is X from", "where does X come from". */
const ASKS_HOME = /\bfrom\W*$/i;

export function asksHome(question: string): boolean {
  return ASKS_HOME.test(question);
}

/**
 * The place after "of" or "from" set off by a comma right after a name the question gives, or
 * after its age ("X, 52, of Y"); null when the sentence writes none.
 */
export function homeTown(toks: readonly Tok[], text: string, asked: ReadonlySet<string>): string | null {
  for (let i = 2; i < toks.length - 1; i++) {
    if (!/^(of|from)$/i.test(toks[i]!.text) || toks[i - 1]!.text !== ',') continue;
    let k = i - 2;
    if (toks[k]?.pos === 'NUM' && toks[k - 1]?.text === ',') k -= 2;
    const name = toks[k];
    if (name?.pos !== 'PROPN' || !(asked.has(name.text.toLowerCase()) || asked.has(name.stem))) continue;
    let end = i + 1;
    while (toks[end + 1]?.pos === 'PROPN') end++;
    if (toks[i + 1]!.pos === 'PROPN') return text.slice(toks[i + 1]!.start, toks[end]!.end);
  }
  return null;
}
