import type { AddressInfo } from 'node:net';
import { createAdminHandler } from './admin';
import { SandboxClock } from './clock';
import { type SandboxConfig, loadSandboxConfig } from './config';
import { FaultInjector } from './faults';
import { Entropy } from './ids';
import { applyDueTransitions } from './orders';
import { RateLimiter } from './rate-limiter';
import { RouteTable } from './router';
import { allRoutes } from './routes';
import { SANDBOX_CREDENTIALS, seedEntropy, seedState } from './seed';
import { type ResponseRecord, createSandboxServer } from './server';
import { SandboxState } from './state';
import { RequestStats } from './stats';
import { TokenIssuer } from './tokens';
import { WebhookDispatcher } from './webhooks';

export { SANDBOX_CREDENTIALS } from './seed';
export type { SandboxConfig } from './config';
export type { ResponseRecord } from './server';

/** The demo data's accounts and people a client would sign in as (seed.ts). */
export interface DemoIdentities {
  /** Acme Mobile, the large demo account, and its message route "Acme SMS Webhook". */
  acme: { accountId: string; name: string; managerEmail: string; messageRouteId: string };
  /** The Doe Family's Manager, John Doe: a subscriber who is a Guardian parent. */
  doeSubscriber: { subscriberId: string; name: string; email: string };
  /** Acme's open port-in order (it moves on the sandbox clock). */
  portIn: { orderId: string; number: string };
}

export interface StartSandboxOptions {
  /** Settings; unset ones come from `env` (default process.env) and then the defaults. */
  config?: Partial<SandboxConfig>;
  env?: NodeJS.ProcessEnv;
  /** Called with every /v1.0 answer (tests validate them against openapi.yaml). */
  onResponse?: (record: ResponseRecord) => void;
}

export interface RunningSandbox {
  /** Base URL without the /v1.0 prefix, e.g. http://127.0.0.1:4010 */
  url: string;
  port: number;
  config: SandboxConfig;
  /** The live state (in-process users and tests may read it; it is replaced on reset). */
  state(): SandboxState;
  /** Who the demo data's people are, for the gateway's demo principals. */
  demoIdentities(): DemoIdentities;
  stop(): Promise<void>;
}

/**
 * Starts the Telegent sandbox on a port (0 = any free port) and resolves once it listens. Used by
 * `npm run sandbox`, by the gateway's embedded mode and by the tests.
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const config = loadSandboxConfig(options.env ?? process.env, options.config);
  const clock = new SandboxClock();
  const stats = new RequestStats();
  const limiter = new RateLimiter(clock, config.rateLimitPerMinute);
  const tokens = new TokenIssuer(clock, config.tokenTtlSec);
  const routes = new RouteTable(allRoutes);

  const freshState = (): SandboxState => {
    const state = new SandboxState(clock, seedEntropy(config.seed));
    seedState(state, config.seed, config.portInStepSec);
    return state;
  };
  let state = freshState();
  const faults = new FaultInjector(new Entropy('telegent-sandbox:faults'));
  const deliveries = new WebhookDispatcher(() => state, config);
  deliveries.attach(state);

  const control = {
    state: () => state,
    stats,
    faults,
    deliveries,
    maxBodyBytes: config.maxBodyBytes,
    reset(): void {
      deliveries.reset();
      clock.reset();
      state = freshState();
      deliveries.attach(state);
      stats.reset();
      limiter.reset();
      faults.clear();
    },
    advanceClock(seconds: number): void {
      clock.advance(seconds);
      applyDueTransitions(state);
    },
    info: () => ({
      baseUrl: `${running.url}/v1.0`,
      seed: config.seed,
      credentials: SANDBOX_CREDENTIALS.map(({ accountKey, accountSecret }) => ({ AccountKey: accountKey, AccountSecret: accountSecret })),
      distributors: state.distributors.values().map((d) => ({
        DistributorId: d.id,
        DistributorName: d.name,
        AccountKey: d.accountKey,
        Accounts: state.accountsOf(d.id).map((a) => ({ AccountId: a.id, AccountName: a.name })),
      })),
      endpoints: routes.size + 1,
      rateLimitPerMinute: config.rateLimitPerMinute,
      tokenTtlSec: config.tokenTtlSec,
      portInStepSec: config.portInStepSec,
    }),
  };

  const { server, sockets } = createSandboxServer({
    config,
    state: () => state,
    routes,
    tokens,
    limiter,
    stats,
    faults,
    admin: createAdminHandler(control),
    onResponse: options.onResponse,
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const ticker = setInterval(() => applyDueTransitions(state), config.tickMs);
  ticker.unref();

  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const running: RunningSandbox = {
    url: `http://${host}:${port}`,
    port,
    config,
    state: () => state,
    demoIdentities: () => demoIdentitiesOf(state),
    async stop() {
      clearInterval(ticker);
      deliveries.reset();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
  return running;
}

function demoIdentitiesOf(state: SandboxState): DemoIdentities {
  const account = (name: string) => state.accounts.values().find((a) => a.name === name)!;
  const acme = account('Acme Mobile');
  const manager = state.subscribers.values().find((s) => s.accountId === acme.id && s.role === 'Manager')!;
  const doe = account('Doe Family');
  const john = state.subscribers.values().find((s) => s.accountId === doe.id && s.name === 'John Doe')!;
  const smsRoute = state.messageRoutes.values().find((r) => r.accountId === acme.id && r.routeName === 'Acme SMS Webhook')!;
  const portIn = state.orders.values().find((o) => o.accountId === acme.id && o.portIn !== undefined && o.portIn !== null)!;
  return {
    acme: { accountId: acme.id, name: acme.name, managerEmail: manager.email, messageRouteId: smsRoute.id },
    doeSubscriber: { subscriberId: john.id, name: john.name, email: john.email },
    portIn: { orderId: portIn.id, number: portIn.numbers[0]! },
  };
}
