/**
 * The stack's shape, property by property: what a reviewer would check before `cdk deploy`. One full
 * synthesis with bundling (the deployed shape); configuration variants synthesize without bundling.
 */
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig, type ContextKey } from '../infra/config.ts';
import { cdkJsonContext, synthApp, type Synthesized } from './helpers/synth.ts';

/** What cdk.json configures: the expectations follow it, so retuning a default does not break the shape tests. */
const config = readConfig({ tryGetContext: (key) => cdkJsonContext()[key] });

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Sid?: string; Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

const resourcesOf = (template: Template, type: string): Resource[] =>
  Object.values(template.findResources(type)) as Resource[];

const logicalIdOf = (synthesized: Synthesized, construct: { node: { defaultChild?: unknown } }): string =>
  synthesized.stack.getLogicalId(construct.node.defaultChild as never);

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** The function role's statements, from the synthesized template. */
function functionStatements(synthesized: Synthesized): Statement[] {
  const roleId = synthesized.stack.getLogicalId(synthesized.stack.processor.role.node.defaultChild as never);
  const policies = resourcesOf(synthesized.template, 'AWS::IAM::Policy').filter((p) =>
    JSON.stringify(p.Properties['Roles']).includes(roleId),
  );
  return policies.flatMap((p) => (p.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement);
}

/** `{"Fn::Join": ["", [{"Fn::GetAtt": [id, "Arn"]}, "/incoming/*"]]}` → `id/incoming/*`. */
function objectArn(resource: unknown): string {
  const join = (resource as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (!join) return JSON.stringify(resource);
  return join[1]
    .map((part) => (typeof part === 'string' ? part : (part as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0]))
    .join('');
}

describe('the default stack (cdk.json context)', () => {
  let s: Synthesized;
  let template: Template;
  let articleBucketId: string;
  let fnProps: Record<string, unknown>;

  beforeAll(() => {
    s = synthApp();
    template = s.template;
    articleBucketId = logicalIdOf(s, s.stack.storage.articleBucket);
    fnProps = template.toJSON().Resources[logicalIdOf(s, s.stack.processor.fn)].Properties;
  });

  it('has two buckets (articles, access logs), both encrypted, private and without ACLs', () => {
    template.resourceCountIs('AWS::S3::Bucket', 2);
    for (const bucket of resourcesOf(template, 'AWS::S3::Bucket')) {
      expect(bucket.Properties).toMatchObject({
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      });
      expect(bucket.DeletionPolicy).toBe('Retain');
    }
  });

  it('versions the article bucket, logs its access to the log bucket, and expires old versions and failure reports', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: {
        DestinationBucketName: { Ref: logicalIdOf(s, s.stack.storage.logBucket) },
        LogFilePrefix: 'articles/',
      },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Status: 'Enabled',
            NoncurrentVersionExpiration: { NoncurrentDays: config.storage.noncurrentVersionDays },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          }),
          Match.objectLike({
            Status: 'Enabled',
            Prefix: 'failed/',
            ExpirationInDays: config.storage.failedReportDays,
          }),
        ]),
      },
    });
  });

  it('denies any request to either bucket that does not use TLS', () => {
    template.resourceCountIs('AWS::S3::BucketPolicy', 2);
    for (const policy of resourcesOf(template, 'AWS::S3::BucketPolicy')) {
      const statements = (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
  });

  it('lets the log delivery service write access logs through a bucket policy, not an ACL', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalIdOf(s, s.stack.storage.logBucket) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:PutObject',
            Principal: { Service: 'logging.s3.amazonaws.com' },
          }),
        ]),
      },
    });
  });

  it('notifies the queue of created objects under incoming/ only', () => {
    template.resourceCountIs('Custom::S3BucketNotifications', 1);
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: articleBucketId },
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
            QueueArn: { 'Fn::GetAtt': [logicalIdOf(s, s.stack.processor.queue), 'Arn'] },
          },
        ],
      },
    });
    // Nothing else in the stack is notified: the function's own writes cannot trigger it.
    template.resourceCountIs('AWS::Lambda::Permission', 0);
  });

  it('lets only S3, for this bucket, send to the queue', () => {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: logicalIdOf(s, s.stack.processor.queue) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: Match.arrayWith(['sqs:SendMessage']),
            Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [articleBucketId, 'Arn'] } } },
          }),
        ]),
      },
    });
  });

  it('encrypts both queues with SSE-SQS and enforces TLS on them', () => {
    template.resourceCountIs('AWS::SQS::Queue', 2);
    for (const queue of resourcesOf(template, 'AWS::SQS::Queue')) {
      expect(queue.Properties['SqsManagedSseEnabled']).toBe(true);
      // S3 cannot publish to a queue under the AWS-managed KMS key.
      expect(queue.Properties['KmsMasterKeyId']).toBeUndefined();
    }
    const tlsDenied = resourcesOf(template, 'AWS::SQS::QueuePolicy').filter((p) =>
      JSON.stringify(p.Properties['PolicyDocument']).includes('"aws:SecureTransport":"false"'),
    );
    expect(tlsDenied).toHaveLength(2);
  });

  it('moves a message to the dead-letter queue after 3 to 5 receives, with a visibility timeout of 6× the function timeout', () => {
    const timeout = fnProps['Timeout'] as number;
    expect(timeout).toBe(config.fn.timeoutSeconds);
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 6 * timeout,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [logicalIdOf(s, s.stack.processor.deadLetterQueue), 'Arn'] },
        maxReceiveCount: config.delivery.maxReceiveCount,
      },
    });
    expect(config.delivery.maxReceiveCount).toBeGreaterThanOrEqual(3);
    expect(config.delivery.maxReceiveCount).toBeLessThanOrEqual(5);
    template.hasResourceProperties('AWS::SQS::Queue', {
      MessageRetentionPeriod: config.delivery.dlqRetentionDays * 24 * 3600,
    });
  });

  it('runs the handler on Node 22, arm64, as an ES module bundle, with loop detection on Terminate', () => {
    template.resourceCountIs('AWS::Lambda::Function', 2); // ours and CDK's bucket-notification handler
    expect(fnProps).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: config.fn.memorySize,
      RecursiveLoop: 'Terminate',
      LoggingConfig: { LogGroup: { Ref: logicalIdOf(s, s.stack.processor.logGroup) } },
    });
    expect(fnProps['ReservedConcurrentExecutions']).toBe(config.fn.reservedConcurrency);
  });

  it('gives the handler its prefixes, template and Powertools settings, and no output bucket of its own', () => {
    expect((fnProps['Environment'] as { Variables: Record<string, string> }).Variables).toEqual({
      FACTSHEET_INCOMING_PREFIX: 'incoming/',
      FACTSHEET_OUTPUT_PREFIX: 'factsheets/',
      FACTSHEET_FAILED_PREFIX: 'failed/',
      FACTSHEET_DEFAULT_TEMPLATE: config.defaultTemplate,
      POWERTOOLS_SERVICE_NAME: 'factsheet',
      POWERTOOLS_METRICS_NAMESPACE: 'Factsheet',
    });
  });

  it('keeps its logs for the configured retention', () => {
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      RetentionInDays: config.fn.logRetentionDays,
    });
  });

  it('consumes the queue in batches, reporting partial batch failures, with bounded concurrency', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(s, s.stack.processor.queue), 'Arn'] },
      FunctionName: { Ref: logicalIdOf(s, s.stack.processor.fn) },
      BatchSize: config.delivery.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: config.delivery.maxConcurrency },
    });
  });

  it('gives the function role no managed policy at all', () => {
    const role = template.toJSON().Resources[logicalIdOf(s, s.stack.processor.role)] as Resource;
    expect(role.Properties['ManagedPolicyArns']).toBeUndefined();
    expect(role.Properties['AssumeRolePolicyDocument']).toMatchObject({
      Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
    });
  });

  it('grants the function exactly: read incoming/*, write factsheets/* and failed/*, read factsheets/*.json, read and delete failed/*.error.json', () => {
    const statements = functionStatements(s);
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      for (const action of asArray(statement.Action)) expect(action, 'no wildcard actions').not.toContain('*');
      for (const resource of asArray(statement.Resource)) expect(resource, 'no "*" resource').not.toBe('*');
    }
    const s3Grants = statements
      .flatMap((st) =>
        asArray(st.Action)
          .filter((a) => a.startsWith('s3:') && a !== 's3:ListBucket')
          .flatMap((action) => asArray(st.Resource).map((r) => `${action} ${objectArn(r)}`)),
      )
      .sort();
    expect(s3Grants).toEqual(
      [
        `s3:GetObject ${articleBucketId}/incoming/*`,
        `s3:GetObjectVersion ${articleBucketId}/incoming/*`,
        `s3:PutObject ${articleBucketId}/factsheets/*`,
        `s3:PutObject ${articleBucketId}/failed/*`,
        `s3:GetObject ${articleBucketId}/factsheets/*.json`,
        `s3:GetObject ${articleBucketId}/failed/*.error.json`,
        `s3:DeleteObject ${articleBucketId}/failed/*.error.json`,
      ].sort(),
    );
    // Bucket-level listing only (so a missing key is a 404): on the bucket ARN, never on objects.
    const list = statements.filter((st) => asArray(st.Action).includes('s3:ListBucket'));
    expect(list).toHaveLength(1);
    expect(asArray(list[0]!.Resource)).toEqual([{ 'Fn::GetAtt': [articleBucketId, 'Arn'] }]);
    // The rest: its own log group and its own queue.
    const others = statements.flatMap((st) => asArray(st.Action)).filter((a) => !a.startsWith('s3:'));
    expect(others.sort()).toEqual(
      [
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:ReceiveMessage',
      ].sort(),
    );
  });

  it('alarms on dead letters, errors, throttles and a stuck backlog, to one SNS topic that requires TLS', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    const topic = { Ref: logicalIdOf(s, s.stack.alarms.topic) };
    for (const alarm of resourcesOf(template, 'AWS::CloudWatch::Alarm')) {
      expect(alarm.Properties['AlarmActions']).toEqual([topic]);
      expect(alarm.Properties['TreatMissingData']).toBe('notBreaching');
    }
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalIdOf(s, s.stack.processor.deadLetterQueue), 'QueueName'] } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    for (const metric of ['Errors', 'Throttles']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: metric,
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalIdOf(s, s.stack.processor.fn) } }],
        Threshold: 1,
      });
    }
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('outputs the bucket, queues and the exact upload and download commands', () => {
    const bucketRef = { Ref: articleBucketId };
    template.hasOutput('BucketName', { Value: bucketRef });
    template.hasOutput('QueueUrl', { Value: { Ref: logicalIdOf(s, s.stack.processor.queue) } });
    template.hasOutput('DeadLetterQueueUrl', { Value: { Ref: logicalIdOf(s, s.stack.processor.deadLetterQueue) } });
    template.hasOutput('UploadCommand', {
      Value: { 'Fn::Join': ['', ['aws s3 cp article.txt s3://', bucketRef, '/incoming/article.txt']] },
    });
    template.hasOutput('DownloadCommand', {
      Value: { 'Fn::Join': ['', ['aws s3 cp s3://', bucketRef, '/factsheets/article.pdf .']] },
    });
  });
});

