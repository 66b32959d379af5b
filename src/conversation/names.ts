// Finds the people, organisations and places a text names, as the store knows them, through
// the engine's own name lookup (the engine stays the one place that knows names).
import type { Engine } from '../answer/engine.js';
import type { NamedThing } from './context.js';
import type { Span } from '../text/span.js';

/** Where the name stands in the text, as typed. */
export interface NameSpan extends NamedThing, Span {}

/** Longest run of words tried as one name ("Sher Mohammad Abbas Stanikzai" is four). */
const MAX_NAME_WORDS = 4;
/** Name lookups per text at most: bounds the time a long question or passage adds to an answer, at the cost of names late in it. */
const MAX_LOOKUPS = 40;

// Words that never begin or make up a name on their own, however the store spells its entities.
const STOP = new Set(
  (
    'a an the and or but of in on at to for from by with about as is are was were be been being do does did done ' +
    'has have had say says said tell told ask asked what who whom whose when where why how which that this these those ' +
    'he she it they them their his her its him we us our you your i me my not no yes more most much many any some ' +
    'there here than then also too very just only after before over under into out up down again please think thinks ' +
    'want wants mean means know knows go goes went visit visited meet met give gave get got make made take took'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function words(text: string): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    // "Nessar's" names Nessar; a trailing full stop ends the sentence, not the name.
    const w = m[0].replace(/(['’]s|['’.])$/i, '');
    if (w) out.push({ w, start: m.index, end: m.index + w.length });
  }
  return out;
}

const norm = (s: string): string => s.toLowerCase().replace(/[’]/g, "'");

/** True when every typed word is a whole word of the entity's name or one of its aliases. */
function namesIt(typed: string[], names: string[]): boolean {
  return names.some((n) => {
    const ws = new Set(norm(n).split(/[^\p{L}\p{N}]+/u));
    return typed.every((t) => ws.has(norm(t)));
  });
}

/** The entity a name means, or undefined; a failing lookup only loses the follow-up reading, never the answer. */
function profile(engine: Engine, name: string) {
  try {
    return engine.resolveName(name) ?? undefined;
  } catch {
    return undefined;
  }
}

const TYPES = new Set(['person', 'organisation', 'group', 'place']);

/**
 * The names in `text`, in order. `capitalisedOnly` skips lower-case words (for article text,
 * where names are capitalised; questions are often typed in lower case).
 */
export function findNames(engine: Engine, text: string, capitalisedOnly = false): NameSpan[] {
  const ws = words(text);
  const out: NameSpan[] = [];
  let lookups = 0;
  for (let i = 0; i < ws.length && lookups < MAX_LOOKUPS;) {
    let found: NameSpan | null = null;
    let used = 1;
    for (let n = Math.min(MAX_NAME_WORDS, ws.length - i); n >= 1 && !found; n--) {
      const run = ws.slice(i, i + n);
      if (STOP.has(norm(run[0]!.w)) || STOP.has(norm(run[n - 1]!.w))) continue;
      if (capitalisedOnly && !run.every((x) => /^\p{Lu}/u.test(x.w) || STOP.has(norm(x.w)))) continue;
      if (run.every((x) => STOP.has(norm(x.w)) || x.w.length < 2)) continue;
      const typed = run.map((x) => x.w);
      if (++lookups > MAX_LOOKUPS) break;
      const e = profile(engine, typed.join(' '));
      if (
        !e ||
        !TYPES.has(e.type) ||
        !namesIt(
          typed.filter((t) => !STOP.has(norm(t))),
          [e.name, ...e.aliases],
        )
      )
        continue;
      found = { name: e.name, type: e.type as NameSpan['type'], start: run[0]!.start, end: run[n - 1]!.end };
      used = n;
    }
    if (found) out.push(found);
    i += used;
  }
  return out;
}
