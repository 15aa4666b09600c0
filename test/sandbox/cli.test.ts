import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { send } from '../helpers/sandbox';

/** `npm test` builds first, so the compiled CLI is what `npm run sandbox` runs. */
const MAIN = join(__dirname, '../../dist/sandbox/main.js');

function run(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const output = new Promise<string>((resolve) => {
    const onData = (chunk: Buffer): void => {
      text += chunk.toString();
      if (text.includes('rate limit') || text.includes('sandbox:')) resolve(text);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', () => resolve(text));
  });
  return { child, output };
}

describe('npm run sandbox', () => {
  it('should print its base URL and credentials and serve on the --port given', async () => {
    const { child, output } = run(['--port', '0']);
    try {
      const text = await output;
      expect(text).toContain('AccountKey=sandbox-key AccountSecret=sandbox-secret');
      expect(text).toContain('AccountKey=sandbox-key-2 AccountSecret=sandbox-secret-2');
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text)![1]!;
      const reply = await send(`${url}/v1.0/oauth2/tokens`, 'POST', { AccountKey: 'sandbox-key', AccountSecret: 'sandbox-secret' });
      expect(reply.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('should take the port from SANDBOX_PORT', async () => {
    const { child, output } = run([], { SANDBOX_PORT: '0' });
    try {
      expect(await output).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('should exit with one clear line on a bad setting', async () => {
    const { child, output } = run(['--port', 'abc']);
    const text = await output;
    await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(null)));
    expect(child.exitCode).toBe(1);
    expect(text.trim()).toBe("sandbox: --port must be an integer from 0 to 65535, got 'abc'");
  });
});
