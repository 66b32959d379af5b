// Every temporary folder the tests make (articles, stores, CLI homes) goes under one root made
// for the run and removed after it, so a test run leaves nothing behind in the machine's /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function makeTempRoot(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'citebot-tests-'));
  // os.tmpdir() reads TMPDIR, and the test workers and the processes they start inherit it.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
