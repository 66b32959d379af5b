// HTTP interactions mode reads /article's subcommand and attachment as the gateway mode does.
import type { APIInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { invocationFromPayload, type InteractionWebhook } from '../src/discord/transports/http-adapter.js';

const webhook: InteractionWebhook = {
  editOriginal: async () => undefined,
  deleteOriginal: async () => undefined,
  followUp: async () => undefined,
};

describe('invocationFromPayload for /article add', () => {
  it('gives the subcommand, its options and the resolved attachment', () => {
    const payload = {
      id: '1',
      type: 2,
      guild_id: 'g',
      channel: { id: 'c' },
      member: { permissions: '32', user: { id: 'u', username: 'mod' } },
      data: {
        name: 'article',
        type: 1,
        options: [{ name: 'add', type: 1, options: [{ name: 'file', type: 11, value: '99' }] }],
        resolved: {
          attachments: {
            '99': {
              id: '99',
              filename: 'story.html',
              size: 1234,
              url: 'https://cdn.example/story.html',
              content_type: 'text/html',
            },
          },
        },
      },
    } as unknown as APIInteraction;
    const inv = invocationFromPayload(payload, () => undefined, webhook)!;
    expect(inv.getSubcommand?.()).toBe('add');
    expect(inv.getAttachment?.('file')).toEqual({
      url: 'https://cdn.example/story.html',
      filename: 'story.html',
      size: 1234,
      contentType: 'text/html',
    });
    expect(inv.getAttachment?.('other')).toBeNull();
    expect(inv.getString('url')).toBeNull();
  });
});
