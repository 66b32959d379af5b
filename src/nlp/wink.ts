// One shared wink-nlp instance: loading the model costs ~0.3 s, so it is loaded once and only
// when a document or question is first analysed.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

export function nlp(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner', 'negation', 'sentiment']);
  return instance;
}
