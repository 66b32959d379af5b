// Where every interaction enters, whatever the transport: unknown commands, cooldowns,
// errors and expired interactions are handled here once, so handlers only do their job.
import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { Choice } from '../../answer/engine.js';
import { handleButton } from './buttons.js';
import type { Cooldowns } from './cooldown.js';
import { isExpiredInteraction } from '../transports/errors.js';
import { LIMITS } from '../constants.js';
import type { AutocompleteInvocation, BotContext, Command, Invocation } from '../types.js';

export const ERROR_REPLY = 'Something went wrong while answering that. It has been logged; please try again.';
export const SHUTTING_DOWN = 'citebot is restarting; try again in a few seconds.';

export interface Dispatcher {
  command(inv: Invocation): Promise<void>;
  button(inv: Invocation): Promise<void>;
  autocomplete(inv: AutocompleteInvocation): Promise<Choice[]>;
}

export function createDispatcher(deps: {
  ctx: BotContext;
  commands: () => Map<string, Command>;
  cooldowns: Cooldowns;
  /** Commands only members with Manage Server may use on this bot (CITEBOT_MODERATOR_ONLY). */
  moderatorOnly?: readonly string[];
}): Dispatcher {
  const { ctx, cooldowns } = deps;
  const moderatorOnly = new Set(deps.moderatorOnly ?? []);
  const log = ctx.log;

  const context = (inv: Invocation): Record<string, unknown> => ({
    interaction: inv.id,
    command: inv.commandName,
    customId: inv.customId ?? undefined,
    user: inv.userId,
    guild: inv.guildId ?? undefined,
    channel: inv.channelId ?? undefined,
  });

  const guarded = async (inv: Invocation, run: () => Promise<void>): Promise<void> => {
    // A button on one's own reply (Cite under one's /ask) continues that command, never a new one.
    const ownReply = inv.kind === 'button' && !!inv.messageOwnerId && inv.messageOwnerId === inv.userId;
    const wait = ownReply ? 0 : await cooldowns.take(inv.userId);
    if (wait > 0) {
      await safeSend(inv, `You're going a bit fast: try again in ${wait} s.`);
      return;
    }
    try {
      await run();
    } catch (err) {
      if (isExpiredInteraction(err)) {
        log.warn('interaction expired before it was answered', { ...context(inv), error: err });
        return;
      }
      log.error('handler failed', {
        ...context(inv),
        error: err,
        stack: err instanceof Error ? err.stack?.split('\n').slice(1, 4).join(' | ') : undefined,
      });
      await safeSend(inv, ERROR_REPLY);
    }
  };

  const safeSend = async (inv: Invocation, content: string): Promise<void> => {
    try {
      await inv.reply.send({ content, ephemeral: true });
    } catch (err) {
      if (isExpiredInteraction(err))
        log.warn('interaction expired before it was answered', { ...context(inv), error: err });
      else log.error('could not send a reply', { ...context(inv), error: err });
    }
  };

  return {
    async command(inv) {
      const command = deps.commands().get(inv.commandName);
      if (!command) {
        log.warn('unknown command', context(inv));
        await safeSend(
          inv,
          `citebot does not know /${inv.commandName} (any more). The command list refreshes after the next deploy.`,
        );
        return;
      }
      if (moderatorOnly.has(inv.commandName) && !isModerator(inv)) {
        log.info('moderator-only command refused', context(inv));
        await safeSend(
          inv,
          `On this server only members with the Manage Server permission can use /${inv.commandName}.`,
        );
        return;
      }
      await guarded(inv, () => command.execute(inv, ctx));
    },
    async button(inv) {
      await guarded(inv, () => handleButton(inv, ctx));
    },
    async autocomplete(inv) {
      const command = deps.commands().get(inv.commandName);
      if (!command?.autocomplete) return [];
      try {
        return sanitizeChoices(await command.autocomplete(inv, ctx));
      } catch (err) {
        log.error('autocomplete failed', {
          command: inv.commandName,
          option: inv.focused.name,
          user: inv.userId,
          error: err,
        });
        return [];
      }
    },
  };
}

export function isModerator(inv: Pick<Invocation, 'memberPermissions'>): boolean {
  const manage = PermissionFlagsBits.ManageGuild;
  return inv.memberPermissions !== null && (inv.memberPermissions & manage) === manage;
}

/** Discord rejects the whole response if one choice is out of bounds, so drop or cut those. */
export function sanitizeChoices(choices: Choice[]): Choice[] {
  const out: Choice[] = [];
  const seen = new Set<string>();
  for (const c of choices) {
    if (!c || typeof c.name !== 'string' || typeof c.value !== 'string') continue;
    if (c.value.length === 0 || c.value.length > LIMITS.choiceValue || seen.has(c.value)) continue;
    const name = c.name.length > LIMITS.choiceName ? c.name.slice(0, LIMITS.choiceName - 1) + '…' : c.name;
    if (!name.trim()) continue;
    seen.add(c.value);
    out.push({ name, value: c.value });
    if (out.length === LIMITS.choices) break;
  }
  return out;
}
