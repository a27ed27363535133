/** Help texts and the usage error (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const MAIN_HELP = `factsheet — news articles in, sourced PDF fact sheets out

Usage:
  factsheet <file|folder>... [--out DIR] [--template NAME|file.json] [--format pdf|json|both]
  factsheet serve [--port 4569] [--dir .factsheet] [--bucket factsheet]
  factsheet reprocess --bucket B [--prefix incoming/] [--queue-url URL] [--endpoint-url URL]
  factsheet <command> --help

Make sheets from files:
  Each input (.txt, .md, .html, .htm) becomes <name>.pdf and <name>.json (the FactSheet data).
  A folder is walked for those extensions (hidden folders and node_modules skipped) and mirrored
  under --out.

  -o, --out DIR          write results under DIR (default: beside each input)
  -t, --template NAME    a template name (standard, brief, detailed) or a template .json file
                         (default: standard)
  -f, --format FORMAT    pdf, json or both (default: both); json skips layout and rendering
  -q, --quiet            print nothing for inputs that succeed
  -h, --help             show this help

  Limits come from FACTSHEET_MAX_BYTES, FACTSHEET_MAX_PARAGRAPHS, FACTSHEET_MAX_CHARS, FACTSHEET_MAX_QUOTES.
  The sheets' "generated" time is now, or SOURCE_DATE_EPOCH when set: then the same input gives
  byte-identical output.

Exit status:
  0  every input made a sheet
  1  at least one input failed (one line per failure on stderr: the file and the reason)
  2  usage error (unknown option, bad --format, unknown template, no inputs)

Examples:
  factsheet examples/aid-flight.txt
  factsheet articles/ --out sheets/ --format json
  factsheet story.html --template brief --out /tmp/x
`;

export const SERVE_HELP = `factsheet serve — a local S3-compatible bucket that makes fact sheets

Usage:
  factsheet serve [--port 4569] [--dir .factsheet] [--bucket factsheet]

Runs an S3-compatible server (s3rver) on 127.0.0.1. Objects uploaded under incoming/ are handed to
the same handler the Lambda runs: sheets appear under factsheets/, error reports under failed/.
Objects are kept in --dir across restarts. Credentials: S3RVER / S3RVER, region us-east-1.
Ctrl-C (SIGINT) or SIGTERM finishes the sheets in progress and stops.

  -p, --port PORT     port on 127.0.0.1 (default 4569; 0 picks a free one)
  -d, --dir DIR       where objects are stored (default .factsheet)
  -b, --bucket NAME   bucket name (default factsheet)
  -h, --help          show this help

Handler settings come from the environment as in the cloud: FACTSHEET_INCOMING_PREFIX,
FACTSHEET_OUTPUT_PREFIX, FACTSHEET_FAILED_PREFIX, FACTSHEET_DEFAULT_TEMPLATE, FACTSHEET_MAX_*.
The handler's structured JSON logs are off; POWERTOOLS_LOG_LEVEL=INFO (or DEBUG) turns them on.

Example:
  export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=us-east-1
  aws --endpoint-url http://127.0.0.1:4569 s3 cp article.txt s3://factsheet/incoming/
  aws --endpoint-url http://127.0.0.1:4569 s3 cp s3://factsheet/factsheets/article.pdf .
`;

export const REPROCESS_HELP = `factsheet reprocess — hand existing uploads to the handler again (backfill)

Usage:
  factsheet reprocess --bucket B [--prefix incoming/] [--queue-url URL] [--endpoint-url URL]

Lists the objects under --prefix and, with --queue-url, sends one S3-notification-shaped message
per object to that SQS queue (batches of 10), exactly what S3 itself would send; the deployed
function then processes them. Without --queue-url, runs the handler in this process against the
bucket. Objects whose sheet already records the same version, template (name and definition) and
generator version are skipped, so reprocessing is safe to repeat; failed inputs, a new default
template and an edited template are made again.

  -b, --bucket B          the bucket holding the uploads (required)
      --prefix P          only keys under P (default: incoming/, or FACTSHEET_INCOMING_PREFIX)
      --queue-url URL     enqueue to this SQS queue instead of processing here
      --endpoint-url URL  S3 endpoint, e.g. http://127.0.0.1:4569 for factsheet serve (S3RVER
                          credentials are used for a loopback endpoint unless AWS_ACCESS_KEY_ID is set)
      --concurrency N     objects in flight at once (default 8)
  -h, --help              show this help

Credentials and region come from the usual AWS environment and profiles.
Exit status: 0 all enqueued (or processed), 1 some failed, 2 usage error.
`;
