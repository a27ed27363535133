/**
 * `npm run audit:prod`: `npm audit --omit=dev` that tells "no high or critical finding" apart from "the advisory
 * service could not be asked". Plain `npm audit` exits 1 for both, so a CI step built on it either fails on
 * every machine whose registry mirror refuses the advisory endpoint, or is made to ignore real findings.
 *
 *   npm run audit:prod                              exit 0 clean, 1 high/critical found, 2 not checked
 *   npm run audit:prod -- --allow-unreachable       as above, but "not checked" warns and exits 0 (CI here)
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BLOCKING = ['high', 'critical'];

export interface AuditVerdict {
  outcome: 'clean' | 'findings' | 'unreachable';
  summary: string;
  findings: string[];
}

interface NpmAuditJson {
  message?: string;
  error?: { summary?: string };
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { name: string; severity: string; range?: string; via?: Array<string | { url?: string; title?: string }> }>;
}

/** Reads what `npm audit --json` printed. Pure, so the three outcomes are tested without a registry. */
export function classifyAudit(stdout: string): AuditVerdict {
  let report: NpmAuditJson;
  try {
    report = JSON.parse(stdout) as NpmAuditJson;
  } catch {
    return { outcome: 'unreachable', summary: 'npm audit printed no JSON report', findings: [] };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    const why = report?.message ?? (report?.error?.summary || 'no advisory data in the answer');
    return { outcome: 'unreachable', summary: why, findings: [] };
  }
  const findings = Object.values(report.vulnerabilities ?? {})
    .filter((v) => BLOCKING.includes(v.severity))
    .map((v) => `${v.severity}: ${v.name} ${v.range ?? ''} (${(v.via ?? []).map((x) => (typeof x === 'string' ? x : (x.url ?? x.title ?? ''))).join(', ')})`);
  const blocking = BLOCKING.reduce((n, s) => n + (Number(counts[s]) || 0), 0);
  const total = Number(counts['total']) || Object.entries(counts).reduce((n, [, c]) => n + (Number(c) || 0), 0);
  return {
    outcome: blocking > 0 ? 'findings' : 'clean',
    summary: `${blocking} high or critical, ${total} in all (${JSON.stringify(counts)})`,
    findings,
  };
}

async function main(): Promise<number> {
  const allowUnreachable = process.argv.includes('--allow-unreachable');
  // npm exits non-zero both for findings and for an unreachable service; the JSON tells which.
  const stdout = await new Promise<string>((done) => {
    execFile('npm', ['audit', '--omit=dev', '--json'], { maxBuffer: 64 * 1024 * 1024 }, (_err, out) => done(String(out)));
  });
  const result = classifyAudit(stdout);
  if (result.outcome === 'clean') {
    console.log(`audit: production dependencies clean of high and critical findings: ${result.summary}`);
    return 0;
  }
  if (result.outcome === 'findings') {
    console.error(`audit: ${result.summary}`);
    for (const f of result.findings) console.error(`  ${f}`);
    return 1;
  }
  const msg = `audit: NOT CHECKED, the advisory service could not be asked (${result.summary})`;
  if (allowUnreachable) {
    console.warn(`${msg}; continuing because --allow-unreachable`);
    return 0;
  }
  console.error(msg);
  return 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
