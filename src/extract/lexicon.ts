// General English news vocabulary the extractors lean on: title words, organisation heads,
// speech verbs, stop words; the countries (countries.ts) are passed on from here.
import { pronouns } from '../text/function-words.js';

/** Titles that only address a person: "Mr Blair", "Dr Lund". */
export const HONORIFICS = ['mr', 'mrs', 'ms', 'dr', 'sir', 'lord'];

export const TITLE_WORDS = new Set([
  'president',
  'presidential',
  'representative',
  'minister',
  'secretary',
  'director',
  'head',
  'leader',
  'chief',
  'chairman',
  'chairwoman',
  'chair',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'envoy',
  'general',
  'governor',
  'senator',
  'king',
  'queen',
  'prince',
  'princess',
  'premier',
  'deputy',
  'commander',
  'mayor',
  'judge',
  'professor',
  ...HONORIFICS,
  'pope',
  'sheikh',
  'officer',
  'executive',
  'ceo',
  'analyst',
  'editor',
  'correspondent',
  'official',
  'founder',
  'manager',
  'economist',
  'chancellor',
  'emperor',
  'duke',
  'count',
  'bishop',
  'archbishop',
  'captain',
  'colonel',
  'lieutenant',
  'sergeant',
  'admiral',
  'marshal',
  'treasurer',
  'vice',
  'coordinator',
  'adviser',
  'advisor',
  'counsel',
  'attorney',
  'lawmaker',
  'mp',
  'member',
  'expert',
  'engineer',
  'inspector',
  'detective',
  'agent',
  'sheriff',
  'constable',
  'superintendent',
  'commissioner',
  'councillor',
  'councilor',
  'councilman',
  'councilwoman',
  'alderman',
  'coach',
  'reverend',
  'rev',
  'rabbi',
  'imam',
  'prosecutor',
  'lawyer',
  'dean',
  'principal',
  'trustee',
  'researcher',
  'scientist',
  'historian',
  'journalist',
  'reporter',
  'cfo',
  'coo',
  'cto',
  'vp',
  'chairperson',
  'nurse',
  'doctor',
  'pilot',
  'partner',
  'strategist',
  'trader',
]);

export const ORG_WORDS = new Set([
  'institute',
  'ministry',
  'office',
  'university',
  'bank',
  'party',
  'council',
  'committee',
  'agency',
  'company',
  'corp',
  'corporation',
  'inc',
  'ltd',
  'llc',
  'plc',
  'co',
  'group',
  'association',
  'organisation',
  'organization',
  'union',
  'department',
  'administration',
  'government',
  'centre',
  'center',
  'commission',
  'court',
  'army',
  'police',
  'foundation',
  'fund',
  'federation',
  'league',
  'board',
  'bureau',
  'authority',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'embassy',
  'school',
  'college',
  'academy',
  'society',
  'church',
  'movement',
  'front',
  'forces',
  'force',
  'service',
  'services',
  'network',
  'times',
  'post',
  'news',
  'press',
  'media',
  'research',
  'systems',
  'industries',
  'holdings',
  'airlines',
  'exchange',
  'reserve',
  'treasury',
  'cabinet',
  'delegation',
  'military',
  'navy',
  'club',
  'team',
  'studio',
  'studios',
  'trust',
  'institution',
  'program',
  'programme',
  'project',
  'council',
]);

/** Common-noun heads that make "the Russian foreign ministry" an organisation that can speak. */
export const ORG_HEADS = new Set([
  'ministry',
  'government',
  'administration',
  'office',
  'agency',
  'department',
  'council',
  'committee',
  'police',
  'army',
  'military',
  'parliament',
  'court',
  'company',
  'bank',
  'embassy',
  'delegation',
  'commission',
  'cabinet',
  'presidency',
  'authorities',
  'side',
  'party',
  'board',
  'regime',
  'leadership',
  'spokesman',
  'spokeswoman',
  'union',
]);

/** Verbs that introduce speech, by lemma. */
export const SPEECH_VERBS = new Set([
  'say',
  'state',
  'add',
  'tell',
  'report',
  'note',
  'explain',
  'ask',
  'warn',
  'claim',
  'argue',
  'announce',
  'declare',
  'insist',
  'write',
  'reply',
  'respond',
  'comment',
  'remark',
  'suggest',
  'believe',
  'confirm',
  'deny',
  'admit',
  'stress',
  'emphasise',
  'emphasize',
  'acknowledge',
  'predict',
  'estimate',
  'urge',
  'maintain',
  'contend',
  'conclude',
  'observe',
  'point',
  'mention',
  'assert',
  'complain',
  'recall',
  'reveal',
  'indicate',
  'tweet',
  'testify',
]);

/** Pronouns a quote's speaker may be: a person (he, him, she, her) or a group (they, them, it). */
export const PERSON_PRONOUNS = new Set(pronouns(['he', 'she'], ['subject', 'object']));
export const GROUP_PRONOUNS = new Set(pronouns(['they', 'it'], ['subject', 'object']));

export { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './countries.js';

/**
 * Function words search skips. Not wink's stopWordFlag: wink's list (337 words, spaCy's) also
 * stops words questions are about ("say", "show", "part", "two", "first", "never", "because"),
 * and lacks "having", "shall", "ones", "s". Measured: wink's flag alone drops news-dev 146 -> 140
 * and squad-dev 2693 -> 2654; even with 81 such content words taken back out the figures move, so
 * matching this list would need some 200 exceptions, longer than the list itself.
 */
export const STOP_WORDS = new Set(
  (
    'a an the and or but if then else of to in on at by for with from into onto about as is are was were be been being ' +
    'do does did doing done have has had having it its this that these those there here which who whom whose what when ' +
    'where why how than so such not no nor too very can could may might must shall should will would also just only ' +
    'i me my we us our you your he him his she her they them their one ones any some all each every both either ' +
    'neither other another same own more most much many few less least up down out over under again further once ' +
    'per via while during before after since until upon among between through against without within along across ' +
    "s 's ’s n't not"
  ).split(/\s+/),
);

/** Whether a token's stem carries meaning for search: no stop words, punctuation or function words. */
export function isContentTerm(stem: string, pos?: string): boolean {
  if (!stem || STOP_WORDS.has(stem) || !/[\p{L}\p{N}]/u.test(stem)) return false;
  return !(
    pos === 'PUNCT' ||
    pos === 'DET' ||
    pos === 'ADP' ||
    pos === 'CCONJ' ||
    pos === 'SCONJ' ||
    pos === 'AUX' ||
    pos === 'PART'
  );
}

/**
 * A number written with separators is also indexed by its digit groups ("#2", "#945", "#000" for
 * "2,945,000"), so a question that writes it another way ("2 945 000", "3,63" for "3.63") still
 * finds it, at a lower weight than the number as written.
 */
export function digitGroups(word: string): string[] {
  return /^\d+(?:[.,]\d+)+$/.test(word) ? word.split(/[.,]/).map((part) => DIGIT_GROUP + part) : [];
}

export const DIGIT_GROUP = '#';
