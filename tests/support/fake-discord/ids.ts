// Snowflakes shaped like Discord's (ms since the Discord epoch << 22 | counter), so code that
// reads timestamps out of ids (discord.js `createdTimestamp`) sees plausible values.
import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;

export function snowflake(at: number = Date.now()): string {
  counter = (counter + 1n) & 0xfffn;
  // Worker/process bits are fixed: uniqueness within one fake comes from the counter.
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | counter).toString();
}

/** An interaction token: opaque to the bot, unguessable enough that a forged route is caught. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb24.${randomBytes(24).toString('base64url')}`;
}

export function sessionId(): string {
  return randomBytes(16).toString('hex');
}
