/**
 * The function's asset, exactly as `cdk deploy` would upload it, runs on its own: synthesize the app, copy
 * the asset folder out of cdk.out into an empty temp folder with no node_modules above it, and invoke its
 * handler in a separate node process, with the environment the stack gives the function, against a real
 * s3rver. pdfkit's bundling traps (import.meta.url, font data read at run time) only show up here.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_FILES } from '../functions/pipeline/fonts.ts';
import { encodeS3EventKey } from '../functions/pipeline/keys.ts';
import { readPdf } from './helpers/pdf.ts';
import { S3RVER_CREDENTIALS, startS3rver, type LocalS3 } from './helpers/s3rver.ts';
import { functionAssetDir, synthApp, type Synthesized } from './helpers/synth.ts';

const run = promisify(execFile);

// Written for this test, shaped like the wire copy the pipeline meets: a caption, curly quotes, boilerplate.
const ARTICLE = `Ministers agree €40 million flood fund after week of talks

BRUSSELS, March 3 (Reuters) - European ministers on Tuesday agreed a €40 million fund to rebuild flood defences along the Danube, after a week of talks that officials described as tense.

“We cannot wait for the next flood to decide who pays,” said Maria Hoffmann, the Austrian environment minister. She said the money would cover 12 towns in three countries.

The fund will be managed by the European Investment Bank, a spokesman for the bank said, and the first payments are due on April 15.

Rescue workers clear debris in Krems, Austria, in September. (File | AP)

“We cannot wait for the next flood to decide who pays,” the minister repeated at a news conference on Wednesday.

Subscribe to our newsletter for the latest updates.
`;

const KEY = 'incoming/news/flood fund 2026.txt';
const EMPTY_KEY = 'incoming/news/empty.txt';

interface S3Object {
  key: string;
  eTag: string;
  size: number;
}

function sqsRecord(id: string, bucket: string, objects: S3Object[]) {
  return {
    messageId: id,
    receiptHandle: `receipt-${id}`,
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:factsheet-queue',
    awsRegion: 'us-east-1',
    attributes: { ApproximateReceiveCount: '1' },
    messageAttributes: {},
    body: JSON.stringify({
      Records: objects.map((o) => ({
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventName: 'ObjectCreated:Put',
        s3: {
          bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
          // S3 URL-encodes keys in notifications, with `+` for a space.
          object: { key: encodeS3EventKey(o.key), size: o.size, eTag: o.eTag },
        },
      })),
    }),
  };
}

/** Lambda's ESM loader, reduced: import the bundle by file URL and call its handler once. */
const RUNNER = `
import { writeFileSync } from 'node:fs';
const [bundle, eventFile, resultFile] = process.argv.slice(2);
const event = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(eventFile, 'utf8')));
const mod = await import(bundle);
const context = { awsRequestId: 'asset-runs-alone', functionName: 'factsheet', getRemainingTimeInMillis: () => 60000 };
const result = await mod.handler(event, context);
writeFileSync(resultFile, JSON.stringify(result));
`;

