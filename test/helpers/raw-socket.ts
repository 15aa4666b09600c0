import WebSocket from 'ws';

/** A raw graphql-transport-ws socket: every message and the close, kept in order. */
export class RawSocket {
  readonly messages: any[] = [];
  closed: { code: number; reason: string } | null = null;
  pinged = false;
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => this.push(() => this.messages.push(JSON.parse(String(data)))));
    socket.on('close', (code, reason) => this.push(() => (this.closed = { code, reason: String(reason) })));
    socket.on('ping', () => this.push(() => (this.pinged = true)));
  }

  static async open(url: string): Promise<RawSocket> {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new RawSocket(socket);
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  async until(predicate: () => boolean, timeoutMs = 3_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out; messages: ${JSON.stringify(this.messages)}, closed: ${JSON.stringify(this.closed)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  private push(apply: () => void): void {
    apply();
    for (const wake of this.waiters.splice(0)) wake();
  }
}
