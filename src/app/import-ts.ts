// Imports a TypeScript module by its file, whether the code runs through tsx or bundled ahead
// (src/app/launch.mjs, which marks the process): bundled, tsx is registered first. For code that
// reads TypeScript files by path while it runs, which a bundle cannot carry: the bot loads
// commands/*.ts.

/** Set by src/app/launch.mjs before it imports a bundle. */
const BUNDLED = Symbol.for('citebot.bundled');

export async function importTs<T>(url: URL): Promise<T> {
  if ((globalThis as Record<symbol, unknown>)[BUNDLED]) {
    const { register } = await import('tsx/esm/api');
    register();
  }
  return (await import(url.href)) as T;
}