function hasNodeModulesAbove(dir: string): string | null {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules'))) return join(at, 'node_modules');
    if (dirname(at) === at) return null;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

describe('the function asset runs alone', () => {
  let synthesized: Synthesized;
  let assetDir: string;
  let work: string;
  let fnDir: string;
  let s3: LocalS3;

  beforeAll(async () => {
    synthesized = synthApp();
    assetDir = functionAssetDir(synthesized);
    work = mkdtempSync(join(tmpdir(), 'factsheet-asset-'));
    fnDir = join(work, 'task');
    cpSync(assetDir, fnDir, { recursive: true });
    s3 = await startS3rver();
  });

  afterAll(async () => {
    await s3?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is an ES module bundle with the fonts beside it, and nothing to resolve from outside', () => {
    expect(hasNodeModulesAbove(fnDir)).toBeNull();
    expect(existsSync(join(fnDir, 'index.mjs'))).toBe(true);
    expect(existsSync(join(fnDir, 'node_modules'))).toBe(false);
    for (const font of FONT_FILES) {
      expect(statSync(join(fnDir, 'fonts', font)).size, font).toBeGreaterThan(100_000);
    }
    const code = readFileSync(join(fnDir, 'index.mjs'), 'utf8');
    // Nothing is left to the runtime's copy of the AWS SDK: no bare import of @aws-sdk survives.
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
  });

  it('reaches S3 without the AWS SDK (functions/handler/s3-http.ts): none of its ~450 KB is loaded at a cold start', () => {
    const code = readFileSync(join(fnDir, 'index.mjs'), 'utf8');
    // The user agent every SDK client builds; in the bundle exactly when the SDK is.
    expect(code).not.toContain('aws-sdk-js');
    expect(code).not.toContain('NodeHttpHandler');
  });

  it('leaves out code the product never runs: zod\'s locales, the JavaScript Brotli decoder and inflate', () => {
    const code = readFileSync(join(fnDir, 'index.mjs'), 'utf8');
    // The bundle keeps function names (BUNDLE_MINIFY in infra/bundling.ts): these are there when the packages are.
    expect(code).not.toContain('BrotliDecompressBuffer');
    expect(code).not.toContain('tinf_uncompress');
    // A message of zod's German locale: present when `import { z }` pulls in every locale.
    expect(code).not.toContain('Ungültige');
    // The node:zlib stand-ins are in, with the TTF path still working (the next test makes a PDF).
    expect(code).toContain('inflateRawSync');
    expect(code).toContain('brotliDecompressSync');
  });

  it('keeps real function names for stack traces without keepNames\' per-function __name wrapper', () => {
    const code = readFileSync(join(fnDir, 'index.mjs'), 'utf8');
    expect(code).toMatch(/function makeFactSheet\(/);
    expect(code).toMatch(/function processObject\(/);
    expect(code).not.toContain('__name(');
    // Still minified: whitespace is gone, so the module is a few long lines, not one per statement.
    expect(code.split('\n').length).toBeLessThan(2000);
  });

  it('stays under 5 MB zipped (the sum of the files deflated, as the zip holds them)', () => {
    const zipped = filesUnder(fnDir).reduce((sum, f) => sum + deflateRawSync(readFileSync(f), { level: 9 }).length, 0);
    console.info(`function asset: ${(zipped / 1024 / 1024).toFixed(2)} MB deflated`);
    expect(zipped).toBeLessThan(5 * 1024 * 1024);
  });

  it('turns off V8\'s regexp tier-up as it loads (functions/native-regexps.ts): the flag behind a ~35% faster first sheet', async () => {
    // Node's builtin ESM exports follow the CommonJS object after syncBuiltinESMExports, so the bundle's own
    // `import { setFlagsFromString } from 'node:v8'` binds to this recorder: a bundler that drops the
    // side-effect import, or an entry that stops importing it, leaves the list empty.
    const probe = join(work, 'flags.mjs');
    writeFileSync(
      probe,
      `import v8 from 'node:v8';
import { syncBuiltinESMExports } from 'node:module';
const seen = [];
const set = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => { seen.push(flags); set(flags); };
syncBuiltinESMExports();
const mod = await import(process.argv[2]);
console.log(JSON.stringify({ seen, handler: typeof mod.handler }));
`,
    );
    const { stdout } = await run(process.execPath, [probe, pathToFileURL(join(fnDir, 'index.mjs')).href], {
      cwd: fnDir,
      timeout: 60_000,
      env: { PATH: process.env['PATH'] ?? '', HOME: work },
    });
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toEqual({ seen: ['--no-regexp-tier-up'], handler: 'function' });
  });

  const put = async (key: string, body: string): Promise<S3Object> => {
    const out = await s3.client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: body, ContentLength: Buffer.byteLength(body) }),
    );
    return { key, eTag: (out.ETag ?? '').replace(/"/g, ''), size: Buffer.byteLength(body) };
  };

  /** Invokes the handler of the bundle in `dir` in a child node, with the stack's environment; its answer. */
  async function invoke(dir: string, event: unknown): Promise<{ batchItemFailures: unknown[] }> {
    // The environment the stack gives the function, as synthesized.
    const fn = synthesized.stack.processor.fn;
    const logicalId = synthesized.stack.getLogicalId(fn.node.defaultChild as never);
    const props = synthesized.template.toJSON().Resources[logicalId].Properties as {
      Environment: { Variables: Record<string, string> };
    };
    const stackEnv = props.Environment.Variables;
    expect(stackEnv['FACTSHEET_INCOMING_PREFIX']).toBe('incoming/');

    const runner = join(work, 'runner.mjs');
    const eventFile = join(work, 'event.json');
    const resultFile = join(work, 'result.json');
    rmSync(resultFile, { force: true });
    writeFileSync(runner, RUNNER);
    writeFileSync(eventFile, JSON.stringify(event));
    // Asynchronous on purpose: s3rver runs in this process and must keep answering.
    await run(process.execPath, [runner, pathToFileURL(join(dir, 'index.mjs')).href, eventFile, resultFile], {
      cwd: dir,
      timeout: 60_000,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: work,
        ...stackEnv,
        AWS_ENDPOINT_URL_S3: s3.endpoint,
        AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
        AWS_REGION: 'us-east-1',
        AWS_LAMBDA_FUNCTION_NAME: 'factsheet',
        POWERTOOLS_LOG_LEVEL: 'WARN',
      },
    });
    return JSON.parse(readFileSync(resultFile, 'utf8')) as { batchItemFailures: unknown[] };
  }

  const get = async (key: string) => {
    const out = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    return { bytes: await out.Body!.transformToByteArray(), metadata: out.Metadata ?? {} };
  };

  const exists = (key: string): Promise<boolean> =>
    s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key })).then(
      () => true,
      () => false,
    );

  it('turns an S3 notification delivered through SQS into a PDF and a JSON, and a bad upload into a report', async () => {
    const article = await put(KEY, ARTICLE);
    const empty = await put(EMPTY_KEY, '');
    const event = {
      Records: [
        sqsRecord('m-article', s3.bucket, [article]),
        sqsRecord('m-empty', s3.bucket, [empty]),
        // What S3 sends when the notification is first configured: no records, nothing to do.
        {
          ...sqsRecord('m-test', s3.bucket, []),
          body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: s3.bucket }),
        },
      ],
    };

    const result = await invoke(fnDir, event);
    expect(result.batchItemFailures).toEqual([]);

    const pdf = await get('factsheets/news/flood fund 2026.pdf');
    const parsed = await readPdf(pdf.bytes);
    expect(parsed.pageCount).toBeGreaterThanOrEqual(1);
    expect(parsed.text).toContain('flood fund');
    expect(parsed.text).toContain('Maria Hoffmann');
    // Every glyph comes from the embedded DejaVu fonts, never a standard-14 font the bundle cannot load.
    expect(parsed.fonts.length).toBeGreaterThan(0);
    for (const font of parsed.fonts) expect(font).toMatch(/DejaVu/);

    const json = JSON.parse(new TextDecoder().decode((await get('factsheets/news/flood fund 2026.json')).bytes)) as {
      title: string;
      input: { key: string; sha256: string };
      keyStatements: unknown[];
    };
    expect(json.input.key).toBe(KEY);
    expect(json.title).toContain('flood fund');
    expect(json.keyStatements.length).toBeGreaterThan(0);

    const report = JSON.parse(new TextDecoder().decode((await get(`failed/news/empty.txt.error.json`)).bytes)) as {
      code: string;
      key: string;
    };
    expect(report.key).toBe(EMPTY_KEY);
    expect(report.code).toMatch(/^[A-Z_]+$/);
    // The input is never deleted or changed.
    expect((await get(EMPTY_KEY)).bytes.byteLength).toBe(0);
  });

  it('reads an HTML upload through the bundled parser (htmlparser2 stands in as its Parser alone): entities decoded, scripts dropped', async () => {
    const key = 'incoming/news/port strike.html';
    const html = await put(
      key,
      '<!doctype html><html><head><title>Dockers&rsquo; strike shuts Antwerp port</title></head><body><article>' +
        '<h1>Dockers&rsquo; strike shuts Antwerp port</h1>' +
        '<p>ANTWERP, May 4 (Reuters) - Dockers at Antwerp walked out on Monday over pay, a union spokesman said, halting 40% of container traffic.</p>' +
        '<p>&ldquo;We will stay out until the offer changes,&rdquo; said Jan Peeters, the union&#39;s leader.</p>' +
        '<script>var hidden = "<p>scripted words</p>";</script>' +
        '<p>Talks with the port authority are due on Thursday, the union said.</p></article></body></html>',
    );
    const result = await invoke(fnDir, { Records: [sqsRecord('m-html', s3.bucket, [html])] });
    expect(result.batchItemFailures).toEqual([]);
    const raw = new TextDecoder().decode((await get('factsheets/news/port strike.json')).bytes);
    const json = JSON.parse(raw) as { title: string; input: { key: string } };
    expect(json.input.key).toBe(key);
    expect(json.title).toContain('Dockers’ strike');
    expect(raw).toContain('Jan Peeters');
    expect(raw).not.toContain('scripted words');
    expect(raw).not.toMatch(/&(rsquo|ldquo|#39);/);
  });

  it('cannot make a PDF without its fonts/ folder: nothing outside the folder stands in for it', async () => {
    const bare = join(work, 'bare');
    cpSync(fnDir, bare, { recursive: true });
    rmSync(join(bare, 'fonts'), { recursive: true });
    const key = 'incoming/news/no fonts.txt';
    const article = await put(key, ARTICLE);
    await invoke(bare, { Records: [sqsRecord('m-bare', s3.bucket, [article])] });
    expect(await exists('factsheets/news/no fonts.pdf')).toBe(false);
  });
});
