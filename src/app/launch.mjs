// `node [flags] src/app/launch.mjs ENTRY.ts [args...]`: runs a TypeScript entry point (npm start,
// npm run cli) as JavaScript that esbuild bundled ahead, kept under .citebot/js and bundled again
// when any file it was made from has changed. Starting through tsx's loader was most of the time
// to the first answer on one article: a loader thread, and a round trip to it for each of the
// 170-odd modules. Plain JavaScript, so that it runs before anything can read TypeScript. When
// the bundle cannot be made (no esbuild, a folder that cannot be written), the entry runs through
// tsx as before.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(REPO, '.citebot', 'js');
/** Besides the modules, what the bundle is made by: this recipe and the compiler settings. */
const RECIPE = [relative(REPO, fileURLToPath(import.meta.url)), 'tsconfig.json'];
/**
 * A bundle no manifest names any more is removed after this long: a process started from it
 * may still load its lazily imported parts (the Discord side, Redis) until then.
 */
const STALE_BUILD_MS = 24 * 60 * 60 * 1000;

/** The manifest of one entry's bundle: where it is, and the size and time of each file it was made from. */
const manifestPath = (entry) => join(OUT, `${relative(REPO, entry).replace(/[\\/]/g, '__')}.json`);

/** A file's size and modification time; one modified after `since` (while bundling) matches nothing later. */
function stamp(path, since = Infinity) {
  const st = statSync(join(REPO, path), { throwIfNoEntry: false });
  if (!st) return 'missing';
  return st.mtimeMs < since ? `${st.size}:${st.mtimeMs}` : 'changed while bundling';
}

/** The bundle of `entry` made from the files as they are now, or null. */
function currentBundle(entry) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath(entry), 'utf8'));
  } catch {
    return null;
  }
  if (manifest.node !== process.version) return null;
  for (const [path, was] of Object.entries(manifest.inputs)) if (stamp(path) !== was) return null;
  return join(OUT, manifest.main);
}

/**
 * Each module's own `import.meta.url` is written into it, so that what it finds beside itself
 * (the repository root, worker scripts, the sources the store version hashes) is found as when
 * it runs from its file.
 */
const ownUrls = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(
        /\bimport\.meta\.url\b/g,
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

async function bundle(entry) {
  const { build, stop } = await import('esbuild');
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  const dir = `build-${process.pid}-${started.toString(36)}`;
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: REPO,
    outbase: REPO,
    outdir: join(OUT, dir),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Dynamic imports stay separate files, loaded when reached: the bot's modules are not read to answer in the terminal.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node}`,
    // esbuild lowers a regular expression with a Unicode property escape (\p{Lu}) for Node 20 to a
    // `new RegExp(...)` made at each evaluation; Node 20 has them all, and the answer path evaluates
    // a few hundred per question (half a microsecond each, against a tenth for a literal).
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
    plugins: [ownUrls],
  }).finally(stop);
  const inputs = Object.fromEntries(
    [...Object.keys(result.metafile.inputs), ...RECIPE].map((p) => [p, stamp(p, started)]),
  );
  const main = join(dir, relative(REPO, entry).replace(/\.ts$/, '.mjs'));
  // Written whole then renamed: two starts bundling at once each leave a complete manifest.
  const tmp = `${manifestPath(entry)}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ node: process.version, entry: relative(REPO, entry), main, inputs }));
  renameSync(tmp, manifestPath(entry));
  removeStaleBuilds();
  return join(OUT, main);
}

function removeStaleBuilds() {
  const names = readdirSync(OUT);
  const named = new Set();
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    // The bundle of an entry point since deleted (a test's, a scratch script) goes with its
    // manifest, as does an unreadable manifest's (that entry is bundled again at its next start).
    try {
      const manifest = JSON.parse(readFileSync(join(OUT, name), 'utf8'));
      if (existsSync(join(REPO, manifest.entry))) {
        named.add(manifest.main.split(/[\\/]/)[0]);
        continue;
      }
    } catch {
      /* removed below */
    }
    rmSync(join(OUT, name), { force: true });
  }
  for (const name of names) {
    if (!name.startsWith('build-') || named.has(name)) continue;
    // Another start may have removed it meanwhile.
    const made = statSync(join(OUT, name), { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - made > STALE_BUILD_MS) rmSync(join(OUT, name), { recursive: true, force: true });
  }
}

const [entryArg] = process.argv.splice(2, 1);
if (!entryArg) {
  process.stderr.write('usage: node src/app/launch.mjs ENTRY.ts [args...]\n');
  process.exit(2);
}
const entry = resolve(entryArg);
// The entry sees the arguments it would see run directly: argv[1] is its own path.
process.argv[1] = entry;
let compiled = null;
try {
  compiled = currentBundle(entry) ?? (await bundle(entry));
} catch (e) {
  // esbuild's own first error says more than its summary line.
  const why = e.errors?.[0]?.text ?? e.message.split('\n')[0];
  process.stderr.write(`citebot: running ${basename(entry)} through tsx (no bundle: ${why})\n`);
}
if (compiled) {
  // Code that must load a TypeScript file by path reads this (src/app/import-ts.ts).
  globalThis[Symbol.for('citebot.bundled')] = true;
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
