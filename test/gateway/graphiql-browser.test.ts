import { existsSync } from 'node:fs';
import { decodeJwt } from 'jose';
import { type Browser, type Page, chromium } from 'playwright-core';
import { SandboxModeGateway } from '../helpers/sandbox-mode';
import { TestGateway, answerExtensions } from '../helpers/gateway';
import { operatorAuthorization } from '../helpers/auth';
import { portableNumber, submitPortIn } from '../helpers/porting';

/** Debian's chromium (`.ci/run` installs it): the test fails without it rather than skip. */
const CHROMIUM = '/usr/bin/chromium';

async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

interface GraphQLPost {
  authorization: string | undefined;
  query: string;
  status: Promise<number>;
}

interface SocketLog {
  url: string;
  sent: { type: string; payload?: any }[];
  received: { type: string; payload?: any }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GraphiQL in a browser page, driven through its own controls (its editors are CodeMirror 5
 * instances), with what the page sends recorded: every POST to the GraphQL endpoint and every
 * graphql-ws frame.
 */
class GraphiQLPage {
  readonly posts: GraphQLPost[] = [];
  readonly sockets: SocketLog[] = [];
  /** Script errors and Content-Security-Policy refusals: none expected. */
  readonly problems: string[] = [];

  private constructor(readonly page: Page) {
    page.on('request', (request) => {
      if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return;
      const query = String((JSON.parse(request.postData() ?? '{}') as { query?: string }).query);
      this.posts.push({ authorization: request.headers().authorization, query, status: request.response().then((r) => r?.status() ?? 0) });
    });
    page.on('websocket', (socket) => {
      const log: SocketLog = { url: socket.url(), sent: [], received: [] };
      this.sockets.push(log);
      socket.on('framesent', (frame) => log.sent.push(JSON.parse(String(frame.payload))));
      socket.on('framereceived', (frame) => log.received.push(JSON.parse(String(frame.payload))));
    });
    page.on('pageerror', (error) => this.problems.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) this.problems.push(message.text());
    });
  }

  static async open(browser: Browser, url: string): Promise<GraphiQLPage> {
    const page = await (await browser.newContext()).newPage();
    const graphiql = new GraphiQLPage(page);
    await graphiql.load(url);
    return graphiql;
  }

  async load(url?: string): Promise<void> {
    await (url ? this.page.goto(url) : this.page.reload());
    await this.page.waitForSelector('.graphiql-query-editor .CodeMirror');
  }

  /** Picks an "Act as" entry by its label. */
  async actAs(label: string): Promise<void> {
    await this.page.selectOption('#tg-act-as-principal', { label });
  }

  async pickerValue(): Promise<string | null> {
    return (await this.page.$('#tg-act-as-principal')) ? this.page.$eval('#tg-act-as-principal', (select) => (select as unknown as { value: string }).value) : null;
  }

  async setHeaders(headers: Record<string, string>): Promise<void> {
    await this.page.evaluate((text) => {
      const editor = (globalThis as any).document.querySelector('section[aria-label="Headers"] .graphiql-editor:not(.hidden) .CodeMirror');
      editor.CodeMirror.setValue(text);
    }, JSON.stringify(headers));
  }

  /** Types `query` into the editor and presses ▶; resolves with the POST it made (queries) or once sent (subscriptions). */
  async run(query: string, operation: 'query' | 'subscription' = 'query'): Promise<GraphQLPost | null> {
    await this.page.evaluate((text) => (globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(text), query);
    // GraphiQL parses the editor's text 100 ms after a change, and the fetcher tells subscriptions by that parse.
    await this.page.waitForFunction((kind) => (globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.operations?.[0]?.operation === kind, operation);
    const posts = this.posts.length;
    await this.page.click('.graphiql-execute-button');
    if (operation === 'subscription') return null;
    const deadline = Date.now() + 10_000;
    while (!this.posts.slice(posts).some((post) => post.query === query)) {
      if (Date.now() > deadline) throw new Error(`GraphiQL did not send ${query}`);
      await sleep(20);
    }
    return this.posts.slice(posts).find((post) => post.query === query)!;
  }

  async result(): Promise<string> {
    return this.page.evaluate(() => (globalThis as any).document.querySelector('.result-window .CodeMirror').CodeMirror.getValue() as string);
  }

  /** Waits until the result pane shows `text`. */
  async resultShows(text: string): Promise<string> {
    await this.page.waitForFunction((needle) => (globalThis as any).document.querySelector('.result-window .CodeMirror').CodeMirror.getValue().includes(needle), text, { timeout: 10_000 });
    return this.result();
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

const ACCOUNTS = '{ accounts(first: 5) { edges { node { name } } } }';
const ORDER_UPDATES = 'subscription { orderUpdates { id status } }';

describe('GraphiQL in a browser, sandbox mode', () => {
  let browser: Browser;
  let gateway: SandboxModeGateway;
  let acmeId: string;
  const pages: GraphiQLPage[] = [];
  const open = async (): Promise<GraphiQLPage> => {
    const page = await GraphiQLPage.open(browser, gateway.url);
    pages.push(page);
    return page;
  };
  beforeAll(async () => {
    [browser, gateway] = await Promise.all([launchChromium(), SandboxModeGateway.start()]);
    acmeId = gateway.sandbox.sandbox.demoIdentities().acme.accountId;
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) {
      expect(page.problems).toEqual([]);
      await page.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it('should answer UNAUTHENTICATED while no principal is picked', async () => {
    const graphiql = await open();
    expect(await graphiql.pickerValue()).toBe('none');
    const post = (await graphiql.run(ACCOUNTS))!;
    expect(post.authorization ?? '').toBe('');
    expect(await post.status).toBe(401);
    expect(await graphiql.resultShows('"UNAUTHENTICATED"')).not.toContain('"data"');
  });

  it("should send the picked demo principal's token, and remember the pick across a reload", async () => {
    const graphiql = await open();
    await graphiql.actAs("Acme Mobile's manager");
    const post = (await graphiql.run(ACCOUNTS))!;
    expect(await post.status).toBe(200);
    expect(decodeJwt(post.authorization!.replace(/^Bearer /, ''))).toMatchObject({ telegent_role: 'manager', telegent_accounts: [acmeId] });
    const result = await graphiql.resultShows('"accounts"');
    expect(result).not.toContain('UNAUTHENTICATED');
    expect(JSON.parse(result)).toEqual({
      data: { accounts: { edges: expect.arrayContaining([{ node: { name: 'Acme Mobile' } }]) } },
      extensions: answerExtensions(),
    });

    await graphiql.load();
    expect(await graphiql.pickerValue()).toBe("principal:Acme Mobile's manager");
    const again = (await graphiql.run('{ __typename }'))!;
    expect([await again.status, decodeJwt(again.authorization!.replace(/^Bearer /, '')).telegent_role]).toEqual([200, 'manager']);
  });

  it("should subscribe over WebSocket with the picked principal's token in connection_init, and show the events", async () => {
    const graphiql = await open();
    await graphiql.actAs("Acme Mobile's manager");
    const query = (await graphiql.run('{ __typename }'))!;
    expect(await query.status).toBe(200);
    await graphiql.run(ORDER_UPDATES, 'subscription');
    await until(() => graphiql.sockets.some((s) => s.sent.some((m) => m.type === 'subscribe')), 'the subscribe message');
    const [socket] = graphiql.sockets;
    expect(new URL(socket!.url).pathname).toBe('/graphql');
    expect(new URL(socket!.url).protocol).toBe('ws:');
    expect(socket!.sent[0]).toEqual({ type: 'connection_init', payload: expect.objectContaining({ Authorization: query.authorization }) });
    expect(socket!.received[0]).toEqual({ type: 'connection_ack' });
    expect(socket!.sent[1]).toMatchObject({ type: 'subscribe', payload: { query: ORDER_UPDATES } });

    // An order of the manager's account, placed by the operator: its first status reaches the result pane.
    await sleep(300);
    const orderId = await submitPortIn(gateway, portableNumber('801'));
    const result = await graphiql.resultShows(orderId);
    expect(JSON.parse(result)).toEqual({ data: { orderUpdates: { id: orderId, status: 'Submitted' } } });
  });

  it('should send a pasted custom token, and remember it across a reload', async () => {
    const johnId = gateway.sandbox.sandbox.demoIdentities().doeSubscriber.subscriberId;
    const minted = await fetch(`${gateway.origin}/dev/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'subscriber', subscriber: johnId, scopes: ['read'] }),
    });
    const { token } = (await minted.json()) as { token: string };
    const graphiql = await open();
    await graphiql.actAs('Custom token…');
    await graphiql.page.fill('#tg-act-as-token', token);
    await graphiql.page.press('#tg-act-as-token', 'Enter');
    const post = (await graphiql.run('{ __typename }'))!;
    expect([post.authorization, await post.status]).toEqual([`Bearer ${token}`, 200]);
    expect(await graphiql.resultShows('"__typename"')).toContain('"Query"');

    await graphiql.load();
    expect(await graphiql.pickerValue()).toBe('custom');
    expect(await graphiql.page.inputValue('#tg-act-as-token')).toBe(token);
  });
});

describe('GraphiQL in a browser, with an identity provider', () => {
  let browser: Browser;
  let gateway: TestGateway;
  beforeAll(async () => {
    [browser, gateway] = await Promise.all([launchChromium(), TestGateway.start()]);
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it("should show no picker, and send the Headers tab's Authorization over HTTP and in connection_init", async () => {
    const graphiql = await GraphiQLPage.open(browser, gateway.url);
    try {
      expect(await graphiql.pickerValue()).toBeNull();
      const authorization = await operatorAuthorization();
      await graphiql.setHeaders({ Authorization: authorization });
      const post = (await graphiql.run(ACCOUNTS))!;
      expect([post.authorization, await post.status]).toEqual([authorization, 200]);
      expect(await graphiql.resultShows('"Acme Mobile"')).toContain('"data"');

      await graphiql.run(ORDER_UPDATES, 'subscription');
      await until(() => graphiql.sockets.some((s) => s.received.some((m) => m.type === 'connection_ack')), 'connection_ack');
      expect(graphiql.sockets[0]!.sent[0]).toEqual({ type: 'connection_init', payload: { Authorization: authorization } });
      expect(await graphiql.result()).not.toContain('errors');
      expect(graphiql.problems).toEqual([]);
    } finally {
      await graphiql.close();
    }
  });
});
