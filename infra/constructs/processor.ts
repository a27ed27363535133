/**
 * Delivery and processing: S3 (`incoming/` only) → SQS queue (dead-letter queue after a few tries) →
 * the handler, which reports partial batch failures. The function's role is written out statement by
 * statement: read `incoming/*`, write `factsheets/*` and `failed/*`, read back its own `factsheets/*.json`
 * (idempotency) and `failed/*.error.json` (deleted once a later version succeeds), list its buckets (so a missing key is a 404, not a 403), write its own log group. Nothing
 * else, no managed policy.
 */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, RecursiveLoop, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { EventType, type Bucket } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { HANDLER_ENTRY, LOCK_FILE, PROJECT_ROOT, handlerBundling } from '../bundling.ts';
import type { FactsheetConfig } from '../config.ts';

export interface ProcessorProps {
  config: FactsheetConfig;
  articleBucket: Bucket;
  outputBucket: Bucket;
}

/** The environment the handler reads (functions/handler). */
export function handlerEnvironment(config: FactsheetConfig, outputBucketName: string | undefined): Record<string, string> {
  return {
    FACTSHEET_INCOMING_PREFIX: config.prefixes.incoming,
    FACTSHEET_OUTPUT_PREFIX: config.prefixes.output,
    FACTSHEET_FAILED_PREFIX: config.prefixes.failed,
    FACTSHEET_DEFAULT_TEMPLATE: config.defaultTemplate,
    ...(outputBucketName === undefined ? {} : { FACTSHEET_OUTPUT_BUCKET: outputBucketName }),
    POWERTOOLS_SERVICE_NAME: 'factsheet',
    POWERTOOLS_METRICS_NAMESPACE: 'Factsheet',
  };
}

export class Processor extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ProcessorProps) {
    super(scope, id);
    const { config, articleBucket, outputBucket } = props;
    const removalPolicy = config.removal === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    // SSE-SQS, not the AWS-managed KMS key: S3 cannot publish to a queue encrypted with aws/sqs.
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // A moved message keeps its original enqueue time: give people the longest time SQS allows to look.
      retentionPeriod: Duration.days(config.delivery.dlqRetentionDays),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(config.delivery.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: config.delivery.maxReceiveCount },
    });
    // Only the incoming prefix notifies: nothing the function writes (factsheets/, failed/) can trigger it.
    articleBucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), {
      prefix: config.prefixes.incoming,
    });
    acknowledgeNotificationHandler(Stack.of(this));

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: config.fn.logRetentionDays,
      removalPolicy,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'factsheet handler: read incoming/, write factsheets/ and failed/, clear stale failed/ reports, its own logs',
    });
    // Equivalent to AWSLambdaBasicExecutionRole, narrowed to the function's own log group.
    this.role.addToPolicy(
      new PolicyStatement({
        sid: 'WriteOwnLogs',
        effect: Effect.ALLOW,
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    this.role.addToPolicy(
      new PolicyStatement({
        sid: 'ReadIncoming',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [articleBucket.arnForObjects(`${config.prefixes.incoming}*`)],
      }),
    );
    this.role.addToPolicy(
      new PolicyStatement({
        sid: 'WriteResults',
        actions: ['s3:PutObject'],
        resources: [
          outputBucket.arnForObjects(`${config.prefixes.output}*`),
          outputBucket.arnForObjects(`${config.prefixes.failed}*`),
        ],
      }),
    );
    // Without ListBucket, S3 answers a missing key with 403 instead of 404: the idempotency look-up of a
    // sheet not yet made, or an upload deleted before it was processed, would fail and be retried into the
    // dead-letter queue. Bucket-level only: it lists key names, it reads no object.
    this.role.addToPolicy(
      new PolicyStatement({
        sid: 'TellMissingFromForbidden',
        actions: ['s3:ListBucket'],
        resources: [...new Set([articleBucket.bucketArn, outputBucket.bucketArn])],
      }),
    );
    this.role.addToPolicy(
      new PolicyStatement({
        sid: 'ReadPreviousResults',
        actions: ['s3:GetObject'],
        resources: [
          outputBucket.arnForObjects(`${config.prefixes.output}*.json`),
          outputBucket.arnForObjects(`${config.prefixes.failed}*.error.json`),
        ],
      }),
    );
    // A sheet made from a corrected upload clears the error report an earlier version left: reports only.
    this.role.addToPolicy(
      new PolicyStatement({
        sid: 'ClearStaleReports',
        actions: ['s3:DeleteObject'],
        resources: [outputBucket.arnForObjects(`${config.prefixes.failed}*.error.json`)],
      }),
    );

    const separate = outputBucket !== articleBucket;
    this.fn = new NodejsFunction(this, 'Function', {
      description: 'factsheet: article in incoming/ → PDF fact sheet + JSON',
      entry: HANDLER_ENTRY,
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: config.fn.memorySize,
      timeout: Duration.seconds(config.fn.timeoutSeconds),
      reservedConcurrentExecutions: config.fn.reservedConcurrency,
      recursiveLoop: RecursiveLoop.TERMINATE,
      role: this.role,
      logGroup: this.logGroup,
      environment: handlerEnvironment(config, separate ? outputBucket.bucketName : undefined),
      bundling: handlerBundling(),
    });
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x is a supported LTS runtime and the one the bundle targets and is tested against; nodejs24.x is a one-line change in infra/constructs/processor.ts once verified.',
    });
    this.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: config.delivery.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: config.delivery.maxConcurrency,
      }),
    );

    for (const prefix of [config.prefixes.output, config.prefixes.failed]) {
      Validations.of(this.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalRef(outputBucket)}.Arn>/${prefix}*]`,
        reason: `The function writes one object per input under ${prefix}; the wildcard is confined to that prefix.`,
      });
    }
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalRef(articleBucket)}.Arn>/${config.prefixes.incoming}*]`,
      reason: `The function reads whichever article was uploaded; the wildcard is confined to ${config.prefixes.incoming}.`,
    });
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalRef(outputBucket)}.Arn>/${config.prefixes.output}*.json]`,
      reason: 'Idempotency: the function reads back the JSON it wrote for the same input; confined to its own *.json results.',
    });
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalRef(outputBucket)}.Arn>/${config.prefixes.failed}*.error.json]`,
      reason: 'A later version that succeeds looks up and deletes the error report an earlier one left; confined to *.error.json reports.',
    });
  }
}

/**
 * The singleton Lambda that CDK uses to put the bucket notification configuration (a custom resource,
 * not ours to shape) runs with AWSLambdaBasicExecutionRole, the one managed policy allowed.
 */
function acknowledgeNotificationHandler(stack: Stack): void {
  const handler = stack.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
  if (!handler) return;
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      "CDK's own bucket-notification custom resource; basic execution (its logs only) is the one managed policy it carries, and it runs only at deploy time.",
  });
}

/** The logical id cdk-nag prints for a bucket's `Fn::GetAtt` in findings. */
function logicalRef(bucket: Bucket): string {
  return Stack.of(bucket).getLogicalId(bucket.node.defaultChild as never);
}