describe('configuration through context', () => {
  it('uses a separate output bucket for everything the function writes', () => {
    const s = synthApp({ 'factsheet:separateOutputBucket': 'true' }, { bundle: false });
    const out = logicalIdOf(s, s.stack.storage.outputBucket);
    const articles = logicalIdOf(s, s.stack.storage.articleBucket);
    expect(out).not.toBe(articles);
    s.template.resourceCountIs('AWS::S3::Bucket', 3);
    const fn = s.template.toJSON().Resources[logicalIdOf(s, s.stack.processor.fn)].Properties;
    expect(fn.Environment.Variables.FACTSHEET_OUTPUT_BUCKET).toEqual({ Ref: out });
    const writes = functionStatements(s)
      .filter((st) => asArray(st.Action).includes('s3:PutObject'))
      .flatMap((st) => asArray(st.Resource).map(objectArn));
    expect(writes.sort()).toEqual([`${out}/factsheets/*`, `${out}/failed/*`]);
    s.template.hasOutput('OutputBucketName', { Value: { Ref: out } });
    // Failure reports expire in the bucket that holds them.
    s.template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { LogFilePrefix: 'output/' },
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ Prefix: 'failed/' })]) },
    });
  });

  it('takes prefixes, template, memory, timeout, concurrency, retention and alarm email from context', () => {
    const s = synthApp(
      {
        'factsheet:incomingPrefix': 'inbox/',
        'factsheet:outputPrefix': 'sheets/',
        'factsheet:failedPrefix': 'errors/',
        'factsheet:defaultTemplate': 'brief',
        'factsheet:memorySize': '1536',
        'factsheet:timeoutSeconds': 90,
        'factsheet:reservedConcurrency': '20',
        'factsheet:maxConcurrency': '10',
        'factsheet:logRetentionDays': 7,
        'factsheet:maxReceiveCount': 5,
        'factsheet:alarmEmail': 'desk@example.org',
      },
      { bundle: false },
    );
    const t = s.template;
    t.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 1536,
      Timeout: 90,
      ReservedConcurrentExecutions: 20,
      Environment: {
        Variables: Match.objectLike({
          FACTSHEET_INCOMING_PREFIX: 'inbox/',
          FACTSHEET_OUTPUT_PREFIX: 'sheets/',
          FACTSHEET_FAILED_PREFIX: 'errors/',
          FACTSHEET_DEFAULT_TEMPLATE: 'brief',
        }),
      },
    });
    t.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 540, RedrivePolicy: Match.objectLike({ maxReceiveCount: 5 }) });
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', { ScalingConfig: { MaximumConcurrency: 10 } });
    t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
    t.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [Match.objectLike({ Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'inbox/' }] } } })],
      },
    });
    t.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'desk@example.org' });
    const grants = functionStatements(s).flatMap((st) => asArray(st.Resource).map(objectArn));
    const bucket = logicalIdOf(s, s.stack.storage.articleBucket);
    expect(grants).toEqual(
      expect.arrayContaining([`${bucket}/inbox/*`, `${bucket}/sheets/*`, `${bucket}/errors/*`, `${bucket}/sheets/*.json`]),
    );
    expect(grants.some((g) => g.includes('incoming/') || g.includes('factsheets/'))).toBe(false);
  });

  it('makes a throwaway stack deletable: destroy removal policy and auto-deleted objects', () => {
    const s = synthApp({ 'factsheet:removalPolicy': 'destroy' }, { bundle: false });
    for (const bucket of resourcesOf(s.template, 'AWS::S3::Bucket')) expect(bucket.DeletionPolicy).toBe('Delete');
    s.template.resourceCountIs('Custom::S3AutoDeleteObjects', 2);
    s.template.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'Delete' });
  });
});

