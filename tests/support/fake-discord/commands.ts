// Application command registrations, global and per guild. A bulk PUT replaces the set but keeps
// ids for commands with the same name and type, as Discord does, so re-running the deploy script
// is idempotent and observable.
import { snowflake } from './ids.js';
import type { KnownCommand } from './interactions.js';

export interface StoredCommand extends Record<string, unknown> {
  id: string;
  application_id: string;
  guild_id?: string;
  name: string;
  type: number;
  description: string;
  default_member_permissions: string | null;
  version: string;
  options?: { name: string; type: number }[];
}

const CHAT_INPUT_NAME = /^[-_\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Why Discord would refuse this command definition, or null. */
export function commandProblem(def: Record<string, unknown>): string | null {
  const type = (def.type as number | undefined) ?? 1;
  const name = def.name;
  if (typeof name !== 'string') return 'name missing';
  if (type === 1) {
    if (!CHAT_INPUT_NAME.test(name)) return `slash command name "${name}" is not 1–32 lowercase characters`;
    const d = def.description;
    if (typeof d !== 'string' || d.length < 1 || d.length > 100)
      return `/${name}: description must be 1–100 characters`;
    const options = (def.options as Record<string, unknown>[] | undefined) ?? [];
    if (options.length > 25) return `/${name}: more than 25 options`;
    let seenOptional = false;
    for (const o of options) {
      if (typeof o.name !== 'string' || !CHAT_INPUT_NAME.test(o.name))
        return `/${name}: bad option name ${String(o.name)}`;
      if (typeof o.description !== 'string' || o.description.length < 1 || o.description.length > 100)
        return `/${name} ${o.name}: description must be 1–100 characters`;
      // Discord requires required options to come before optional ones.
      if (o.required === true && seenOptional) return `/${name}: required option ${o.name} after an optional one`;
      if (o.required !== true) seenOptional = true;
      if (o.autocomplete === true && Array.isArray(o.choices) && o.choices.length > 0)
        return `/${name} ${o.name}: autocomplete and choices are exclusive`;
    }
  } else if (name.length < 1 || name.length > 32) {
    return `context menu name "${name}" must be 1–32 characters`;
  }
  return null;
}

export class CommandStore {
  private readonly scopes = new Map<string, StoredCommand[]>();

  constructor(private readonly applicationId: string) {}

  list(guildId: string | null): StoredCommand[] {
    return this.scopes.get(guildId ?? 'global') ?? [];
  }

  /** Bulk overwrite. Returns the stored set or a reason the whole request is refused. */
  overwrite(guildId: string | null, defs: Record<string, unknown>[]): StoredCommand[] | string {
    const problems = defs.map(commandProblem).filter((p) => p !== null);
    if (problems.length > 0) return problems.join('; ');
    const keys = defs.map((d) => `${(d.type as number | undefined) ?? 1}:${String(d.name)}`);
    if (new Set(keys).size !== keys.length) return 'duplicate command name for one type';
    const previous = this.list(guildId);
    const next = defs.map((def) => this.store(guildId, def, previous));
    this.scopes.set(guildId ?? 'global', next);
    return next;
  }

  create(guildId: string | null, def: Record<string, unknown>): StoredCommand | string {
    const problem = commandProblem(def);
    if (problem) return problem;
    const previous = this.list(guildId);
    const stored = this.store(guildId, def, previous);
    this.scopes.set(guildId ?? 'global', [...previous.filter((c) => c.id !== stored.id), stored]);
    return stored;
  }

  /** Guild commands shadow global ones, as in the Discord client. */
  lookup(guildId: string | null, name: string, type: number): KnownCommand | undefined {
    const find = (list: StoredCommand[]) => list.find((c) => c.name === name && c.type === type);
    return find(this.list(guildId)) ?? find(this.list(null));
  }

  private store(guildId: string | null, def: Record<string, unknown>, previous: StoredCommand[]): StoredCommand {
    const type = (def.type as number | undefined) ?? 1;
    const existing = previous.find((c) => c.name === def.name && c.type === type);
    return {
      ...def,
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      name: String(def.name),
      type,
      description: typeof def.description === 'string' ? def.description : '',
      default_member_permissions: (def.default_member_permissions as string | null | undefined) ?? null,
      version: snowflake(),
    };
  }
}
