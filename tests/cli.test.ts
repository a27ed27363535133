/**
 * The real `factsheet` bin, spawned as a user would run it: exit codes, stderr lines, outputs on disk.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factSheetSchema } from '../functions/pipeline/factsheet.ts';
import { readPdf } from './helpers/pdf.ts';

const BIN = fileURLToPath(new URL('../bin/factsheet.mjs', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../examples/aid-flight.txt', import.meta.url));
const EXAMPLE_HTML = fileURLToPath(new URL('../examples/harbour-strike.html', import.meta.url));
const BRIEF_TEMPLATE = fileURLToPath(new URL('../templates/brief.json', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function factsheet(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const stderrLines = (run: Run) => run.stderr.split('\n').filter((l) => l.trim() !== '');
const readSheet = (path: string) => factSheetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));

describe('factsheet CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'factsheet-cli-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes <name>.pdf and <name>.json beside the input and exits 0', async () => {
    const work = join(dir, 'single');
    mkdirSync(work);
    copyFileSync(EXAMPLE, join(work, 'aid flight.txt'));
    const run = await factsheet(['aid flight.txt'], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const sheet = readSheet(join(work, 'aid flight.json'));
    expect(sheet.title).toContain('relief flight');
    expect(sheet.keyStatements.length).toBeGreaterThanOrEqual(3);
    const pdf = await readPdf(new Uint8Array(readFileSync(join(work, 'aid flight.pdf'))));
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
    expect(pdf.text).toContain('Dushanbe');
    expect(run.stdout).toContain('aid flight.pdf');
  });

  it('walks a folder for .txt/.md/.html/.htm and mirrors it under --out; --format json writes no PDF', async () => {
    const src = join(dir, 'tree');
    mkdirSync(join(src, 'world', 'asia'), { recursive: true });
    mkdirSync(join(src, '.git'), { recursive: true });
    copyFileSync(EXAMPLE, join(src, 'top.txt'));
    copyFileSync(EXAMPLE_HTML, join(src, 'world', 'strike.html'));
    copyFileSync(EXAMPLE, join(src, 'world', 'asia', 'flight.md'));
    copyFileSync(EXAMPLE_HTML, join(src, 'world', 'old.HTM'));
    writeFileSync(join(src, 'notes.csv'), 'a,b\n');
    copyFileSync(EXAMPLE, join(src, '.git', 'hidden.txt'));
    const out = join(dir, 'tree-out');
    const run = await factsheet([src, '--out', out, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const rel of ['top.json', 'world/strike.json', 'world/asia/flight.json', 'world/old.json']) {
      expect(existsSync(join(out, rel)), rel).toBe(true);
    }
    for (const rel of ['top.pdf', 'world/strike.pdf', 'notes.json', '.git/hidden.json', 'hidden.json']) {
      expect(existsSync(join(out, rel)), rel).toBe(false);
    }
    expect(readSheet(join(out, 'world/strike.json')).input.format).toBe('html');
    expect(existsSync(join(src, 'top.json'))).toBe(false);
  });

  it('exits 1 with one stderr line per failed input naming the file and the reason, no stack; good inputs still made', async () => {
    const work = join(dir, 'mixed');
    mkdirSync(work);
    writeFileSync(join(work, 'empty.txt'), '');
    // A PNG named .txt
    writeFileSync(join(work, 'photo.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'));
    copyFileSync(EXAMPLE, join(work, 'good.txt'));
    const run = await factsheet(['empty.txt', 'photo.txt', 'good.txt', 'missing.txt', '/dev/zero'], { cwd: work });
    expect(run.code).toBe(1);
    const lines = stderrLines(run);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes('/dev/zero'))).toMatch(/not a regular file/);
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/EMPTY/);
    expect(lines.find((l) => l.includes('photo.txt'))).toMatch(/NOT_TEXT/);
    expect(lines.find((l) => l.includes('missing.txt'))).toMatch(/no such file/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(work, 'good.pdf'))).toBe(true);
    expect(existsSync(join(work, 'empty.pdf'))).toBe(false);
    expect(existsSync(join(work, 'empty.json'))).toBe(false);
  });

  it('refuses to let two inputs overwrite each other (a.txt and a.md side by side)', async () => {
    const work = join(dir, 'clash');
    mkdirSync(work);
    copyFileSync(EXAMPLE, join(work, 'a.txt'));
    copyFileSync(EXAMPLE, join(work, 'a.md'));
    const run = await factsheet(['.', '--format', 'json'], { cwd: work });
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([expect.stringMatching(/a\.txt.*overwrite.*a\.md|a\.md.*overwrite.*a\.txt/)]);
  });

  it.each([
    [[] as string[], /no input/],
    [['--format', 'docx', 'x.txt'], /--format/],
    [['--bogus', 'x.txt'], /bogus/],
    [['--template', 'no-such-template', 'x.txt'], /unknown template/],
    [['serve', 'extra'], /no arguments/],
    [['reprocess'], /--bucket/],
    [['serve', '--port', 'abc'], /--port/],
  ])('exits 2 on a usage error: %j', { concurrent: true }, async (args, message) => {
    const run = await factsheet(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('--help');
  });

  it('--help explains the commands, options and exit codes', async () => {
    const run = await factsheet(['--help']);
    expect(run.code).toBe(0);
    for (const word of ['--out', '--template', '--format', 'serve', 'reprocess', 'Exit status']) {
      expect(run.stdout).toContain(word);
    }
    const serve = await factsheet(['serve', '--help']);
    expect(serve.code).toBe(0);
    expect(serve.stdout).toContain('S3RVER');
  });

  it('takes a template by name or as a JSON file; an invalid template file is a usage error', async () => {
    const work = join(dir, 'templates');
    mkdirSync(work);
    copyFileSync(EXAMPLE, join(work, 'a.txt'));
    copyFileSync(BRIEF_TEMPLATE, join(work, 'mine.json'));
    const byName = await factsheet(['a.txt', '-t', 'brief', '-f', 'json', '-o', 'named'], { cwd: work });
    expect(byName.code).toBe(0);
    expect(readSheet(join(work, 'named', 'a.json')).generator.template).toBe('brief');
    const byFile = await factsheet(['a.txt', '--template', 'mine.json', '--out', 'file'], { cwd: work });
    expect(byFile.stderr).toBe('');
    expect(byFile.code).toBe(0);
    expect(existsSync(join(work, 'file', 'a.pdf'))).toBe(true);
    writeFileSync(join(work, 'broken.json'), '{"name": 3}');
    const broken = await factsheet(['a.txt', '--template', 'broken.json'], { cwd: work });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/template/);
  });

  it('gives byte-identical PDFs for the same input under SOURCE_DATE_EPOCH', async () => {
    const work = join(dir, 'repro');
    mkdirSync(work);
    copyFileSync(EXAMPLE, join(work, 'a.txt'));
    const env = { SOURCE_DATE_EPOCH: '1763856000' };
    expect((await factsheet(['a.txt', '-o', 'one', '-f', 'pdf'], { cwd: work, env })).code).toBe(0);
    expect((await factsheet(['a.txt', '-o', 'two', '-f', 'pdf'], { cwd: work, env })).code).toBe(0);
    expect(readFileSync(join(work, 'one', 'a.pdf')).equals(readFileSync(join(work, 'two', 'a.pdf')))).toBe(true);
    expect(existsSync(join(work, 'one', 'a.json'))).toBe(false);
  });

  it('handles a few hundred files with --format json in one process (generous bound)', async () => {
    const src = join(dir, 'many');
    mkdirSync(src);
    const article = readFileSync(EXAMPLE, 'utf8');
    for (let i = 0; i < 300; i++) writeFileSync(join(src, `a${i}.txt`), article.replaceAll('42 tons', `${i + 1} tons`));
    const started = Date.now();
    const run = await factsheet([src, '--out', join(dir, 'many-out'), '--format', 'json', '--quiet']);
    const seconds = (Date.now() - started) / 1000;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readSheet(join(dir, 'many-out', 'a299.json')).figures.some((f) => f.text.includes('300 tons'))).toBe(true);
    expect(seconds).toBeLessThan(120);
  });
});
