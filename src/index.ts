import { SANDBOX_CREDENTIALS, type RunningSandbox, startSandbox } from '../sandbox';
import { type DemoPrincipal, type DevIssuer, demoPrincipals } from './server/auth/dev-issuer';
import { exampleDataOf } from './server/graphiql-examples';
import { type Upstream, buildApp } from './app';
import { ConfigError, loadConfig } from './config';

/**
 * `npm start`: load the configuration, choose the upstream (the configured Telegent, or an
 * embedded sandbox with demo data when none is configured), build the app, serve.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let sandbox: RunningSandbox | null = null;
  let upstream: Upstream;
  if (config.telegentBaseUrl !== null && config.credentials !== null) {
    upstream = { baseUrl: config.telegentBaseUrl, credentials: config.credentials };
  } else {
    sandbox = await startSandbox({ config: { port: 0 } });
    const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
    upstream = { baseUrl: sandbox.url, credentials: { accountKey, accountSecret }, local: true };
  }
  const identities = sandbox?.demoIdentities() ?? null;
  const demo = identities ? demoPrincipals(identities) : [];
  const app = await buildApp(config, { upstream, demoPrincipals: demo, ...(identities ? { graphiqlExampleData: exampleDataOf(identities) } : {}) });
  await app.start();
  const lines = [`telegent-graph: GraphQL at ${app.url} (GraphiQL: open it in a browser)`];
  lines.push(
    sandbox
      ? `Sandbox mode: embedded Telegent sandbox at ${sandbox.url}/v1.0 with demo data (admin API ${sandbox.url}/_sandbox/info)`
      : `Upstream: ${app.upstreamUrl}/v1.0`,
  );
  if (app.devIssuer) lines.push(...(await demoTokenLines(app.devIssuer, demo)));
  process.stdout.write(`${lines.join('\n')}\n`);
  // The one shutdown path (Apollo's own signal handlers are off): stop accepting, close subscription
  // sockets with 1012, let in-flight operations finish within SHUTDOWN_GRACE_MS, exit 0. Should the
  // stop itself hang, the process still ends a little after the grace period, with 1.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`telegent-graph: ${signal}: finishing in-flight operations (at most ${config.shutdownGraceMs} ms)\n`);
    setTimeout(() => process.exit(1), config.shutdownGraceMs + 5_000).unref();
    void app
      .stop()
      .then(() => sandbox?.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`telegent-graph: shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

async function demoTokenLines(issuer: DevIssuer, demo: readonly DemoPrincipal[]): Promise<string[]> {
  const lines = [
    'Demo principals: send a token as Authorization: Bearer <token> (valid 12 hours). GraphiQL\'s "Act as" picker sets it for you;',
    '`npm run -s token -- --role <role> [--account AID-…] [--subscriber TSUID-…] [--scope "…"]` mints others.',
  ];
  for (const principal of demo) lines.push(`  ${principal.name}:`, `    ${await issuer.mint(principal.request)}`);
  return lines;
}

main().catch((error: unknown) => {
  // A configuration problem is one clear line; anything else is unexpected.
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`telegent-graph: ${message}\n`);
  process.exit(1);
});
