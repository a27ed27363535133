/**
 * Our pdfkit renderer against the usual alternative: headless Chromium printing an HTML rendition of the same
 * FactSheet to PDF (puppeteer-core driving Debian's /usr/bin/chromium). Each side runs in its own child
 * process over the same sheets; per-sheet times are warm (browser already up, page per sheet), which is the
 * Chromium route at its best; the browser's launch time is reported apart.
 */
import { existsSync } from 'node:fs';
import { layout } from '../functions/pipeline/layout.ts';
import { render } from '../functions/pipeline/render.ts';
import { resolveTemplate } from '../functions/pipeline/templates.ts';
import { makeFactSheet } from '../functions/pipeline/index.ts';
import type { FactSheet } from '../functions/pipeline/factsheet.ts';
import { loadCorpus, spread } from './corpus.ts';
import { sheetToHtml } from './sheet-html.ts';
import { distribution, peakRssMb, percentile, rssKb, round, treeMemorySampler, type Distribution } from './stats.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const NOW = new Date('2026-01-01T00:00:00Z');
const WARMUP = 3;

/** The same sheets on both sides: typical articles spread over the corpus, extracted (untimed). */
async function sheetsFor(count: number): Promise<FactSheet[]> {
  const sheets: FactSheet[] = [];
  for (const a of spread(loadCorpus().articles, count * 2)) {
    if (sheets.length === count) break;
    try {
      sheets.push((await makeFactSheet({ bytes: a.bytes, key: a.key }, { pdf: false, now: NOW })).sheet);
    } catch {
      // An input the pipeline rejects has no sheet to render on either side.
    }
  }
  return sheets;
}

export interface RenderSide {
  sheets: number;
  perSheet: Distribution;
  pdfBytes: Distribution;
  /** Peak memory of everything this side needed: the node process, plus the browser tree for Chromium. */
  peakRssMb: number;
  peakPssMb?: number | null;
  launchMs?: number;
  chromiumVersion?: string;
}

export async function ourRenderTask(args: Record<string, unknown>): Promise<RenderSide & Record<string, unknown>> {
  const sheets = await sheetsFor(Number(args['sheets'] ?? 30));
  const template = resolveTemplate('standard');
  for (const s of sheets.slice(0, WARMUP)) await render(layout(s, template), { creationDate: NOW });
  const times: number[] = [];
  const sizes: number[] = [];
  for (const s of sheets) {
    // Three renders per sheet, the median kept: ours is cheap to repeat, and one sample per sheet on a shared
    // machine is mostly noise. (Chromium's side is one sample per sheet; its spread is small beside its size.)
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const pdf = await render(layout(s, template), { creationDate: NOW });
      runs.push(performance.now() - t0);
      bytes = pdf.byteLength;
    }
    times.push(percentile(runs, 50));
    sizes.push(bytes);
  }
  return { sheets: sheets.length, perSheet: distribution(times), pdfBytes: distribution(sizes), peakRssMb: peakRssMb() };
}

export async function chromiumTask(args: Record<string, unknown>): Promise<RenderSide & Record<string, unknown>> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} not found`);
  const { default: puppeteer } = await import('puppeteer-core');
  const sheets = await sheetsFor(Number(args['sheets'] ?? 30));
  const html = sheets.map(sheetToHtml);
  const t0 = performance.now();
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const launchMs = performance.now() - t0;
  const browserPid = browser.process()?.pid;
  const sampler = browserPid ? treeMemorySampler(browserPid) : null;
  let nodePeakKb = 0;
  const nodeTimer = setInterval(() => (nodePeakKb = Math.max(nodePeakKb, rssKb(process.pid) ?? 0)), 50);
  try {
    const version = await browser.version();
    const printOne = async (doc: string): Promise<Uint8Array> => {
      const page = await browser.newPage();
      try {
        await page.setContent(doc, { waitUntil: 'load' });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: '<div style="font-size:7pt;width:100%;text-align:right;padding-right:16mm">page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
          margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
        });
      } finally {
        await page.close();
      }
    };
    for (const doc of html.slice(0, WARMUP)) await printOne(doc);
    const times: number[] = [];
    const sizes: number[] = [];
    for (const doc of html) {
      const s = performance.now();
      const pdf = await printOne(doc);
      times.push(performance.now() - s);
      sizes.push(pdf.byteLength);
    }
    const tree = sampler?.stop() ?? { peakRssMb: Number.NaN, peakPssMb: null };
    clearInterval(nodeTimer);
    const nodePeakMb = Math.max(nodePeakKb / 1024, peakRssMb());
    return {
      sheets: sheets.length,
      perSheet: distribution(times),
      pdfBytes: distribution(sizes),
      // RSS counts pages shared between Chromium's processes once per process: an upper bound. PSS beside it.
      peakRssMb: round(tree.peakRssMb + nodePeakMb, 1),
      peakPssMb: tree.peakPssMb === null ? null : round(tree.peakPssMb + nodePeakMb, 1),
      browserTreePeakRssMb: tree.peakRssMb,
      driverPeakRssMb: round(nodePeakMb, 1),
      launchMs: round(launchMs),
      chromiumVersion: version,
    };
  } finally {
    clearInterval(nodeTimer);
    await browser.close();
  }
}
