import { SANDBOX_CREDENTIALS, startSandbox } from './index';

/** `npm run sandbox -- --port N`: the sandbox as a standalone server. */
function portFromArgs(argv: string[]): number | undefined {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index < 0) return undefined;
  const raw = argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be an integer from 0 to 65535, got '${raw ?? ''}'`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portFromArgs(process.argv.slice(2));
  const sandbox = await startSandbox({ config: port === undefined ? {} : { port } });
  const lines = [
    `Telegent sandbox listening on ${sandbox.url} (API base ${sandbox.url}/v1.0, seed '${sandbox.config.seed}')`,
    ...SANDBOX_CREDENTIALS.map((c) => `  credentials: AccountKey=${c.accountKey} AccountSecret=${c.accountSecret}`),
    `  admin API:   ${sandbox.url}/_sandbox/info, /_sandbox/stats, /_sandbox/reset, /_sandbox/clock, /_sandbox/faults`,
    `  rate limit ${sandbox.config.rateLimitPerMinute}/min per AccountKey, token TTL ${sandbox.config.tokenTtlSec}s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const shutdown = (): void => {
    void sandbox.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
