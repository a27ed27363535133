/**
 * BBC News Summary: precision@5 of the top key statements (ours, Lead-5, TextRank-5) against the reference
 * extractive summaries, and ROUGE-1 of the top 3 against Lead-3 — on the articles as published and on a
 * lower-cased, tokenised copy (so the ranking is shown not to lean on capitals).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { makeFactSheet } from '../functions/pipeline/index.ts';
import { splitSentences } from '../functions/pipeline/extract/sentences.ts';
import { lead, textRank } from './baselines.ts';
import { lowerTokenised, percent, precisionAt, rouge1, squashAlnum, squashSpace, unigrams } from './metrics.ts';

export interface SystemScores {
  ours: number;
  lead: number;
  textRank: number;
}

export interface BbcVariantReport {
  articles: number;
  /** precision@5 in percent, per category and overall (mean over articles). */
  precisionAt5: Record<string, SystemScores & { articles: number }>;
  overall: SystemScores;
  /** ROUGE-1 F1 (percent) of the top 3: ours, Lead-3, TextRank-3. */
  rouge1Top3: SystemScores;
  /** Articles on which ingest or extract failed (should be none). */
  failures: string[];
  extractMs: number;
}

export interface BbcReport {
  dir: string;
  original: BbcVariantReport;
  lowerTokenised: BbcVariantReport;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

interface Item {
  category: string;
  name: string;
  article: Uint8Array;
  summary: string;
}

async function loadItems(dir: string): Promise<Item[]> {
  const items: Item[] = [];
  for (const category of (await readdir(path.join(dir, 'articles'))).sort()) {
    const adir = path.join(dir, 'articles', category);
    for (const name of (await readdir(adir)).sort()) {
      const spath = path.join(dir, 'summaries', category, name);
      if (!name.endsWith('.txt') || !existsSync(spath)) continue;
      items.push({ category, name, article: await readFile(path.join(adir, name)), summary: decode(await readFile(spath)) });
    }
  }
  return items;
}

async function scoreVariant(items: Item[], tokenised: boolean): Promise<BbcVariantReport> {
  const norm = tokenised ? squashAlnum : squashSpace;
  const per = new Map<string, { n: number; ours: number; lead: number; textRank: number }>();
  const total = { n: 0, ours: 0, lead: 0, textRank: 0 };
  const rouge = { ours: 0, lead: 0, textRank: 0 };
  const failures: string[] = [];
  let extractMs = 0;
  for (const item of items) {
    const bytes = tokenised ? new TextEncoder().encode(lowerTokenised(decode(item.article))) : item.article;
    const summary = tokenised ? lowerTokenised(item.summary) : item.summary;
    let statements: string[];
    let text: string;
    try {
      const t0 = performance.now();
      const { sheet } = await makeFactSheet({ bytes, key: `${item.category}/${item.name}` }, { pdf: false });
      extractMs += performance.now() - t0;
      statements = sheet.keyStatements.map((k) => k.text);
      text = sheet.paragraphs.join('\n\n');
    } catch (err) {
      failures.push(`${item.category}/${item.name}: ${(err as Error).message}`);
      continue;
    }
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    const scores = {
      ours: precisionAt(statements, summary, 5, norm),
      lead: precisionAt(lead(sentences, 5), summary, 5, norm),
      textRank: precisionAt(textRank(sentences, 5), summary, 5, norm),
    };
    const row = per.get(item.category) ?? { n: 0, ours: 0, lead: 0, textRank: 0 };
    for (const acc of [row, total]) {
      acc.n++;
      acc.ours += scores.ours;
      acc.lead += scores.lead;
      acc.textRank += scores.textRank;
    }
    per.set(item.category, row);
    const ref = unigrams(summary);
    const top3 = (xs: string[]): string[] => xs.slice(0, 3).flatMap(unigrams);
    rouge.ours += rouge1(top3(statements), ref);
    rouge.lead += rouge1(top3(lead(sentences, 3)), ref);
    rouge.textRank += rouge1(top3(textRank(sentences, 3)), ref);
  }
  const precisionAt5: BbcVariantReport['precisionAt5'] = {};
  for (const [category, r] of per) {
    precisionAt5[category] = { articles: r.n, ours: percent(r.ours / r.n), lead: percent(r.lead / r.n), textRank: percent(r.textRank / r.n) };
  }
  const n = Math.max(1, total.n);
  return {
    articles: total.n,
    precisionAt5,
    overall: { ours: percent(total.ours / n), lead: percent(total.lead / n), textRank: percent(total.textRank / n) },
    rouge1Top3: { ours: percent(rouge.ours / n), lead: percent(rouge.lead / n), textRank: percent(rouge.textRank / n) },
    failures,
    extractMs: Math.round(extractMs),
  };
}

export async function evaluateBbc(dir: string): Promise<BbcReport> {
  const items = await loadItems(dir);
  return { dir, original: await scoreVariant(items, false), lowerTokenised: await scoreVariant(items, true) };
}

export function formatBbcReport(r: BbcReport): string {
  const lines = [`BBC News Summary (${r.dir}): precision@5 (%) of the top statements found in the reference summary`];
  for (const [label, v] of [['as published', r.original], ['lower-cased, tokenised', r.lowerTokenised]] as const) {
    lines.push('', `  ${label}: ${v.articles} articles, pipeline ${(v.extractMs / Math.max(1, v.articles)).toFixed(2)} ms/article`);
    lines.push('  category        n    ours   Lead-5  TextRank-5');
    const rows = [...Object.entries(v.precisionAt5), ['overall', { ...v.overall, articles: v.articles }] as const];
    for (const [cat, s] of rows) {
      lines.push(`  ${cat.padEnd(14)} ${String(s.articles).padStart(4)}  ${s.ours.toFixed(1).padStart(6)}  ${s.lead.toFixed(1).padStart(6)}  ${s.textRank.toFixed(1).padStart(10)}`);
    }
    lines.push(`  ROUGE-1 F1 of top 3 vs reference: ours ${v.rouge1Top3.ours.toFixed(1)}, Lead-3 ${v.rouge1Top3.lead.toFixed(1)}, TextRank-3 ${v.rouge1Top3.textRank.toFixed(1)}`);
    if (v.failures.length > 0) lines.push(`  FAILED on ${v.failures.length} articles, e.g. ${v.failures[0]}`);
  }
  return lines.join('\n');
}
