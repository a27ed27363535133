/**
 * Security: nothing in an article is executed or fetched (scripts, remote images, styles, frames, links),
 * through the pipeline and through the real CLI, watched by a local HTTP server that counts every request;
 * output keys cannot leave their prefix; a template named in upload metadata cannot reach the file system;
 * the PDF carries links only to http(s) and no scripts or launch actions.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { chooseTemplate } from '../functions/handler/template-choice.ts';
import { startLocalBucket } from '../functions/local/local-bucket.ts';
import { isFactsheetError } from '../functions/pipeline/errors.ts';
import { makeFactSheet } from '../functions/pipeline/index.ts';
import { DEFAULT_PREFIXES, outputKeysFor, relativeInputPath, type Prefixes } from '../functions/pipeline/keys.ts';
import { readPdf } from './helpers/pdf.ts';

const BIN = fileURLToPath(new URL('../bin/factsheet.mjs', import.meta.url));
const NOW = new Date('2026-11-23T00:00:00Z');
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Every way a page can make a browser fetch or run something, all pointing at `base`. */
function trapHtml(base: string, marker: string): string {
  return `<!doctype html>
<html><head>
<title>Harbour strike ends after talks</title>
<base href="${base}/base/">
<meta http-equiv="refresh" content="0; url=${base}/refresh">
<link rel="canonical" href="${base}/canonical">
<link rel="stylesheet" href="${base}/style.css">
<link rel="preload" href="${base}/preload.js" as="script">
<link rel="icon" href="${base}/favicon.ico">
<style>@import url("${base}/import.css"); body { background: url(${base}/bg.png) }</style>
<script src="${base}/external.js"></script>
<script>globalThis.__factsheetPwned = true; require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'); fetch('${base}/fetch');</script>
</head>
<body onload="fetch('${base}/onload')">
<article>
<h1>Harbour strike ends after talks</h1>
<p>The harbour strike ended on Tuesday after two days of talks, the port authority said.</p>
<img src="${base}/photo.jpg" srcset="${base}/photo-2x.jpg 2x" alt="Dock workers at the gate" onerror="fetch('${base}/onerror')">
<picture><source srcset="${base}/photo.webp"><img src="${base}/photo-fallback.jpg"></picture>
<p>“We are going back to work tomorrow,” said Maria Silva, a union spokeswoman. Read the <a href="${base}/agreement.pdf">full agreement</a> or <a href="javascript:fetch('${base}/js-link')">this</a>.</p>
<iframe src="${base}/frame.html"></iframe>
<object data="${base}/object.swf"></object><embed src="${base}/embed.swf">
<video poster="${base}/poster.jpg" src="${base}/video.mp4"></video><audio src="${base}/audio.mp3"></audio>
<svg><image href="${base}/svg-image.png"/><script>fetch('${base}/svg-script')</script></svg>
<form action="${base}/form"><input type="image" src="${base}/input.png"></form>
<p>Shipping companies said 36 vessels were waiting outside the port on Monday.</p>
</article>
<script>document.write('<img src="${base}/document-write.png">')</script>
</body></html>`;
}

function trapMarkdown(base: string): string {
  return `---
title: Harbour strike ends after talks
url: ${base}/md-front-matter
---

The harbour strike ended on Tuesday after two days of talks, the port authority said.

![Dock workers](${base}/md-image.png "photo")

“We are going back to work tomorrow,” said Maria Silva, a union spokeswoman. See [the agreement](${base}/md-link) and <${base}/md-autolink>.

<img src="${base}/md-inline-html.png"><script>fetch('${base}/md-script')</script>

[ref]: ${base}/md-reference
`;
}

function trapText(base: string): string {
  return `Harbour strike ends after talks

The harbour strike ended on Tuesday after two days of talks, the port authority said. Details at ${base}/txt-link.

“We are going back to work tomorrow,” said Maria Silva, a union spokeswoman.

${base}/txt-lone-url
`;
}

/** Everything a reader's software could act on in a PDF: links, actions, scripts. */
async function pdfActions(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
  try {
    const annotations: { subtype?: string; url?: string; unsafeUrl?: string; action?: unknown; actions?: unknown; attachment?: unknown }[] = [];
    for (let n = 1; n <= doc.numPages; n++) annotations.push(...((await (await doc.getPage(n)).getAnnotations()) as typeof annotations));
    return {
      annotations,
      jsActions: await doc.getJSActions(),
      openAction: await doc.getOpenAction(),
      attachments: await doc.getAttachments(),
    };
  } finally {
    await doc.destroy();
  }
}

