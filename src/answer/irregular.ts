// English words whose forms stemming keeps apart ("say" / "said", "lead" / "led", "man" / "men"):
// a question asks with one form and the article writes another. The forms come from the WordNet
// exception tables that wink's own lemmatizer reads (its.lemma: "led" -> "lead"), turned round so
// that a lemma finds its forms; the model is pinned, so the tables do not move under us.
import { createRequire } from 'node:module';
import { stemWord } from '../nlp/wink.js';

type Exceptions = Record<string, string>;
const require = createRequire(import.meta.url);
const TABLES = ['wn-verb-exceptions', 'wn-noun-exceptions'].map(
  (name) => require(`wink-eng-lite-web-model/dist/${name}.js`) as Exceptions,
);

// form -> lemma pairs WordNet leaves out: it lists "people" as a noun of its own, yet a question
// about one person should still find the people an article writes of.
const OUR_FORMS: Exceptions = { people: 'person' };

let byLemma: Map<string, string[]> | null = null;
const NONE: readonly string[] = [];

/** The other forms of a word whose forms do not share its stem ("lead" -> "led", not "leading"). */
export function irregularForms(lemma: string): readonly string[] {
  if (!byLemma) {
    byLemma = new Map();
    for (const table of [...TABLES, OUR_FORMS]) {
      for (const [form, base] of Object.entries(table)) {
        const forms = byLemma.get(base);
        if (!forms) byLemma.set(base, [form]);
        else if (!forms.includes(form)) forms.push(form);
      }
    }
  }
  // Most words have none: no array is made for them (a question's paraphrases ask of dozens).
  const forms = byLemma.get(lemma);
  if (!forms) return NONE;
  const own = stemWord(lemma);
  return forms.filter((form) => stemWord(form) !== own);
}
