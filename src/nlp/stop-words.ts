// The words search skips as saying nothing about what is asked: wink's stop words (the words its
// English model flags with its.stopWordFlag) less those questions are about, plus a few forms
// wink does not flag. Compared with lower-case words, lemmas and Porter stems.

/** A list written as one string, its words separated by single spaces. */
function words(list: string): readonly string[] {
  return list.split(' ');
}

/**
 * The words wink-eng-lite-web-model flags as stop words (its.stopWordFlag of each word of its
 * lexicon read alone): spaCy's list and a few texting spellings. Copied, not read at start-up,
 * which would mean reading the model's 87,000 words in every process (about a second);
 * tests/stop-words.test.ts reads them from the installed model and fails, printing the list to
 * paste here, when the model flags other words.
 */
export const WINK_STOP_WORDS = words(
  'a about above abt across after afterwards again against all almost alone along already also ' +
    'although always am among amongst amount an and another any anyhow anyone anything anyway ' +
    'anywhere are around as at b/c b4 back bcoz be became because become becomes becoming been ' +
    'before beforehand behind being below beside besides between beyond both bottom but by call ' +
    "can cd could cuz da did dis do does doin doin' doing done down due during each eight either " +
    'eleven else elsewhere empty enough etc etc. even ever every everyone everywhere except few ' +
    'fifteen fifty first five for former formerly forty four from front full further get give go ' +
    'had has have he hence her here hereafter hereby herein hereupon hers herself him himself his ' +
    'how however hundred i i.e. ie if in inc inc. indeed into is it its itself just keep last ' +
    'latter latterly least less made make many may me meanwhile might mine more moreover most ' +
    'mostly move much must my myself nah name namely neither never nevertheless next nine no ' +
    'nobody none nope nor not nothing now nowhere of off often on once one only onto or other ' +
    'otherwise our ours ourselves out over own part per perhaps please pls plz put quite rather ' +
    're really regarding same say see seem seemed seeming seems serious seven several shd she ' +
    'should show side since six sixty so some somehow someone something sometime sometimes ' +
    'somewhere still such take ten than that the their them themselves then thence there ' +
    'thereafter thereby therefore therein these they third this those though three through ' +
    'throughout thru thus to together too top toward towards twelve twenty two under unless until ' +
    'up upon us used using various very via was we well were what whatever when whence whenever ' +
    'where whereas whereby wherein wherever whether which while who whoever whole whom whose why ' +
    'will with within without would woz wtv yet you your yours yourself yourselves',
);

/**
 * wink's stop words that questions are about, kept as content words. Each one was measured:
 * stopped, it changes whether some question of news-dev, squad-dev or wikiqa-dev is answered;
 * stopping all of wink's other words changes none.
 */
export const CONTENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  /** Amounts asked and answered: "how many", "the two layers". */
  numbers: words('two three four five six seven fifteen'),
  /** Which one of several: "the first mayor", "the third", "the last time". */
  order: words('first third last'),
  /** The deed asked about: "who made", "what is it called", "what did he say", "what is it used for", "who owns". */
  verbs: words('say show call name make made give get go take see put keep move used using become became own'),
  /** When and how often, which an answer may turn on: "never", "still", "sometimes", "now". */
  time: words('now still never often sometimes beforehand'),
  /** A part or measure of a thing: "what part of", "the amount of", "which side", "full name", "top rate". */
  parts: words('part amount side full top'),
  /** What nothing or nobody did: "what has nothing to do with the speed". */
  nobody: words('nothing nobody'),
  /**
   * Words one question each hangs on: a cause or a direction ("due to war", "justified toward
   * what"), a condition ("unless conferred"), "rather" and "even" ("any even number"), a name that
   * is a stop word once lower-cased ("AM", "Life Itself"), and "someone" asked about.
   */
  others: words('due toward unless rather even am itself someone'),
};

/**
 * Forms wink does not flag that say nothing either: "n't" (wink flags it only through its normal
 * form, "not"), the possessive "'s" (and a lone "s"), "having" (whose stem is "have"), "shall"
 * and "ones".
 */
export const ADDED_STOP_WORDS: readonly string[] = ["n't", "'s", '’s', 's', 'having', 'shall', 'ones'];

const CONTENT: ReadonlySet<string> = new Set(Object.values(CONTENT_WORDS).flat());

/** Function words search skips. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...WINK_STOP_WORDS.filter((w) => !CONTENT.has(w)),
  ...ADDED_STOP_WORDS,
]);
