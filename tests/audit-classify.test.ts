import { describe, expect, it } from 'vitest';
import { classifyAudit } from '../scripts/audit.ts';

// Shapes of `npm audit --json` (report version 2, npm 7+), written here by hand.
const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}): string =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } });

describe('classifyAudit', () => {
  it('calls a report with only low and moderate findings clean', () => {
    const v = classifyAudit(report({ info: 0, low: 2, moderate: 1, high: 0, critical: 0, total: 3 }));
    expect(v.outcome).toBe('clean');
    expect(v.summary).toMatch(/^0 high or critical, 3 in all/);
  });

  it('names each high or critical package', () => {
    const v = classifyAudit(
      report(
        { info: 0, low: 0, moderate: 1, high: 1, critical: 1, total: 3 },
        {
          dicer: { name: 'dicer', severity: 'high', range: '*', via: [{ title: 'Crash in HeaderParser', url: 'https://github.com/advisories/GHSA-wm7h-9275-46v2' }] },
          busboy: { name: 'busboy', severity: 'critical', range: '<=0.3.1', via: ['dicer'] },
          ms: { name: 'ms', severity: 'moderate', via: [] },
        },
      ),
    );
    expect(v.outcome).toBe('findings');
    expect(v.findings).toEqual([
      'high: dicer * (https://github.com/advisories/GHSA-wm7h-9275-46v2)',
      'critical: busboy <=0.3.1 (dicer)',
    ]);
  });

  it('tells an unreachable advisory service apart from a clean result', () => {
    const refused = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405 });
    expect(classifyAudit(refused)).toMatchObject({ outcome: 'unreachable', summary: expect.stringContaining('405') });
    expect(classifyAudit('')).toMatchObject({ outcome: 'unreachable' });
    expect(classifyAudit('npm error code ENOTFOUND')).toMatchObject({ outcome: 'unreachable' });
  });
});
