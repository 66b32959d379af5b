// Plain JavaScript, so that a pool worker can load it before TypeScript can be read: Node 20 does
// not carry the parent's tsx loader into worker threads (and under vitest there is none), so this
// registers tsx in the worker's own thread, then hands over build-worker.ts's task handler.
const { register } = await import('tsx/esm/api');
register();
const { default: build } = await import('./build-worker.ts');
export default build;
