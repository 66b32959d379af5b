import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/documents/parse.js';
import { openEngine } from '../src/app/open.js';
import { buildDocument } from '../src/store/build-document.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'citebot-docs-'));

describe('document parsing', () => {
  it('reads the seed form "date 2021-02-03 While ..." as the date, not as text', () => {
    const text = ' date 2021-02-03 While the talks went on, nothing changed.\n\nSecond paragraph here.';
    const p = parseDocument(text);
    expect(p.meta.date).toBe('2021-02-03');
    expect(text.slice(p.blocks[0]!.start, p.blocks[0]!.end)).toBe('While the talks went on, nothing changed.');
    expect(p.blocks).toHaveLength(2);
  });

  it('keeps offsets into the text as read, BOM and CRLF included', () => {
    const text = '\ufefftitle: Hello\r\n\r\nFirst one.\r\nStill first.\r\n\r\nA Heading\r\n\r\nSecond one.';
    const p = parseDocument(text);
    expect(p.meta.title).toBe('Hello');
    const kinds = p.blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
    expect(kinds).toEqual([
      ['paragraph', 'First one.\r\nStill first.'],
      ['heading', 'A Heading'],
      ['paragraph', 'Second one.'],
    ]);
  });

  it('reads YAML front matter and markdown headings', () => {
    const text = '---\ntitle: "Talks in Doha"\ndate: March 3, 2020\nauthor: A. Writer\n---\n# The talks\n\nThey met.';
    const p = parseDocument(text);
    expect(p.meta).toMatchObject({ title: 'Talks in Doha', date: '2020-03-03', author: 'A. Writer' });
    expect(p.blocks[0]).toMatchObject({ kind: 'heading' });
    expect(text.slice(p.blocks[0]!.start, p.blocks[0]!.end)).toBe('The talks');
  });

  it('titles a document without a title from its first heading, else its file name', () => {
    const a = buildDocument({
      id: 'a',
      path: 'a.txt',
      fingerprint: 'x',
      text: 'Big News Today\n\nThe minister said that prices rose.',
    });
    expect(a.title).toBe('Big News Today');
    const b = buildDocument({
      id: 'b-file',
      path: 'b.txt',
      fingerprint: 'y',
      text: 'The minister said that prices rose.',
    });
    expect(b.title).toBe('b-file');
  });

  it('warns about bad files by name and reason and still loads the good ones', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.txt'), 'Omar Nessar said that the talks went well.');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    writeFileSync(join(dir, 'notes.pdf'), 'ignored: not a document type');
    const { engine, warnings } = await openEngine({ seedsDir: dir, storePath: join(tmp(), 's.json') });
    expect(warnings.join('\n')).toMatch(/empty\.txt: empty file/);
    expect(warnings.join('\n')).toMatch(/binary\.txt: binary data/);
    expect(warnings.join('\n')).toMatch(/latin1\.md: not UTF-8/);
    expect(warnings.every((w) => !w.includes('\n'))).toBe(true);
    expect(engine.stats().documents).toBe(1);
    expect(engine.run('quote', 'Nessar').quotes[0]?.text).toBe('the talks went well.');
  });
});

describe('encodings', () => {
  it('reads an article saved as UTF-16 with its byte-order mark, either byte order', async () => {
    const dir = tmp();
    const text = 'The harbour café reopened on Friday, said Ines Varga.';
    writeFileSync(join(dir, 'little.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const big = Buffer.from(text, 'utf16le').swap16();
    writeFileSync(join(dir, 'big.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), big]));
    const { engine, warnings } = await openEngine({ seedsDir: dir, storePath: join(tmp(), 's.json') });
    expect(warnings).toEqual([]);
    expect(engine.stats().documents).toBe(2);
    const r = engine.run('ask', 'when did the café reopen?', { doc: 'big' });
    expect(r.answer).toContain('Friday');
  });
});

describe('lines of figures', () => {
  it('reads a short line of figures as a paragraph that can be cited, and a title-case line with a number as a heading', () => {
    const text =
      'Results\n\nShr loss nil vs profit 19 cts\n\nRevs 13.6 mln vs 10.6 mln\n\nElection 2024\n\nThe vote is in May.';
    const kinds = parseDocument(text).blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
    expect(kinds).toEqual([
      ['heading', 'Results'],
      ['paragraph', 'Shr loss nil vs profit 19 cts'],
      ['paragraph', 'Revs 13.6 mln vs 10.6 mln'],
      ['heading', 'Election 2024'],
      ['paragraph', 'The vote is in May.'],
    ]);
  });
});
