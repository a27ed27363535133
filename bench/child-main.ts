/**
 * The body of a measurement child process: runs one task and writes its result (plus this process's peak
 * RSS) as JSON to <out-file>. Shared by child.ts (the dev process, under tsx) and pipeline-child.ts (bundled
 * like the Lambda asset and run by plain node).
 */
import { writeFileSync } from 'node:fs';
import { peakRssMb } from './stats.ts';

export type Task = (args: Record<string, unknown>) => Promise<Record<string, unknown>>;

export async function childMain(tasks: Record<string, () => Promise<Task>>, name: string): Promise<never> {
  const [task, argsJson, outFile] = process.argv.slice(2);
  const load = task ? tasks[task] : undefined;
  if (!load || !outFile) {
    console.error(`usage: ${name} <${Object.keys(tasks).join('|')}> <args-json> <out-file>`);
    process.exit(2);
  }
  try {
    const run = await load();
    const result = await run(JSON.parse(argsJson ?? '{}') as Record<string, unknown>);
    writeFileSync(outFile, JSON.stringify({ ok: true, result, peakRssMb: peakRssMb() }));
  } catch (err) {
    const message = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
    writeFileSync(outFile, JSON.stringify({ ok: false, error: message, peakRssMb: peakRssMb() }));
  }
  // Libraries may leave handles (timers, sockets) open; the measurement is done.
  process.exit(0);
}