describe('readConfig', () => {
  const context = (values: Partial<Record<ContextKey, unknown>>) => ({ tryGetContext: (k: string) => values[k as ContextKey] });

  it('fills every default and derives the visibility timeout', () => {
    const config = readConfig(context({}));
    expect(config.prefixes).toEqual({ incoming: 'incoming/', output: 'factsheets/', failed: 'failed/' });
    expect(config.delivery.visibilityTimeoutSeconds).toBe(6 * config.fn.timeoutSeconds);
    expect(config.fn.reservedConcurrency).toBeUndefined();
    expect(config.alarmEmail).toBeUndefined();
    expect(config.removal).toBe('retain');
  });

  it('reports every bad value at once, naming its key', () => {
    let error: unknown;
    try {
      readConfig(
        context({
          'factsheet:memorySize': '64',
          'factsheet:timeoutSeconds': 'soon',
          'factsheet:maxReceiveCount': 10,
          'factsheet:logRetentionDays': 31,
          'factsheet:alarmEmail': 'not-an-email',
          'factsheet:removalPolicy': 'snapshot',
          'factsheet:separateOutputBucket': 'yes',
          'factsheet:incomingPrefix': 'incoming',
        }),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const key of [
      'memorySize',
      'timeoutSeconds',
      'maxReceiveCount',
      'logRetentionDays',
      'alarmEmail',
      'removalPolicy',
      'separateOutputBucket',
      'incomingPrefix',
    ]) {
      expect(problems).toContain(`factsheet:${key}`);
    }
  });

  it('refuses a default template that templates/ does not have', () => {
    expect(() => readConfig(context({ 'factsheet:defaultTemplate': 'glossy' }))).toThrow(/defaultTemplate "glossy".*known: standard/);
    expect(readConfig(context({ 'factsheet:defaultTemplate': 'detailed' })).defaultTemplate).toBe('detailed');
  });

  it('refuses an unknown factsheet: key, so a typo cannot be silently ignored', () => {
    const source = { tryGetContext: () => undefined, getAllContext: () => ({ 'factsheet:memory': 2048, other: 1 }) };
    expect(() => readConfig(source)).toThrow(/factsheet:memory is not a known setting/);
  });

  it('refuses output prefixes that overlap the incoming one, which would let the function trigger itself', () => {
    expect(() => readConfig(context({ 'factsheet:outputPrefix': 'incoming/sheets/' }))).toThrow(/outputPrefix.*overlaps/);
    expect(() => readConfig(context({ 'factsheet:failedPrefix': 'in/', 'factsheet:incomingPrefix': 'in/coming/' }))).toThrow(
      /failedPrefix.*overlaps/,
    );
  });

  it('refuses more pollers than reserved concurrency, which would throttle deliveries into the dead-letter queue', () => {
    expect(() => readConfig(context({ 'factsheet:reservedConcurrency': 5, 'factsheet:maxConcurrency': 10 }))).toThrow(
      /maxConcurrency/,
    );
  });
});
