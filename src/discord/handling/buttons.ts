// Button presses: Show context, More answers, Cite. All state comes from the custom_id, so any
// user can press them at any time; anything that no longer resolves is explained privately.
import { decodeCustomId } from './custom-id.js';
import { renderResult } from '../rendering/render.js';
import { renderContext } from '../rendering/render-verdict.js';
import { fitReply } from '../rendering/embed-fit.js';
import { respondWithResult } from './respond.js';
import type { BotContext, Invocation } from '../types.js';

export const STALE_BUTTON =
  'This button no longer works: it is from an older version of citebot or was altered. Run the command again for fresh buttons.';

export async function handleButton(inv: Invocation, ctx: BotContext): Promise<void> {
  const action = decodeCustomId(inv.customId ?? '');
  switch (action.kind) {
    case 'invalid':
      ctx.log.warn('stale or forged button', { customId: inv.customId, reason: action.reason, user: inv.userId });
      await inv.reply.send({ content: STALE_BUTTON, ephemeral: true });
      return;
    case 'ctx': {
      const result = await ctx.work(inv, true, 'context', (e) => e.context(action.doc, action.start));
      if (!result.found || result.citations.length === 0) {
        await inv.reply.send({ content: staleMessage(result.message), ephemeral: true });
        return;
      }
      await inv.reply.send(fitReply(renderContext(result, ctx, action.start)));
      return;
    }
    case 'more':
      await respondWithResult(inv, ctx, {
        command: action.command,
        input: action.input,
        options: { doc: action.doc || undefined, about: action.about || undefined },
        ephemeral: true,
        paged: { command: action.command, offset: action.offset },
      });
      return;
    case 'cite': {
      const result = await ctx.work(inv, true, 'cite', (e) => e.run('cite', action.ref));
      if (!result.found) {
        await inv.reply.send({ content: staleMessage(result.message), ephemeral: true });
        return;
      }
      // Private, so the presser can copy it; /cite posts the same text publicly.
      await inv.reply.send(renderResult(result, ctx, { ephemeral: true }));
      return;
    }
  }
}

function staleMessage(engineMessage: string | undefined): string {
  const base =
    'That passage is no longer in the loaded articles (they may have changed at the last /reload). Run the command again.';
  return engineMessage ? `${base}\n-# ${engineMessage.replace(/\n/g, ' ').slice(0, 300)}` : base;
}
