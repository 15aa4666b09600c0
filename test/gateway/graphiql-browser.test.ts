import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, type OperationDefinitionNode, parse, print } from 'graphql';
import { decodeJwt } from 'jose';
import { type Browser, type Page, chromium } from 'playwright-core';
import { SandboxModeGateway } from '../helpers/sandbox-mode';
import { TestGateway, answerExtensions } from '../helpers/gateway';
import { operatorAuthorization } from '../helpers/auth';
import { PORT_IN_STEP_SEC, portableNumber, submitPortIn } from '../helpers/porting';
import { readmeBlocks } from '../helpers/readme-blocks';

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
  /** Every URL the page asked for (documents, scripts, styles, fonts, fetches, WebSockets). */
  readonly requested: string[] = [];

  private constructor(readonly page: Page) {
    page.on('request', (request) => this.requested.push(request.url()));
    page.on('request', (request) => {
      if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return;
      const query = String((JSON.parse(request.postData() ?? '{}') as { query?: string }).query);
      this.posts.push({ authorization: request.headers().authorization, query, status: request.response().then((r) => r?.status() ?? 0) });
    });
    page.on('websocket', (socket) => {
      this.requested.push(socket.url());
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
    // GraphiQL parses the editor's text 100 ms after a change, and the fetcher tells subscriptions by that parse; it
    // sends the parsed operation's name, so wait for the new text's (the example tabs' operations have names).
    const name = (parse(query).definitions[0] as OperationDefinitionNode).name?.value ?? null;
    await this.page.waitForFunction(
      ([kind, expected]) => {
        const parsed = (globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.operations?.[0];
        return parsed?.operation === kind && (parsed.name?.value ?? null) === expected;
      },
      [operation, name] as const,
    );
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

  /** Requests to any other origin than `origin` (ws: counts as the same origin's). */
  foreignRequests(origin: string): string[] {
    const own = new URL(origin);
    return this.requested.filter((url) => {
      const target = new URL(url);
      return target.host !== own.host || !['http:', 'ws:', 'data:', 'blob:'].includes(target.protocol);
    });
  }

  async tabNames(): Promise<string[]> {
    return this.page.$$eval('.graphiql-tab-button', (buttons) => buttons.map((button) => (button.textContent ?? '').trim()));
  }

  async openTab(name: string): Promise<void> {
    await this.page.click(`.graphiql-tab-button:text-is("${name}")`);
    await this.page.waitForFunction((title) => (globalThis as any).document.querySelector('.graphiql-tab-active .graphiql-tab-button')?.textContent?.trim() === title, name);
  }

  /** The query editor's text (the active tab's). */
  async query(): Promise<string> {
    return this.page.evaluate(() => (globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue() as string);
  }

  /** Shows the Variables editor (the Headers editor is shown first) and reads it. */
  async variables(): Promise<string> {
    await this.page.click('.graphiql-editor-tools button[data-name="variables"]');
    await this.page.waitForSelector('section[aria-label="Variables"] .graphiql-editor:not(.hidden) .CodeMirror');
    return this.page.evaluate(() => (globalThis as any).document.querySelector('section[aria-label="Variables"] .graphiql-editor:not(.hidden) .CodeMirror').CodeMirror.getValue() as string);
  }

  async setVariables(variables: Record<string, unknown>): Promise<void> {
    await this.variables();
    await this.page.evaluate((text) => {
      (globalThis as any).document.querySelector('section[aria-label="Variables"] .graphiql-editor:not(.hidden) .CodeMirror').CodeMirror.setValue(text);
    }, JSON.stringify(variables));
  }

  /**
   * Presses ▶ on the active tab as it is: its one operation, of `kind`, named as the tab. GraphiQL sends the
   * name it parsed last, so wait until that is the tab's (the tab before's lingers for 100 ms after a switch).
   */
  async runTab(kind: 'query' | 'mutation' | 'subscription'): Promise<void> {
    const tab = await this.page.$eval('.graphiql-tab-active .graphiql-tab-button', (button) => (button.textContent ?? '').trim());
    await this.page.waitForFunction(
      ([operation, name]) => {
        const parsed = (globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.operations?.[0];
        return parsed?.operation === operation && parsed.name?.value === name;
      },
      [kind, tab] as const,
    );
    await this.page.click('.graphiql-execute-button');
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
    // npm start's gateway, with a quota the examples (a provisioning, a port-in moved step by step) cannot exhaust.
    const quota = { sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000', UPSTREAM_RATE_LIMIT_BURST: '100000' } };
    [browser, gateway] = await Promise.all([launchChromium(), SandboxModeGateway.start(quota)]);
    acmeId = gateway.sandbox.sandbox.demoIdentities().acme.accountId;
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) {
      expect(page.problems).toEqual([]);
      expect(page.foreignRequests(gateway.origin)).toEqual([]);
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
    expect(JSON.parse(result)).toEqual({ data: { orderUpdates: { id: orderId, status: 'SUBMITTED' } } });
  });

  it('should load, run a query and open the docs explorer with every request going to the gateway’s own origin', async () => {
    const graphiql = await open();
    expect(graphiql.requested.length).toBeGreaterThan(4);
    await graphiql.actAs('Operator (whole distributor)');
    expect(await (await graphiql.run(ACCOUNTS))!.status).toBe(200);
    expect(await graphiql.resultShows('"Acme Mobile"')).toContain('"Doe Family"');

    await graphiql.page.click('button[aria-label="Show Documentation Explorer"]');
    await graphiql.page.click('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name:text-is("Query")');
    await graphiql.page.waitForSelector('.graphiql-doc-explorer-field-name:text-is("accounts")');
    const fields = await graphiql.page.$$eval('.graphiql-doc-explorer-field-name', (names) => names.map((name) => name.textContent));
    expect(fields).toEqual(expect.arrayContaining(['account', 'accounts', 'phoneNumber', 'order']));
    expect(graphiql.requested.every((url) => new URL(url).host === new URL(gateway.origin).host)).toBe(true);
  });

  it('should preload the example operations as tabs, with the demo data in their variables, and run the README’s account screen', async () => {
    const graphiql = await open();
    expect(await graphiql.tabNames()).toEqual(['Accounts', 'AccountScreen', 'ProvisionNumber', 'SubmitPortIn', 'WatchPortIn']);
    await graphiql.openTab('AccountScreen');
    // The tab holds the README's operation (README "The graph"), which the README test runs too.
    const readme = readmeBlocks(join(__dirname, '../../README.md')).find((block) => block.lang === 'graphql' && block.code.includes('query AccountScreen'))!;
    const operation = (text: string): string => print(parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!);
    expect(operation(await graphiql.query())).toBe(operation(readme.code));
    expect(JSON.parse(await graphiql.variables())).toEqual({ id: acmeId });

    await graphiql.actAs("Acme Mobile's manager");
    await graphiql.runTab('query');
    const result = JSON.parse(await graphiql.resultShows('"totalCount"'));
    expect(result.data.account).toMatchObject({ name: 'Acme Mobile', subscribers: { totalCount: 125 } });
    expect(result.errors).toBeUndefined();
  });

  it('should run the example provisioning, and stream a port-in’s successive statuses into the result pane from the example tabs', async () => {
    const graphiql = await open();
    await graphiql.actAs('Operator (whole distributor)');
    await graphiql.openTab('ProvisionNumber');
    expect(JSON.parse(await graphiql.variables()).input).toMatchObject({ accountId: acmeId, idempotencyKey: expect.any(String), messageRouteId: expect.stringMatching(/^MRID-/) });
    await graphiql.runTab('mutation');
    const bought = JSON.parse(await graphiql.resultShows('"provisionNumber"'));
    expect(bought.errors).toBeUndefined();
    expect(bought.data.provisionNumber.phoneNumber.number).toMatch(/^\+1801/);

    await graphiql.openTab('SubmitPortIn');
    await graphiql.runTab('mutation');
    const submitted = JSON.parse(await graphiql.resultShows('"submitPortIn"'));
    expect(submitted.errors).toBeUndefined();
    const orderId: string = submitted.data.submitPortIn.order.id;

    await graphiql.openTab('WatchPortIn');
    expect(JSON.parse(await graphiql.variables())).toEqual({ orderId: expect.stringMatching(/^JNUOID-/) });
    await graphiql.setVariables({ orderId });
    await graphiql.runTab('subscription');
    const statuses: string[] = [];
    const shown = async (): Promise<string> => JSON.parse(await graphiql.resultShows(orderId)).data.orderStatusChanged.status as string;
    statuses.push(await shown());
    for (let step = 0; step < 3; step += 1) {
      await gateway.sandbox.advanceClock(PORT_IN_STEP_SEC);
      await graphiql.page.waitForFunction(
        (previous) => !(globalThis as any).document.querySelector('.result-window .CodeMirror').CodeMirror.getValue().includes(`"status": "${previous}"`),
        statuses.at(-1),
        { timeout: 10_000 },
      )
      statuses.push(await shown());
    }
    expect(statuses).toEqual(['SUBMITTED', 'PENDING_CARRIER_APPROVAL', 'SCHEDULED', 'COMPLETED']);
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
