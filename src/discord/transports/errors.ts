// Discord error codes this bot treats specially.
/** "Unknown interaction": the 3 s window passed or the token expired; nothing left to answer. */
export const UNKNOWN_INTERACTION = 10062;
/** "Interaction has already been acknowledged". */
export const ALREADY_ACKNOWLEDGED = 40060;

export function discordErrorCode(err: unknown): number | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : null;
}

export function isExpiredInteraction(err: unknown): boolean {
  const code = discordErrorCode(err);
  return code === UNKNOWN_INTERACTION || code === ALREADY_ACKNOWLEDGED;
}
