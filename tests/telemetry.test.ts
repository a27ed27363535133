/**
 * Powertools logger and metrics as the handler uses them: EMF metrics in Lambda (SheetsMade, Duration,
 * Failures by code), silence outside it, structured JSON logs carrying bucket, key and version.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTelemetry } from '../functions/handler/telemetry.ts';

function captureStdout(): { lines: () => unknown[]; restore: () => void } {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
    return true;
  });
  return {
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l.trim().startsWith('{'))
        .map((l) => JSON.parse(l) as unknown),
    restore: () => spy.mockRestore(),
  };
}

interface Emf {
  _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
  [key: string]: unknown;
}

describe('telemetry', () => {
  let capture: ReturnType<typeof captureStdout> | null = null;
  afterEach(() => capture?.restore());

  it('in Lambda, publishes SheetsMade and Duration, and Failures with a code dimension', () => {
    capture = captureStdout();
    const telemetry = createTelemetry({ AWS_LAMBDA_FUNCTION_NAME: 'fn', POWERTOOLS_LOG_LEVEL: 'SILENT' });
    telemetry.made(120.4);
    telemetry.made(80);
    telemetry.failed('EMPTY');
    telemetry.failed('EMPTY');
    telemetry.failed('NOT_TEXT');
    telemetry.flush();
    const emf = capture.lines() as Emf[];
    const failures = emf.filter((e) => e._aws.CloudWatchMetrics[0]?.Metrics.some((m) => m.Name === 'Failures'));
    expect(failures.map((e) => [e['code'], e['Failures']]).sort()).toEqual([
      ['EMPTY', 2],
      ['NOT_TEXT', 1],
    ]);
    expect(failures[0]?._aws.CloudWatchMetrics[0]?.Dimensions[0]).toContain('code');
    const made = emf.find((e) => 'SheetsMade' in e);
    expect(made?.['SheetsMade']).toEqual([1, 1]);
    expect(made?.['Duration']).toEqual([120, 80]);
    expect(made?._aws.CloudWatchMetrics[0]?.Namespace).toBe('Factsheet');
  });

  it('outside Lambda, prints no metrics and no warnings, even when flushed with nothing recorded', () => {
    capture = captureStdout();
    const errors = vi.spyOn(console, 'warn');
    const telemetry = createTelemetry({ POWERTOOLS_LOG_LEVEL: 'SILENT' });
    telemetry.made(10);
    telemetry.failed('EMPTY');
    telemetry.flush();
    createTelemetry({ AWS_LAMBDA_FUNCTION_NAME: 'fn', POWERTOOLS_LOG_LEVEL: 'SILENT' }).flush();
    expect(capture.lines()).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('logs structured JSON with the fields it is given', () => {
    capture = captureStdout();
    const { logger } = createTelemetry({ POWERTOOLS_LOG_LEVEL: 'INFO' });
    logger.info('sheet made', { bucket: 'b', key: 'incoming/a b.txt', version: 'v1' });
    const [line] = capture.lines() as Record<string, unknown>[];
    expect(line).toMatchObject({ level: 'INFO', message: 'sheet made', service: 'factsheet', bucket: 'b', key: 'incoming/a b.txt', version: 'v1' });
  });
});