describe('nothing in an article is executed or fetched', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-security-'));
  const marker = join(dir, 'script-ran');

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.end('gotcha');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('through the pipeline: html, md and txt full of references give sheets, and the watch server sees no request', async () => {
    const inputs: [string, string][] = [
      ['trap.html', trapHtml(base, marker)],
      ['trap.md', trapMarkdown(base)],
      ['trap.txt', trapText(base)],
    ];
    for (const [key, text] of inputs) {
      const { sheet, pdf } = await makeFactSheet({ bytes: utf8(text), key }, { now: NOW });
      const body = sheet.paragraphs.join('\n');
      expect(body, key).toContain('The harbour strike ended on Tuesday');
      // Script and style bodies are not article text.
      expect(body, key).not.toMatch(/__factsheetPwned|writeFileSync|fetch\(|@import|document\.write/);
      const read = await readPdf(pdf!);
      expect(read.text, key).not.toMatch(/__factsheetPwned|writeFileSync|fetch\(/);
    }
    // Anything asynchronous that was started would have arrived by now.
    await new Promise((r) => setTimeout(r, 500));
    expect(requests).toEqual([]);
    expect((globalThis as Record<string, unknown>)['__factsheetPwned']).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  });

  it('through the real CLI: the same files, zero requests, no script side effects', async () => {
    writeFileSync(join(dir, 'trap-html.html'), trapHtml(base, marker));
    writeFileSync(join(dir, 'trap-md.md'), trapMarkdown(base));
    writeFileSync(join(dir, 'trap-txt.txt'), trapText(base));
    const names = ['trap-html', 'trap-md', 'trap-txt'];
    const files = names.map((n) => join(dir, `${n}.${n.slice(5)}`));
    const run = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, [BIN, ...files, '--out', join(dir, 'out')], (err, _stdout, stderr) =>
        resolve({ code: err ? Number(err.code ?? 1) : 0, stderr }),
      ),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const n of names) {
      const json = readFileSync(join(dir, 'out', `${n}.json`), 'utf8');
      expect(json, n).not.toMatch(/__factsheetPwned|writeFileSync|fetch\(/);
      expect(existsSync(join(dir, 'out', `${n}.pdf`)), n).toBe(true);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(requests).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  }, 60_000);
});

describe('PDF links are http(s) only, and the PDF can run nothing', () => {
  const htmlWithUrl = (url: string) =>
    utf8(
      `<html><head><title>Port reopens</title><link rel="canonical" href="${url.replace(/"/g, '&quot;')}"></head><body>` +
        '<p>The port reopened on Wednesday after the strike, officials said, and 36 ships entered before noon.</p>' +
        '<p>“Work resumed at six,” said Maria Silva of the dockers’ union.</p></body></html>',
    );

  it.each([
    ['https://news.example/port?a=1&b=<2>', true],
    ['http://news.example/port', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(document.domain)', false],
    ['java\tscript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', false],
    ['vbscript:msgbox(1)', false],
    ['\\\\attacker\\share\\payload.exe', false],
    ['launch:calc.exe', false],
  ])('canonical URL %j → link kept: %s', async (url, kept) => {
    const { sheet, pdf } = await makeFactSheet({ bytes: htmlWithUrl(url), key: 'port.html' }, { now: NOW });
    const { annotations, jsActions, openAction, attachments } = await pdfActions(pdf!);
    const links = annotations.filter((a) => a.subtype === 'Link');
    for (const link of links) {
      expect(link.unsafeUrl ?? link.url ?? '', JSON.stringify(link)).toMatch(/^https?:\/\//);
      expect(link.action ?? null).toBeNull();
    }
    expect(annotations.every((a) => a.subtype === 'Link')).toBe(true);
    expect(jsActions).toBeNull();
    expect(openAction ?? null).toBeNull();
    expect(attachments ?? null).toBeNull();
    const targets = links.map((l) => l.unsafeUrl ?? l.url);
    if (kept) {
      expect(targets).toContain(new URL(url).href);
    } else {
      // The JSON keeps what the article said (it is data); the PDF never offers it as something to open.
      expect(targets.filter((t) => !/^https?:\/\//.test(t ?? ''))).toEqual([]);
      expect(targets.some((t) => t?.includes('passwd') || t?.includes('alert') || t?.includes('payload'))).toBe(false);
      expect(sheet.url === null || typeof sheet.url === 'string').toBe(true);
    }
  });
});

describe('output keys cannot leave their prefix', () => {
  const prefixes: Prefixes[] = [DEFAULT_PREFIXES, { incoming: 'in/uploads/', output: 'out/sheets/', failed: 'out/failed/' }];
  const hostileKeys = [
    '../../etc/passwd.txt',
    '..\\..\\windows\\win.ini.txt',
    './././a.txt',
    'a/../../../../b.txt',
    '..',
    '../',
    '.',
    '//',
    'news/..%2F..%2Fsecret.txt',
    'news/%2e%2e/%2e%2e/secret.txt',
    'x/../../factsheets/forged.txt',
    'ok/report 1+2 ünï.txt',
  ];

  it.each(prefixes)('with prefixes %j, every output key stays under its prefix and has no . or .. segment', (p) => {
    for (const rest of hostileKeys) {
      const relative = relativeInputPath(`${p.incoming}${rest}`, p);
      if (relative === null) continue;
      const out = outputKeysFor(relative, p);
      for (const [kind, key, prefix] of [['pdf', out.pdf, p.output], ['json', out.json, p.output], ['error', out.error, p.failed]] as const) {
        expect(key.startsWith(prefix), `${rest} → ${kind} ${key}`).toBe(true);
        expect(key.split('/').some((s) => s === '..' || s === '.' || s === ''), `${rest} → ${kind} ${key}`).toBe(false);
        expect(key.startsWith(p.incoming), `${rest} → ${kind} ${key}`).toBe(false);
      }
    }
    // Keys outside the incoming prefix are not work at all.
    expect(relativeInputPath(`${p.output}x.txt`, p)).toBeNull();
    expect(relativeInputPath(`../${p.incoming}x.txt`, p)).toBeNull();
    expect(relativeInputPath(p.incoming, p)).toBeNull();
  });

  it('a template named in upload metadata is a name from the bundled list, never a path', () => {
    for (const name of ['../../package', '/etc/passwd', '../templates/standard', 'standard.json', '__proto__', 'constructor']) {
      let code: string | null = null;
      try {
        chooseTemplate({ template: name }, 'a.txt', 'standard');
      } catch (err) {
        code = isFactsheetError(err) ? err.code : 'other';
      }
      expect(code, name).toBe('BAD_TEMPLATE');
    }
    expect(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).name).toBe('factsheet');
  });
});

describe('the local bucket survives hostile requests', () => {
  it('a crafted browser-form POST (the dicer header-parser crash, GHSA-wm7h-9275-46v2) is refused; serve keeps working', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factsheet-dicer-'));
    const local = await startLocalBucket({ port: 0, dir, bucket: 'factsheet', env: { SOURCE_DATE_EPOCH: '1763856000' } });
    try {
      const body = '------B\r\n Content-Disposition: form-data; name="key"\r\n\r\nincoming/x.txt\r\n------B--';
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: local.port,
            method: 'POST',
            path: '/factsheet',
            headers: { 'content-type': 'multipart/form-data; boundary=----B', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      expect(status).toBe(501);
      // Still serving: an upload after the attack is made into a sheet.
      await local.client.send(
        new PutObjectCommand({
          Bucket: 'factsheet',
          Key: 'incoming/after.txt',
          Body: 'Port reopens\n\nThe port reopened on Wednesday after the strike, officials said.',
        }),
      );
      let size = 0;
      for (const until = Date.now() + 30_000; size === 0 && Date.now() < until; ) {
        await local.idle();
        size = await local.client
          .send(new HeadObjectCommand({ Bucket: 'factsheet', Key: 'factsheets/after.json' }))
          .then((h) => h.ContentLength ?? 0)
          .catch(() => 0);
        if (size === 0) await new Promise((r) => setTimeout(r, 100));
      }
      expect(size).toBeGreaterThan(100);
    } finally {
      await local.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
