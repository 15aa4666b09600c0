import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';

/** `npm start`: load the configuration, build the app, serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp(config);
  await app.start();
  const lines = [`telegent-graph: GraphQL at ${app.url} (GraphiQL: open it in a browser)`];
  lines.push(
    app.sandboxMode
      ? `Sandbox mode: embedded Telegent sandbox at ${app.upstreamUrl}/v1.0 with demo data (admin API ${app.upstreamUrl}/_sandbox/info)`
      : `Upstream: ${app.upstreamUrl}/v1.0`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  const shutdown = (): void => {
    void app.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // A configuration problem is one clear line; anything else is unexpected.
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`telegent-graph: ${message}\n`);
  process.exit(1);
});
