// One state machine for "how do I answer this interaction now?", shared by both transports.
import type { Reply, ReplyPort, ReplyState, ReplyTransport } from './types.js';

export function createReplyPort(transport: ReplyTransport): ReplyPort {
  let state: ReplyState = 'fresh';
  let deferredEphemeral = false;
  return {
    get state() {
      return state;
    },
    async defer(ephemeral: boolean) {
      if (state !== 'fresh') return;
      state = 'deferred';
      deferredEphemeral = ephemeral;
      await transport.defer(ephemeral);
    },
    async send(reply: Reply) {
      if (state === 'fresh') {
        state = 'replied';
        await transport.reply(reply);
        return;
      }
      if (state === 'deferred') {
        state = 'replied';
        // A public "thinking…" cannot be edited into a private message: replace it.
        if (reply.ephemeral && !deferredEphemeral) {
          await transport.deleteOriginal();
          await transport.followUp(reply);
        } else {
          await transport.editOriginal(reply);
        }
        return;
      }
      await transport.followUp(reply);
    },
  };
}
