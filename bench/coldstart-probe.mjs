// Runs in a fresh plain `node` process, next to a copy of the built Lambda asset: imports the bundle, sends
// its handler one SQS event per object and reports when each was done. performance.now() counts from the
// process's own start, so the first reading is node's boot time.
// argv: <entry file> <events json file> <result json file>
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

// Static imports load before this line runs, but these three are node built-ins: no measurable cost.
const bootMs = performance.now();
const [entry, eventsFile, outFile] = process.argv.slice(2);
const events = JSON.parse(readFileSync(eventsFile, 'utf8'));
const bootCpu = process.cpuUsage();
const mod = await import(pathToFileURL(entry).href);
const importedMs = performance.now();
const importCpu = process.cpuUsage(bootCpu);
const handler = mod.handler ?? mod.default?.handler;
if (typeof handler !== 'function') {
  writeFileSync(outFile, JSON.stringify({ error: `no handler export in ${entry}: ${Object.keys(mod).join(', ')}` }));
  process.exit(1);
}
const context = (i) => ({
  functionName: 'factsheet-bench',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:factsheet-bench',
  memoryLimitInMB: '1024',
  awsRequestId: `bench-${i}`,
  logGroupName: '/aws/lambda/factsheet-bench',
  logStreamName: 'bench',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 60_000,
  done() {},
  fail() {},
  succeed() {},
});
const invocations = [];
let firstSheetCpu = null;
for (let i = 0; i < events.length; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const response = await handler(events[i], context(i));
  const cpu = process.cpuUsage(c0);
  // CPU time is the part that stretches on a fractional Lambda vCPU; the rest is waiting on S3.
  invocations.push({ ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, failures: response?.batchItemFailures?.length ?? 0 });
  // CPU time of the whole process (all threads) from its start to the first sheet: on a shared machine it moves
  // less with the load than the wall clock does.
  if (i === 0) firstSheetCpu = process.cpuUsage();
}
const cpuMs = (u) => (u ? (u.user + u.system) / 1000 : null);
writeFileSync(outFile, JSON.stringify({ bootMs, importMs: importedMs - bootMs, firstSheetMs: invocations[0]?.ms, coldStartMs: bootMs + (importedMs - bootMs) + (invocations[0]?.ms ?? NaN), invocations, cpu: { bootMs: cpuMs(bootCpu), importMs: cpuMs(importCpu), coldStartMs: cpuMs(firstSheetCpu) }, exports: Object.keys(mod), peakRssMb: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
