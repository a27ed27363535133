/** Small, dependency-free statistics and timing helpers shared by every measurement. */
import { readFileSync, readdirSync } from 'node:fs';

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function mean(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  return samples.reduce((a, b) => a + b, 0) / samples.length;
}

export interface Distribution {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

export function distribution(samples: readonly number[]): Distribution {
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    mean: round(mean(samples)),
    max: round(samples.length ? Math.max(...samples) : Number.NaN),
  };
}

/** Figures keep 2 decimals in results.json: more would be noise on a shared machine. */
export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Peak resident set of this process so far, in MB (the kernel's high-water mark, not a sample). */
export function peakRssMb(): number {
  return round(process.resourceUsage().maxRSS / 1024, 1);
}

/** Current RSS of a process by pid, in kB, from /proc; null when it has gone. */
export function rssKb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) : 0;
  } catch {
    return null;
  }
}

/** Proportional set size (shared pages split between sharers), in kB; null when unreadable. */
export function pssKb(pid: number): number | null {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const m = /^Pss:\s+(\d+)\s+kB/m.exec(rollup);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** A pid and all its descendants, found by scanning the parent pid of every process in /proc. */
export function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [root];
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the ppid follows the last ")".
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(name), Number(after[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parentOf) if (ppid === tree[i] && !tree.includes(pid)) tree.push(pid);
  }
  return tree;
}

/**
 * Samples the summed RSS of a process tree every `everyMs` until stopped, and its PSS every `pssEveryMs`;
 * keeps the peaks. Reading smaps_rollup walks the page tables under the process's memory lock, so it is
 * read rarely: sampling it every few ms slows a browser measurably.
 */
export function treeMemorySampler(root: number, everyMs = 50, pssEveryMs = 500): { stop(): { peakRssMb: number; peakPssMb: number | null } } {
  let peakRss = 0;
  let peakPss = 0;
  let pssSeen = false;
  let tree = processTree(root);
  let lastTree = performance.now();
  let lastPss = 0;
  const sample = (force = false): void => {
    const now = performance.now();
    if (force || now - lastTree > 500) {
      tree = processTree(root);
      lastTree = now;
    }
    let rss = 0;
    for (const pid of tree) rss += rssKb(pid) ?? 0;
    peakRss = Math.max(peakRss, rss);
    if (force || now - lastPss > pssEveryMs) {
      lastPss = now;
      let pss = 0;
      for (const pid of tree) {
        const p = pssKb(pid);
        if (p !== null) {
          pss += p;
          pssSeen = true;
        }
      }
      peakPss = Math.max(peakPss, pss);
    }
  };
  sample(true);
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample(true);
      return { peakRssMb: round(peakRss / 1024, 1), peakPssMb: pssSeen ? round(peakPss / 1024, 1) : null };
    },
  };
}

/** Milliseconds since `start` (a performance.now() reading). */
export function since(start: number): number {
  return performance.now() - start;
}
