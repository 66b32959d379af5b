// Loads every command module in commands/ (discord.js guide style: each exports `data` and
// `execute`, optionally `autocomplete`). The same definitions feed deploy-commands.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Command } from '../types.js';

export const COMMANDS_DIR = fileURLToPath(new URL('../../../commands/', import.meta.url));

function isCommand(mod: unknown): mod is Command {
  const m = mod as Partial<Command> | null;
  return (
    !!m &&
    typeof m.execute === 'function' &&
    !!m.data &&
    typeof (m.data as { name?: unknown }).name === 'string' &&
    typeof (m.data as { toJSON?: unknown }).toJSON === 'function'
  );
}

export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js|mjs)$/.test(f) && !/\.d\.ts$|\.test\./.test(f)).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const mod: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    if (!isCommand(mod)) throw new Error(`commands/${file} must export \`data\` (a command builder) and \`execute\``);
    const name = mod.data.name;
    if (commands.has(name)) throw new Error(`commands/${file} defines /${name}, which another module already defines`);
    commands.set(name, { data: mod.data, execute: mod.execute, autocomplete: mod.autocomplete });
  }
  return commands;
}

/** The JSON bodies Discord's bulk-overwrite endpoint takes. */
export function commandBodies(commands: Map<string, Command>): unknown[] {
  return [...commands.values()].map((c) => c.data.toJSON());
}
