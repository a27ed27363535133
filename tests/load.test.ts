/**
 * Load: 300 uploads at once to `factsheet serve` (a child process, as a user runs it), 10 of them bad.
 * Exactly 290 sheets and 10 error reports must come out — none missing, none made twice, nothing extra —
 * and all 300 inputs must still be there, byte for byte.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client, type _Object } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../functions/handler/s3-client.ts';
import { factSheetSchema } from '../functions/pipeline/factsheet.ts';
import { article, utf8 } from './helpers/hostile.ts';
import { readPdf } from './helpers/pdf.ts';
import { S3RVER_CREDENTIALS } from './helpers/s3rver.ts';

const BIN = fileURLToPath(new URL('../bin/factsheet.mjs', import.meta.url));
const BUCKET = 'factsheet';
const GOOD = 290;

/** The ten bad uploads: two of each way an input can be refused, each with the code its report must carry. */
const BAD: { key: string; body: Uint8Array; code: string }[] = [
  { key: 'incoming/bad/empty-1.txt', body: new Uint8Array(), code: 'EMPTY' },
  { key: 'incoming/bad/empty 2.md', body: utf8('  \n\n '), code: 'EMPTY' },
  { key: 'incoming/bad/image.txt', body: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), code: 'NOT_TEXT' },
  { key: 'incoming/bad/nul+bytes.txt', body: Uint8Array.from([0x41, 0, 0x42, 0, 0x43]), code: 'NOT_TEXT' },
  { key: 'incoming/bad/scripts.html', body: utf8('<html><body><script>alert(1)</script><style>p{}</style></body></html>'), code: 'NO_CONTENT' },
  { key: 'incoming/bad/furniture.txt', body: utf8('Headline\n\nRelated Stories\n\nNo stories found.\n\nShare this article'), code: 'NO_CONTENT' },
  { key: 'incoming/bad/photo.jpg', body: utf8('not really a photo'), code: 'UNSUPPORTED_TYPE' },
  { key: 'incoming/bad/no-extension', body: article(1), code: 'UNSUPPORTED_TYPE' },
  { key: 'incoming/bad/template.txt', body: article(2), code: 'BAD_TEMPLATE' },
  { key: 'incoming/bad/ünïcode archive.txt', body: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), code: 'NOT_TEXT' },
];

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Good keys spread over folders, with spaces, `+` and unicode, as real uploads are. */
const goodKey = (i: number) => `incoming/${['news', 'wire/agency', 'the archive', 'ünï+code'][i % 4]}/article ${i}.txt`;

async function listAll(client: S3Client, prefix: string): Promise<_Object[]> {
  const all: _Object[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix, ContinuationToken: token }));
    all.push(...(page.Contents ?? []));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return all;
}

const getBytes = async (client: S3Client, key: string) =>
  (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray();

/** Peak resident memory of a live process in MB (Linux /proc), else null. */
function peakMb(pid: number | undefined): number | null {
  const status = `/proc/${pid}/status`;
  if (pid === undefined || !existsSync(status)) return null;
  const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 1024) : null;
}

