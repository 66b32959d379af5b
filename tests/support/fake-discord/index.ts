// The local stand-in for Discord used by the end-to-end tests and the load bench.
export { FakeDiscord, FAKE_TOKEN, type FakeDiscordOptions } from './server.js';
export type { InteractionRecord, CallbackRecord, WebhookCallRecord, RegistrationRecord } from './records.js';
export type { IdentifyRecord } from './gateway.js';
export type { Actor, OptionValue } from './interactions.js';
export { InteractionType, CommandType, OptionType } from './interactions.js';
export * from './replies.js';
export { Limits } from './limits.js';
export { MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, Perm } from './world.js';
