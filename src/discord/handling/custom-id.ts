// Button custom_ids carry all the state a button needs, so a press works for any user and
// after a restart. Anything that does not decode cleanly is reported as invalid, never thrown.
//
//   ctx:<doc>:<start>                    Show context around a cited offset
//   more:<command>:<offset>:<payload>    More answers; payload = base64url(input ␟ about ␟ doc)
//   cite:<ref>                           Cite a passage; ref as the engine's suggestPassages values
//                                        (a sentence ref "s:<doc>:<start>" or a quote id)
import { LIMITS } from '../constants.js';

export const PAGED_COMMANDS = ['ask', 'quote', 'search', 'facts'] as const;
export type PagedCommand = (typeof PAGED_COMMANDS)[number];

export type ButtonAction =
  | { kind: 'ctx'; doc: string; start: number }
  | { kind: 'more'; command: PagedCommand; offset: number; input: string; about: string; doc: string }
  | { kind: 'cite'; ref: string };

export type DecodedId = ButtonAction | { kind: 'invalid'; reason: string };

const SEP = '\u001f';
const MAX_OFFSET = 10_000;

export function encodeContext(doc: string, start: number): string | null {
  const id = `ctx:${doc}:${start}`;
  return Number.isInteger(start) && start >= 0 && id.length <= LIMITS.customId ? id : null;
}

export function encodeCite(ref: string): string | null {
  const id = `cite:${ref}`;
  return ref.length > 0 && id.length <= LIMITS.customId ? id : null;
}

/**
 * Encodes a "More answers" button. The input is cut (by whole characters) until the id fits
 * in 100 characters; doc and about are never cut, and if they alone do not fit there is no button.
 */
export function encodeMore(command: PagedCommand, offset: number, input: string, about = '', doc = ''): string | null {
  const head = `more:${command}:${offset}:`;
  // The separator inside a field would split it on decode; it is a control character no one types.
  const clean = (s: string): string => s.replace(new RegExp(SEP, 'g'), ' ');
  about = clean(about);
  doc = clean(doc);
  const pack = (text: string): string => {
    const fields = [text, about, doc];
    while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
    return Buffer.from(fields.join(SEP), 'utf8').toString('base64url');
  };
  let chars = Array.from(clean(input));
  let id = head + pack(chars.join(''));
  if (id.length <= LIMITS.customId) return id;
  // Too long: find the longest prefix of the input that fits.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((head + pack(chars.slice(0, mid).join(''))).length <= LIMITS.customId) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0 && input.length > 0) return null;
  chars = chars.slice(0, lo);
  id = head + pack(chars.join(''));
  return id.length <= LIMITS.customId ? id : null;
}

export function decodeCustomId(id: string): DecodedId {
  if (typeof id !== 'string' || id.length === 0 || id.length > LIMITS.customId) {
    return { kind: 'invalid', reason: 'empty or too long' };
  }
  const colon = id.indexOf(':');
  const prefix = colon < 0 ? id : id.slice(0, colon);
  const rest = colon < 0 ? '' : id.slice(colon + 1);
  switch (prefix) {
    case 'ctx': {
      const m = /^(.+):(\d{1,9})$/s.exec(rest);
      if (!m) return { kind: 'invalid', reason: 'malformed context button' };
      return { kind: 'ctx', doc: m[1]!, start: Number(m[2]) };
    }
    case 'cite': {
      // Refs are opaque to the bot (the engine resolves them); only their shape is checked here.
      if (!/^[\w.:~-]+:[\w.:~-]+$/.test(rest)) return { kind: 'invalid', reason: 'malformed cite button' };
      return { kind: 'cite', ref: rest };
    }
    case 'more': {
      const m = /^([a-z]+):(\d{1,5}):([A-Za-z0-9_-]*)$/.exec(rest);
      if (!m) return { kind: 'invalid', reason: 'malformed more-answers button' };
      const command = m[1] as PagedCommand;
      if (!PAGED_COMMANDS.includes(command)) return { kind: 'invalid', reason: `unknown command ${m[1]}` };
      const offset = Number(m[2]);
      if (offset > MAX_OFFSET) return { kind: 'invalid', reason: 'offset out of range' };
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(m[3]!, 'base64url'));
      } catch {
        return { kind: 'invalid', reason: 'payload is not UTF-8' };
      }
      // base64url that does not round-trip was altered by hand.
      if (Buffer.from(text, 'utf8').toString('base64url') !== m[3]) {
        return { kind: 'invalid', reason: 'payload does not round-trip' };
      }
      const [input = '', about = '', doc = '', ...extra] = text.split(SEP);
      if (extra.length > 0) return { kind: 'invalid', reason: 'payload has extra fields' };
      return { kind: 'more', command, offset, input, about, doc };
    }
    default:
      return { kind: 'invalid', reason: `unknown prefix ${prefix.slice(0, 20)}` };
  }
}
