// The BotContext the handlers share: the engine now serving, /reload's swap, the source
// lookup for footers, and the deferral policy around engine work.
import type { Engine } from '../../answer/engine.js';
import { withoutPaths } from '../../answer/input.js';
import type { SourceView } from '../../answer/result.js';
import { WorkTimes, interactionAge, shouldDefer } from './deferral.js';
import type { Logger } from '../setup/log.js';
import type { BotContext, Command, Invocation, ReloadOutcome } from '../types.js';
import { plural } from '../../app/plural.js';

export interface EngineSource {
  /** Opens (loading or rebuilding) the store; throws when it cannot. */
  open(): Promise<{ engine: Engine; warnings: string[] }>;
  /** Registers who is told when an article is found damaged in the store while serving. */
  onDamage?(listener: (doc: string) => void): void;
}

export interface ContextOptions {
  engine: Engine;
  source: EngineSource;
  log: Logger;
  commands: () => Command[];
  /** The clock (ms) for interaction age and engine work time; tests pass one they advance instead of waiting. */
  now?: () => number;
  /** Where /article add saves articles; null when the engine source is not a seeds folder. */
  seedsDir?: string | null;
}

export function createBotContext(opts: ContextOptions): BotContext {
  let engine = opts.engine;
  let sources: Map<string, SourceView> | null = null;
  let reloading: Promise<ReloadOutcome> | null = null;
  const times = new WorkTimes();
  const now = opts.now ?? Date.now;

  const sourceMap = (): Map<string, SourceView> => {
    if (!sources) {
      const result = engine.run('sources', '');
      sources = new Map((result.sources ?? []).map((s) => [s.doc, s]));
    }
    return sources;
  };

  const doReload = async (): Promise<ReloadOutcome> => {
    try {
      const opened = await opts.source.open();
      engine = opened.engine;
      sources = null;
      const s = engine.stats();
      for (const w of opened.warnings) opts.log.warn('reload warning', { warning: w });
      opts.log.info('reloaded', { documents: s.documents, quotes: s.quotes });
      return {
        ok: true,
        message: `Reloaded: ${plural(s.documents, 'article')}, ${plural(s.quotes, 'quote')}, ${plural(s.entities, 'name')}.`,
        // Shown in Discord: file names only, never the server's folders (the log has them in full).
        warnings: opened.warnings.map(withoutPaths),
      };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      opts.log.error('reload failed; the previous store keeps serving', { error: err });
      return {
        ok: false,
        message: `Reload failed, so the previous articles are still being served. Reason: ${withoutPaths(reason)}`,
        warnings: [],
      };
    }
  };

  // A damaged article is rebuilt by a reload in the background; the store now serving answers the rest meanwhile.
  opts.source.onDamage?.((doc) => {
    opts.log.warn('an article is damaged in the store; rebuilding it', { doc });
    reloading ??= doReload().finally(() => {
      reloading = null;
    });
  });

  return {
    seedsDir: opts.seedsDir ?? null,
    engine: () => engine,
    source: (doc) => {
      try {
        return sourceMap().get(doc) ?? null;
      } catch {
        return null;
      }
    },
    log: opts.log,
    commandSummaries: () =>
      opts.commands().map((c) => {
        const json = c.data.toJSON() as { name: string; description?: string };
        return { name: json.name, description: json.description ?? '' };
      }),
    reload: () => {
      // Two /reload presses at once share one rebuild.
      reloading ??= doReload().finally(() => {
        reloading = null;
      });
      return reloading;
    },
    async work<T>(
      inv: Invocation,
      ephemeral: boolean,
      label: string,
      fn: (e: Engine) => T | Promise<T>,
      alwaysDefer = false,
    ): Promise<T> {
      const age = interactionAge(inv.id, inv.receivedAt, now());
      if (shouldDefer({ age, slowLabel: times.isSlow(label), alwaysSlow: alwaysDefer })) {
        await inv.reply.defer(ephemeral);
        // Let the acknowledgement leave the process before synchronous engine work holds the loop.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const t0 = now();
      try {
        return await fn(engine);
      } finally {
        times.record(label, now() - t0);
      }
    },
  };
}
