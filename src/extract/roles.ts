// Who holds which role, as a sentence writes it: "X, director of Y", "Y's president X", "the
// Special Envoy for Z Ann Berg", "Taliban leader X". Each is a (person, role, of-argument) triple
// of token ranges, read from the person mentions extraction found (a mention holds its title).

/** Tokens [from, to) of a sentence. */
export type TokenRange = [from: number, to: number];

export interface RoleTriple {
  person: TokenRange;
  role: TokenRange;
  /** What the role is of or for ("the Taliban", "Sudan"); null when the sentence does not say. */
  of: TokenRange | null;
}

interface RoleToken {
  text: string;
  pos: string;
}

/** A person mention as extraction gives it: tokens [first, last], title included, and the name alone. */
export interface PersonMention {
  first: number;
  last: number;
  type: string;
  name: string;
}

/** Prepositions that join a role to what it is of: "director of", "envoy for", "professor at". */
const OF_WORD = /^(of|for|at|to)$/i;
const POSSESSIVE = /^['’]s$/;
const DETERMINER = /^(the|a|an)$/i;
/** Words of an of-argument: "the Russian Centre for the Study of Contemporary Afghanistan". */
const IN_ARGUMENT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const ARGUMENT_JOINER = /^(of|for|and|&|on|in|de)$/i;
/** Longest apposition role read, in words ("deputy head of the political office" holds four before "of"). */
const ROLE_WORDS = 5;

const lower = (t: RoleToken | undefined) => !!t && /^\p{Ll}/u.test(t.text);

/** Every role the sentence gives a person it names. */
export function rolesIn(toks: readonly RoleToken[], mentions: readonly PersonMention[]): RoleTriple[] {
  const inMention = new Set<number>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) inMention.add(i);
  const out: RoleTriple[] = [];
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const nameWords = m.name.split(/\s+/).length;
    const nameFrom = Math.max(m.first, m.last + 1 - nameWords);
    const person: TokenRange = [nameFrom, m.last + 1];
    const before = titleBefore(toks, m.first, nameFrom, inMention);
    if (before) out.push({ person, ...before });
    const after = apposition(toks, m.last + 1, inMention);
    if (after) out.push({ person, ...after });
  }
  return out;
}

/**
 * A title written before the name: inside the mention ("Special Envoy for Sudan", "Taliban
 * leader") or lower-case nouns just before it ("the bank's president"); a possessive before the
 * title says what it is of.
 */
function titleBefore(
  toks: readonly RoleToken[],
  first: number,
  nameFrom: number,
  inMention: Set<number>,
): Omit<RoleTriple, 'person'> | null {
  let from = first;
  if (from === nameFrom)
    while (from > 0 && toks[from - 1]!.pos === 'NOUN' && lower(toks[from - 1]) && !inMention.has(from - 1)) from--;
  if (from === nameFrom) return null;
  // "Special Envoy for Sudan": the role up to its preposition, the rest what it is for.
  for (let k = from + 1; k < nameFrom - 1; k++)
    if (OF_WORD.test(toks[k]!.text)) return { role: [from, k], of: [k + 1, nameFrom] };
  // "Taliban leader": a name before the lower-case role is what it leads.
  let roleFrom = from;
  while (roleFrom < nameFrom && !lower(toks[roleFrom])) roleFrom++;
  if (roleFrom > from && roleFrom < nameFrom) return { role: [roleFrom, nameFrom], of: [from, roleFrom] };
  // "The bank's president": the possessor before it.
  if (POSSESSIVE.test(toks[from - 1]?.text ?? '')) {
    let k = from - 1;
    while (k > 0 && IN_ARGUMENT.has(toks[k - 1]!.pos) && !DETERMINER.test(toks[k - 1]!.text)) k--;
    if (k < from - 1) return { role: [from, nameFrom], of: [k, from - 1] };
  }
  return { role: [from, nameFrom], of: null };
}

/** A word of a role: a noun, an adjective, or a capitalised title that names no one ("Director"). */
function isRoleWord(t: RoleToken, i: number, inMention: Set<number>): boolean {
  return t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'PROPN' && !inMention.has(i));
}

/** "X, director of Y," and "X, who is director of Y": the role after the name's comma. */
function apposition(toks: readonly RoleToken[], at: number, inMention: Set<number>): Omit<RoleTriple, 'person'> | null {
  if (toks[at]?.text !== ',') return null;
  let k = at + 1;
  if (/^who$/i.test(toks[k]?.text ?? '') && /^(is|was)$/i.test(toks[k + 1]?.text ?? '')) k += 2;
  while (DETERMINER.test(toks[k]?.text ?? '')) k++;
  const roleFrom = k;
  while (k < toks.length && k - roleFrom < ROLE_WORDS && isRoleWord(toks[k]!, k, inMention)) k++;
  const last = toks[k - 1];
  // The role ends on a noun, and the clause does not go on as one with its own verb ("X, analysts said").
  if (k === roleFrom || !last || (last.pos !== 'NOUN' && last.pos !== 'PROPN')) return null;
  const next = toks[k];
  if (next && !OF_WORD.test(next.text) && !/^[,.;:)—–-]$/.test(next.text)) return null;
  if (!next || !OF_WORD.test(next.text)) return { role: [roleFrom, k], of: null };
  let end = k + 1;
  while (
    end < toks.length &&
    (IN_ARGUMENT.has(toks[end]!.pos) || POSSESSIVE.test(toks[end]!.text) || ARGUMENT_JOINER.test(toks[end]!.text))
  )
    end++;
  // A joining word is never the argument's last ("of the Centre for").
  while (end > k + 1 && ARGUMENT_JOINER.test(toks[end - 1]!.text)) end--;
  return { role: [roleFrom, k], of: end > k + 1 ? [k + 1, end] : null };
}
