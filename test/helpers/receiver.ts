import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
}

/** A local HTTP endpoint that records what the sandbox delivers to it (webhooks, routes). */
export class WebhookReceiver {
  readonly received: ReceivedRequest[] = [];
  /** The status the receiver answers with; set to 500 to watch retries. */
  status = 200;
  private waiters: (() => void)[] = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          // XML and other formats stay text
        }
        receiver!.received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
        res.writeHead(receiver!.status).end();
        for (const wake of receiver!.waiters.splice(0)) wake();
      });
    });
    receiver = new WebhookReceiver(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resolves with the requests matching `predicate` once there are `count` of them (fails after `timeoutMs`). */
  async waitFor(predicate: (r: ReceivedRequest) => boolean, count = 1, timeoutMs = 5000): Promise<ReceivedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matches = this.received.filter(predicate);
      if (matches.length >= count) return matches;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} matching deliveries, got ${matches.length}: ${JSON.stringify(this.received.map((r) => r.body))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
