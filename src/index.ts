import { SANDBOX_CREDENTIALS, startSandbox } from '../sandbox';

/**
 * `npm start`. The GraphQL gateway itself is not served yet (it arrives with the graph issue);
 * for now this starts the embedded Telegent sandbox with its demo data and says so.
 */
async function main(): Promise<void> {
  const sandbox = await startSandbox();
  const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
  process.stdout.write(
    [
      'telegent-graph: the GraphQL gateway is not served yet; running in sandbox mode only.',
      `Embedded Telegent sandbox: ${sandbox.url}/v1.0 (demo seed; AccountKey=${accountKey} AccountSecret=${accountSecret})`,
      `Admin API: ${sandbox.url}/_sandbox/info`,
    ].join('\n') + '\n',
  );
  const shutdown = (): void => {
    void sandbox.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`telegent-graph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
