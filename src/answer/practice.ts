// Practice questions for warming up: made from the corpus's own sentences the way users type
// them, so that the JIT has compiled every branch of the answer path (spelling correction,
// question words, missing words) before a real question needs it.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu;
// A yes/no question ('did') and each kind of short answer practised: a person, a date, a place, a number, a reason.
const OPENERS = ['', 'who said ', 'when did ', 'where did ', 'how many ', 'did ', 'what about ', 'why did '];

/** A typo as users make them: two letters of the longest word swapped. */
function withTypo(words: string[], seed: number): string[] {
  let longest = 0;
  for (let i = 1; i < words.length; i++) if (words[i]!.length > words[longest]!.length) longest = i;
  const w = words[longest]!;
  if (w.length < 4) return words;
  const at = 1 + (seed % (w.length - 2));
  const out = [...words];
  out[longest] = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  return out;
}

/**
 * Endless questions from the sentences `sentence(0)`, `sentence(1)`, … (the caller orders them,
 * newest first): each sentence as written, or with words left out, a typo and maybe a question
 * word in front. The forms take turns from the first question on, not a round each: at 18k
 * articles a second of practice asks a few dozen questions, fewer than the practice sentences,
 * and the first user question to reach a question word's path (a slot's short answer read from
 * the sentences' clauses, dates, places and amounts) paid for compiling it (a "when" probe: 61 ms
 * of CPU the first time, 19 ms asked again, on a loaded machine). Every form practised early has
 * its path compiled before a user needs it. A sentence that cannot be read is skipped; with none
 * to read, practice ends.
 */
export function* practiceQuestions(sentenceCount: number, sentence: (n: number) => string): Generator<string, void> {
  for (let round = 0, asked = 1; asked > 0; round++) {
    // A round that found no sentence it could read ends the practice.
    asked = 0;
    for (let n = 0; n < sentenceCount; n++) {
      let text: string;
      try {
        text = sentence(n);
      } catch {
        continue;
      }
      const words = text.match(WORD) ?? [];
      if (!words.length) continue;
      asked++;
      // Form 0 is the sentence as written; form k > 0 opens with OPENERS[k - 1].
      const form = (n + round) % (OPENERS.length + 1);
      if (form === 0) {
        yield text;
        continue;
      }
      const seed = round * 31 + n;
      // Every round leaves out a different third of the words.
      const kept = words.filter((_, i) => (i + round) % 3 !== 0);
      const opener = OPENERS[form - 1]!;
      yield opener + withTypo(kept.length ? kept : words, seed).join(' ') + (opener ? '?' : '');
    }
  }
}
