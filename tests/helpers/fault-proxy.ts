/**
 * A small HTTP proxy on 127.0.0.1 in front of s3rver that fails or delays chosen requests, so the handler
 * meets S3 errors at the HTTP level: a 500 InternalError, a 503 SlowDown, a connection reset before any
 * answer, a reset halfway through an upload's body, or a delay. Every request is logged with what was done.
 *
 *   const proxy = await startFaultProxy(s3.endpoint);
 *   proxy.fail({ method: 'PUT', key: /\.json$/, fault: 'reset', times: 1 });
 *   ... point an S3 client at proxy.endpoint ...
 *   expect(proxy.log.filter((r) => r.fault === 'reset')).toHaveLength(1);
 *   await proxy.stop();
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 500 | 503 | 'reset' | 'reset-mid-body' | { delayMs: number };

export interface FaultRule {
  method?: string;
  /** Matched against the decoded object key (the path after the bucket). */
  key: RegExp;
  fault: Fault;
  /** Matching requests to fault before the rule is spent (default: all of them). */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  key: string;
  /** The fault applied ('upstream unreachable' when s3rver was down), or null when passed through untouched. */
  fault: string | null;
  /** Status s3rver answered (passed through), or null when the proxy answered or cut the connection. */
  status: number | null;
  /** Response body bytes relayed to the client (what a download actually cost). */
  bytesOut: number;
}

export interface FaultProxy {
  endpoint: string;
  port: number;
  log: LoggedRequest[];
  fail(rule: FaultRule): void;
  clear(): void;
  /** Point at another upstream (a restarted server on a new port). */
  retarget(upstream: string): void;
  stop(): Promise<void>;
}

const ERROR_BODY: Record<500 | 503, string> = {
  500: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>',
  503: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>',
};

/** "/bucket/some/key?x-id=PutObject" → "some/key" (path-style addressing, as the clients here use). */
function keyOf(url: string): string {
  const path = url.split('?')[0] ?? '';
  const slash = path.indexOf('/', 1);
  const raw = slash < 0 ? '' : path.slice(slash + 1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const describeFault = (fault: Fault): string => (typeof fault === 'object' ? `delay ${fault.delayMs}ms` : String(fault));

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  let target = new URL(upstream);
  const rules: (FaultRule & { used: number })[] = [];
  const log: LoggedRequest[] = [];

  const forward = (req: IncomingMessage, res: ServerResponse, entry: LoggedRequest, cutAfterBytes?: number) => {
    const up = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        entry.status = answer.statusCode ?? null;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => (entry.bytesOut += chunk.length));
        // A client that hangs up early stops the transfer, as S3 would.
        res.on('close', () => answer.destroy());
        answer.pipe(res);
      },
    );
    // Upstream down (a restart in progress): the client sees its connection reset, as with a dead endpoint.
    up.on('error', () => {
      entry.fault ??= 'upstream unreachable';
      res.socket?.destroy();
    });
    if (cutAfterBytes === undefined) {
      req.pipe(up);
      return;
    }
    let sent = 0;
    req.on('data', (chunk: Buffer) => {
      if (sent >= cutAfterBytes) return;
      const part = chunk.subarray(0, cutAfterBytes - sent);
      sent += part.length;
      up.write(part);
      if (sent >= cutAfterBytes) {
        // Half the body reached the server, then both connections die.
        up.destroy();
        req.socket.destroy();
      }
    });
  };

  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const key = keyOf(req.url ?? '/');
    const entry: LoggedRequest = { method, key, fault: null, status: null, bytesOut: 0 };
    log.push(entry);
    const rule = rules.find((r) => (r.method === undefined || r.method === method) && r.key.test(key) && r.used < (r.times ?? Infinity));
    if (!rule) return forward(req, res, entry);
    rule.used++;
    entry.fault = describeFault(rule.fault);
    const fault = rule.fault;
    if (typeof fault === 'object') {
      setTimeout(() => forward(req, res, entry), fault.delayMs);
      return;
    }
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === 'reset-mid-body') {
      const length = Number(req.headers['content-length'] ?? 0);
      return forward(req, res, entry, Math.max(1, Math.floor(length / 2)));
    }
    req.resume();
    req.on('end', () => {
      res.writeHead(fault, { 'content-type': 'application/xml' });
      res.end(ERROR_BODY[fault]);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    log,
    fail(rule) {
      rules.push({ ...rule, used: 0 });
    },
    clear() {
      rules.length = 0;
    },
    retarget(next) {
      target = new URL(next);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
