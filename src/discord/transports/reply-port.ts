// One state machine for "how do I answer this interaction now?", shared by both transports. The
// state moves only once Discord has taken the call: a rejected first reply leaves the interaction
// unanswered, so the error reply that follows is sent as a reply, not as a follow-up Discord
// would refuse.
import type { Reply, ReplyPort, ReplyState, ReplyTransport } from '../types.js';

export function createReplyPort(transport: ReplyTransport): ReplyPort {
  let state: ReplyState = 'fresh';
  let deferredEphemeral = false;
  return {
    get state() {
      return state;
    },
    async defer(ephemeral: boolean) {
      if (state !== 'fresh') return;
      await transport.defer(ephemeral);
      state = 'deferred';
      deferredEphemeral = ephemeral;
    },
    async send(reply: Reply) {
      if (state === 'fresh') {
        await transport.reply(reply);
        state = 'replied';
        return;
      }
      if (state === 'deferred') {
        // A public "thinking…" cannot be edited into a private message: replace it.
        if (reply.ephemeral && !deferredEphemeral) {
          await transport.deleteOriginal();
          state = 'replied';
          await transport.followUp(reply);
        } else {
          await transport.editOriginal(reply);
          state = 'replied';
        }
        return;
      }
      await transport.followUp(reply);
    },
  };
}
