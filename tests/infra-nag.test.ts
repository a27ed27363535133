/**
 * cdk-nag v3 (AwsSolutions pack) over the whole app: synthesis fails on any finding that is not
 * acknowledged, and every acknowledgement names one specific finding and says why.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthApp, type Synthesized } from './helpers/synth.ts';

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
}

function acknowledgements(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      // Stored as { "Annotation::<rule id>": reason }.
      .flatMap((m) =>
        Object.entries(m.data as Record<string, string>).map(([key, reason]) => ({
          path: construct.node.path,
          id: key.replace(/^Annotation::/, ''),
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions on the whole app', () => {
  let synthesized: Synthesized;
  let error: unknown;

  beforeAll(() => {
    try {
      // Bundling changes no resource, only the asset hash: skip it here (asset-runs-alone covers it).
      synthesized = synthApp({}, { nag: true, bundle: false });
    } catch (e) {
      error = e;
    }
  });

  it('synthesizes with no unacknowledged finding', () => {
    // On failure the message lists each finding with its construct path.
    expect(error, String(error)).toBeUndefined();
    expect(synthesized.stack.node.path).toBe('Factsheet');
  });

  it('acknowledges only specific findings, each with a reason', () => {
    const acks = acknowledgements(synthesized.app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^AwsSolutions-[A-Z]+\d+(\[[^\]]+\])?$/);
      expect(ack.reason.length, `${ack.path} ${ack.id}`).toBeGreaterThan(40);
    }
    // Wildcard findings are acknowledged one resource at a time, never the whole rule.
    expect(acks.filter((a) => a.id === 'AwsSolutions-IAM5')).toEqual([]);
    // Nothing is waved through for the whole stack.
    expect(acks.filter((a) => a.path === 'Factsheet')).toEqual([]);
  });

  it('stays clean with every option on: separate output bucket, destroy, alarm email, reserved concurrency', () => {
    const variant = {
      'factsheet:separateOutputBucket': true,
      'factsheet:removalPolicy': 'destroy',
      'factsheet:alarmEmail': 'desk@example.org',
      'factsheet:reservedConcurrency': 100,
      'factsheet:incomingPrefix': 'uploads/articles/',
    };
    expect(() => synthApp(variant, { nag: true, bundle: false })).not.toThrow();
  });

  it('does fail synthesis on a finding nobody acknowledged (the check is live)', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const stack = new Stack(app, 'Careless');
    new Bucket(stack, 'Open'); // no access logs, no TLS enforcement
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-S10|AwsSolutions-S1/);
  });
});
