// Countries by name, other spelling, capital and demonym (world knowledge, not knowledge of any one
// article), so that "Moscow", "the Kremlin" and "Russian" all stand for Russia. The data is the
// world-countries package (mledoze/countries, Open Database License 1.0, whose LICENSE ships with
// the package), pinned; what it lacks and news writes is listed below as our own.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { foldAccents } from '../text/fold.js';

interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
}

// name|other names and capitals|demonyms, added to the dataset's. Names news uses that the dataset
// lacks or spells another way: its "US" goes with the other two-letter codes ("IT", "IN", "NO" are
// words), its capital is "Washington D.C."; "Kremlin" stands for Russia's government, "The Hague"
// holds the Dutch one; "Kiev" and "Berne" are older spellings; plural demonyms it cannot derive
// ("Swedes" for "Swedish"); two unions that are not countries.
const OUR_ROWS = [
  'United States|US,U.S.,U.S.A.,America,Washington|',
  'United Kingdom|U.K.,Britain|Briton,Britons',
  'Russia|Kremlin|',
  'China|PRC|',
  'Saudi Arabia||Saudi,Saudis',
  'Ukraine|Kiev|',
  'Netherlands|The Hague|',
  'Switzerland|Berne|',
  'Sweden||Swedes',
  'Denmark||Danes',
  'Poland||Poles',
  'Argentina||Argentinian',
  'Soviet Union|USSR,U.S.S.R.|Soviet,Soviets',
  'European Union|EU,E.U.|European,Europeans',
];

/** The name English news writes where the dataset uses the country's own (it keeps that as an alias). */
const NEWS_NAMES: Record<string, string> = { Türkiye: 'Turkey' };

const OUR_COUNTRIES: Country[] = OUR_ROWS.map((row) => {
  const [name, aliases, demonyms] = row.split('|').map((field) => (field ? field.split(',') : []));
  return { name: name![0]!, aliases: aliases!, demonyms: demonyms! };
});

/** "Americans" for "American", not "Swisses" or "Chineses". */
function pluralDemonym(demonym: string): string[] {
  return /(?:sh|ch|ss|ese)$/.test(demonym) ? [] : [`${demonym}s`];
}

// What is taken from the dataset, each restriction measured on the eval sets (a figure dropped
// without it): sovereign states only, since territories bring names news uses for other things
// ("Guiana", "Mann", "Jersey") and demonyms their state already has; the first capital only, the
// seat of government ("Pretoria", not also "Cape Town"); the English names only, not the native
// ones ("Ísland", "Nederland") nor the two-letter codes.
function fromDataset(): Country[] {
  // Required, not imported: the package is CommonJS and its types describe an ES default export.
  const countries = createRequire(import.meta.url)('world-countries') as Countries;
  return countries
    .filter((c) => c.independent)
    .map((c) => {
      const name = NEWS_NAMES[c.name.common] ?? c.name.common;
      const ours = OUR_COUNTRIES.find((o) => o.name === name);
      const nativeNames = Object.values(c.name.native).flatMap((n) => [n.common, n.official]);
      const native = new Set(nativeNames.map((n) => foldAccents(n)));
      const english = c.altSpellings.filter((s) => s !== c.cca2 && !native.has(foldAccents(s)));
      const eng = c.demonyms.eng;
      const demonyms = eng ? [...new Set([eng.m, eng.f])].flatMap((d) => [d, ...pluralDemonym(d)]) : [];
      return {
        name,
        aliases: [c.name.common, c.name.official, ...english, ...c.capital.slice(0, 1), ...(ours?.aliases ?? [])],
        demonyms: [...demonyms, ...(ours?.demonyms ?? [])],
      };
    });
}

interface Lookups {
  byName: Map<string, string>;
  byDemonym: Map<string, string>;
}
let lookups: Lookups | null = null;

/**
 * The lookups, built once on first use and never changed: answering from a built store needs no
 * country, so the dataset is not read at start.
 */
function built(): Lookups {
  if (lookups) return lookups;
  const listed = fromDataset();
  const all = [...listed, ...OUR_COUNTRIES.filter((o) => !listed.some((c) => c.name === o.name))];
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  // Each key also without its accents ("Bogotá" as "Bogota"); the first country to claim a key
  // keeps it; a demonym is never also a name ("Saudi", "Thai").
  const add = (map: Map<string, string>, key: string, name: string): void => {
    for (const k of new Set([key.toLowerCase(), foldAccents(key).toLowerCase()])) if (!map.has(k)) map.set(k, name);
  };
  for (const c of all) for (const d of c.demonyms) add(byDemonym, d, c.name);
  for (const c of all) {
    for (const n of [c.name, ...c.aliases]) if (!byDemonym.has(n.toLowerCase())) add(byName, n, c.name);
  }
  return (lookups = { byName, byDemonym });
}

type Lookup = Pick<ReadonlyMap<string, string>, 'get' | 'has'>;
function lookup(pick: (l: Lookups) => Map<string, string>): Lookup {
  return { get: (key) => pick(built()).get(key), has: (key) => pick(built()).has(key) };
}

/** Lower-cased name, short form or capital -> canonical country name. */
export const COUNTRY_BY_NAME = lookup((l) => l.byName);
/** Lower-cased demonym -> canonical country name. */
export const COUNTRY_BY_DEMONYM = lookup((l) => l.byDemonym);