describe('load: 300 uploads at once to factsheet serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-load-'));
  let child: ChildProcessWithoutNullStreams | null = null;
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await new Promise((resolve) => child!.once('exit', resolve));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives exactly 290 sheets and 10 error reports, none missing or doubled, and keeps all 300 inputs', async () => {
    child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--dir', dir, '--bucket', BUCKET], {
      env: { ...process.env, SOURCE_DATE_EPOCH: '1763856000' },
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    const until = Date.now() + 60_000;
    while (!/endpoint:\s+http:\/\/127\.0\.0\.1:\d+/.test(out)) {
      if (Date.now() > until || child.exitCode !== null) throw new Error(`serve did not start: ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const endpoint = /endpoint:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
    const client = createS3Client({ endpoint, credentials: { ...S3RVER_CREDENTIALS } }, {});

    const uploads = [
      ...Array.from({ length: GOOD }, (_, i) => ({ key: goodKey(i), body: article(i), metadata: undefined as Record<string, string> | undefined })),
      ...BAD.map((b) => ({ key: b.key, body: b.body, metadata: b.code === 'BAD_TEMPLATE' ? { template: 'no-such-template' } : undefined })),
    ];
    const started = performance.now();
    try {
      // All at once: 300 PUTs in flight together.
      await Promise.all(
        uploads.map((u) => client.send(new PutObjectCommand({ Bucket: BUCKET, Key: u.key, Body: u.body, Metadata: u.metadata }))),
      );
      const uploadedSeconds = (performance.now() - started) / 1000;

      // Done when every upload has its JSON or its report (the JSON is written last, after the PDF).
      const deadline = Date.now() + 240_000;
      let sheets: _Object[] = [];
      let reports: _Object[] = [];
      while (Date.now() < deadline) {
        sheets = (await listAll(client, 'factsheets/')).filter((o) => o.Key!.endsWith('.json'));
        reports = await listAll(client, 'failed/');
        if (sheets.length + reports.length >= uploads.length) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const doneSeconds = (performance.now() - started) / 1000;
      // A moment more: anything late (a duplicate, a retry) would show up now.
      await new Promise((r) => setTimeout(r, 1500));

      const outputs = await listAll(client, 'factsheets/');
      reports = await listAll(client, 'failed/');
      const jsonKeys = outputs.filter((o) => o.Key!.endsWith('.json')).map((o) => o.Key!).sort();
      const pdfKeys = outputs.filter((o) => o.Key!.endsWith('.pdf')).map((o) => o.Key!).sort();
      const expectedBase = Array.from({ length: GOOD }, (_, i) => goodKey(i).replace(/^incoming\//, 'factsheets/').replace(/\.txt$/, '')).sort();
      expect(jsonKeys).toEqual(expectedBase.map((b) => `${b}.json`));
      expect(pdfKeys).toEqual(expectedBase.map((b) => `${b}.pdf`));
      expect(outputs).toHaveLength(2 * GOOD);
      expect(reports.map((r) => r.Key).sort()).toEqual(BAD.map((b) => `failed/${b.key.slice('incoming/'.length)}.error.json`).sort());

      // Each input handled once: one "made" or "failed" line per key in serve's output, no retries.
      for (const u of uploads) {
        const mentions = out.split('\n').filter((l) => /^(made|failed|skipped)\s/.test(l) && l.includes(u.key));
        expect(mentions, u.key).toHaveLength(1);
      }
      expect(out).not.toMatch(/^retrying /m);
      expect(out).not.toMatch(/^\s+at .+[:(]/m);

      // The reports carry the right code; the sheets are of the right input.
      for (const bad of BAD) {
        const report = JSON.parse(new TextDecoder().decode(await getBytes(client, `failed/${bad.key.slice('incoming/'.length)}.error.json`)));
        expect(report, bad.key).toMatchObject({ code: bad.code, key: bad.key });
      }
      await Promise.all(
        Array.from({ length: GOOD }, async (_, i) => {
          const base = goodKey(i).replace(/^incoming\//, 'factsheets/').replace(/\.txt$/, '');
          const sheet = factSheetSchema.parse(JSON.parse(new TextDecoder().decode(await getBytes(client, `${base}.json`))));
          expect(sheet.input.key).toBe(goodKey(i));
          expect(sheet.input.sha256).toBe(sha256(article(i)));
        }),
      );
      for (const i of [0, 145, 289]) {
        const base = goodKey(i).replace(/^incoming\//, 'factsheets/').replace(/\.txt$/, '');
        const pdf = await readPdf(await getBytes(client, `${base}.pdf`));
        expect(pdf.text).toContain(`${20 + i} tons`);
      }

      // All 300 inputs still there, unchanged (s3rver's ETag is the MD5 of the body).
      const inputs = await listAll(client, 'incoming/');
      expect(inputs).toHaveLength(uploads.length);
      const etags = new Map(inputs.map((o) => [o.Key!, o.ETag!.replace(/"/g, '')]));
      for (const u of uploads) expect(etags.get(u.key), u.key).toBe(md5(u.body));

      const memory = peakMb(child.pid);
      if (memory !== null) expect(memory).toBeLessThan(1024);
      console.log(
        `reliability figures (load): ${JSON.stringify({ uploads: uploads.length, uploadedSeconds, doneSeconds, servePeakMb: memory })}`,
      );
    } finally {
      client.destroy();
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 300_000);
});
