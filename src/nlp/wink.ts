// One shared wink-nlp instance: loading the model costs ~0.3 s, so it is loaded once and only
// when a document or question is first analysed.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

export function nlp(): Wink {
  // Only what citebot reads: sentences, POS and wink's own entities (dates, numbers).
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}

const stems = new Map<string, string>();

/** Porter stem of a lower-cased word, from the model's own stemmer, cached: words repeat. */
export function stemWord(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // A number is its own stem: the stemmer would make "3.63" "y.6i" and "374" "y74".
    s = /\d/.test(word) ? word : String((model as unknown as { addons: { stem: (w: string) => string } }).addons.stem(word)).toLowerCase();
    if (stems.size > 200_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}
