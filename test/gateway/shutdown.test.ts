import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { print } from 'graphql';
import { OrderUpdatesDocument } from '../__generated__/operations';
import { subscribe, wsClient } from '../helpers/subscriptions';

describe('npm start and SIGTERM', () => {
  it('should tell subscribers to reconnect (1012) and exit cleanly', async () => {
    // The real entry point, in sandbox mode, on a port the OS picks.
    const child = spawn(process.execPath, [join(__dirname, '../../dist/src/index.js')], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
      const deadline = Date.now() + 20_000;
      while (!/GraphQL at (\S+)/.test(output)) {
        if (Date.now() > deadline) throw new Error(`the gateway did not start: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const url = /GraphQL at (\S+)/.exec(output)![1]!;
      const client = wsClient(url);
      let closeCode: number | null = null;
      client.on('closed', (event) => {
        closeCode = (event as { code: number }).code;
      });
      const log = subscribe(client, print(OrderUpdatesDocument));
      await new Promise((resolve) => client.on('connected', resolve));

      child.kill('SIGTERM');
      const [exitCode] = (await once(child, 'exit')) as [number | null];
      await log.until((l) => l.completed);
      expect(closeCode).toBe(1012);
      expect(exitCode).toBe(0);
      await client.dispose();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
