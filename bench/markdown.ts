/**
 * `npx tsx bench/markdown.ts [results.json]`: the headline table of a bench run as Markdown, with the machine
 * it ran on, for the README's performance section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAGES } from './stage-names.ts';

const file = process.argv[2] ?? join(import.meta.dirname, 'results.json');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a report over loosely shaped JSON
const r = JSON.parse(readFileSync(file, 'utf8')) as any;

const mb = (b: number): string => `${(b / 2 ** 20).toFixed(2)} MB`;
const v = (x: unknown, unit = ''): string => (x === null || x === undefined ? '—' : `${String(x)}${unit}`);

const rows: [string, string, string][] = [
  ['Articles per second, one core, end to end', v(r.articlesPerSecond, ' /s'), r.targets.articlesPerSecond],
  ['p50 per article, end to end', v(r.p50MsPerArticle, ' ms'), r.targets.p50MsPerArticle],
  ['Peak RSS, 600 typical articles (the bundle, plain node)', v(r.peakRssMb, ' MB'), r.targets.peakRssMb],
  ['… the same run in the tsx dev process (not the product)', v(r.peakRssMbTsxDevProcess, ' MB'), ''],
  ['Cold start: fresh node + bundle → first sheet', v(r.coldStartMs, ' ms'), r.targets.coldStartMs],
  ['1 MB article', v(r.largeArticleMs, ' ms'), r.targets.largeArticleMs],
  ['Faster than headless Chromium, per sheet', v(r.chromiumSpeedup, '×'), r.targets.chromiumSpeedup],
  ['Function asset, zipped', r.bundleZipBytes === null ? '—' : mb(r.bundleZipBytes), r.targets.bundleZipBytes],
  ['Lambda cost per million articles', r.usdPerMillionArticles === null ? '—' : `$${Number(r.usdPerMillionArticles).toFixed(2)}`, r.targets.usdPerMillionArticles],
];
console.log('| figure | measured | target |\n| --- | ---: | ---: |');
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);

if (r.stages) {
  console.log('\n| stage | p50 ms | p95 ms |\n| --- | ---: | ---: |');
  for (const k of STAGES) console.log(`| ${k} | ${r.stages[k].p50} | ${r.stages[k].p95} |`);
}
if (r.scaling) {
  console.log('\n| article size | ms | ms per KB | extract ms | render ms | peak RSS MB |\n| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const s of r.scaling) {
    const size = s.bytes >= 1e6 ? `${(s.bytes / 2 ** 20).toFixed(1)} MB` : `${Math.round(s.bytes / 1024)} KB`;
    console.log(`| ${size} | ${s.ms} | ${(s.ms / (s.bytes / 1024)).toFixed(2)} | ${s.stagesMs.extract} | ${s.stagesMs.render} | ${s.peakRssMb} |`);
  }
}
if (r.chromium?.chromium) {
  const { ours, chromium: c } = r.chromium;
  console.log('\n| renderer | p50 ms per sheet | peak memory |\n| --- | ---: | ---: |');
  console.log(`| factsheet (pdfkit) | ${ours.perSheet.p50} | ${ours.peakRssMb} MB RSS |`);
  console.log(`| headless ${c.chromiumVersion} (puppeteer-core) | ${c.perSheet.p50} | ${c.peakRssMb} MB RSS (${c.peakPssMb} MB PSS) |`);
}
if (r.summarisers?.rows?.length) {
  console.log(`\n| on ${r.summarisers.articles} BBC articles | ms p50 | precision@5 |\n| --- | ---: | ---: |`);
  for (const s of r.summarisers.rows) console.log(`| ${s.name} | ${s.msPerArticle.p50} | ${s.precisionAt5}% |`);
}
if (r.localBucket) {
  const l = r.localBucket;
  console.log(`\nLocal bucket: ${l.uploads} uploads to \`factsheet serve\` → ${l.sheets} sheets in ${(l.allDoneMs / 1000).toFixed(1)} s (${l.sheetsPerSecond} sheets/s).`);
}
const m = r.machine;
console.log(`\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; load average ${m.loadAverageAtStart.join(' ')} at the start, ${m.loadAverageAtEnd.join(' ')} at the end (shared machine). ${r.date ?? m.date}.`);
