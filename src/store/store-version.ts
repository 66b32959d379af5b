// The store's version follows the code that makes it: a hash of every module the store's
// builder, its corpus index and its file format are made of (followed through their imports:
// parsing, NLP, extraction, the text helpers) and of the versions of the packages those import
// (wink's model, WordNet). Change any of that code and a store built before is rebuilt at the
// next open: there is no number to remember to bump. A change that cannot alter what is stored
// (a comment) rebuilds it too, which costs a build, never a wrong answer.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a store is built by: the builder of each record, the corpus index, and the file's layout. */
const ROOTS = ['build-document.ts', 'corpus-index.ts', 'store-file.ts'];

const HERE = dirname(fileURLToPath(import.meta.url));
/** Paths are hashed relative to src/, so the folder the code is checked out in does not count. */
const SRC = resolve(HERE, '..');

/**
 * Module specifiers a source file names: static and dynamic imports, re-exports, `require('x')`
 * and `createRequire(...)('x')`.
 */
const SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\)\s*\(\s*)['"]([^'"\s]+)['"]/g;

export interface CodeVersionInput {
  /** Absolute paths of the modules to start from. */
  roots: readonly string[];
  /** Where relative paths start from, so the same code hashes the same wherever it is. */
  base: string;
  readFile: (path: string) => string;
  /** The version of an installed package, or null when it cannot be found. */
  packageVersion: (name: string) => string | null;
}

/** A hash of the modules reachable from `roots` by relative imports, and of the packages they import. */
export function codeVersion({ roots, base, readFile, packageVersion }: CodeVersionInput): string {
  const files = new Map<string, string>();
  const packages = new Set<string>();
  const visit = (path: string): void => {
    if (files.has(path)) return;
    let text: string;
    try {
      // Line endings as checked out do not count.
      text = readFile(path).replace(/\r\n/g, '\n');
    } catch {
      // A path that only looks like an import (in a comment) is hashed as missing.
      text = '\0missing';
    }
    files.set(path, text);
    for (const [, spec] of text.matchAll(SPECIFIERS)) {
      if (spec!.startsWith('.')) visit(resolve(dirname(path), spec!.replace(/\.js$/, '.ts')));
      else if (!spec!.startsWith('node:')) packages.add(packageName(spec!));
    }
  };
  roots.forEach(visit);
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort())
    hash.update(`${relative(base, path).split('\\').join('/')}\0${files.get(path)}\0`);
  for (const name of [...packages].sort()) hash.update(`${name}@${packageVersion(name) ?? 'missing'}\0`);
  return hash.digest('hex').slice(0, VERSION_CHARS);
}

/** Hex digits kept of the hash: 64 bits, far past any chance of two builds' code colliding. */
const VERSION_CHARS = 16;

/** "wink-nlp/utilities" -> "wink-nlp"; "@scope/pkg/x" -> "@scope/pkg". */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function installedVersion(name: string): string | null {
  const require = createRequire(import.meta.url);
  let manifest: string | null = null;
  try {
    manifest = require.resolve(`${name}/package.json`);
  } catch {
    // A package whose exports hide its package.json: walk up from its entry to the folder named for it.
    try {
      for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
        if (existsSync(join(dir, 'package.json')) && dir.endsWith(join('node_modules', name))) {
          manifest = join(dir, 'package.json');
          break;
        }
      }
    } catch {
      return null;
    }
  }
  if (!manifest) return null;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? null;
}

let version: string | null = null;

/** This code's store version, worked out once per process (a few milliseconds). */
export function storeVersion(): string {
  version ??= codeVersion({
    roots: ROOTS.map((f) => join(HERE, f)),
    base: SRC,
    readFile: (p) => readFileSync(p, 'utf8'),
    packageVersion: installedVersion,
  });
  return version;
}
