import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { TEST_AUTH_ENV } from './auth';

export interface GatewayProcess {
  child: ChildProcess;
  /** Its GraphQL URL, as it printed it. */
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
}

export interface GatewayProcessOptions {
  /** @default 20_000 */
  timeoutMs?: number;
  /** What it prints once it is ready, when that is more than listening (sandbox mode: the embedded sandbox's admin API). @default /GraphQL at (\S+)/ */
  ready?: RegExp;
}

const LISTENING = /GraphQL at (\S+)/;

/**
 * The real entry point (`node dist/src/index.js`, as `npm start` runs it; `npm test` builds dist/
 * first) as a process of its own: on a port the OS picks, with the tests' identity provider, no
 * Redis and no OpenTelemetry settings of the environment unless `env` gives them. Resolves once it
 * prints that it is ready; throws with what it printed when it exits or takes too long.
 */
export async function startGatewayProcess(env: Record<string, string> = {}, options: GatewayProcessOptions = {}): Promise<GatewayProcess> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OTEL_')));
  const child = spawn(process.execPath, [join(__dirname, '../../dist/src/index.js')], {
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', REDIS_URL: '', ...TEST_AUTH_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += String(chunk)));
  child.stderr!.on('data', (chunk: Buffer) => (output += String(chunk)));
  const ready = options.ready ?? LISTENING;
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  while (!ready.test(output) || !LISTENING.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      if (child.exitCode === null) child.kill('SIGKILL');
      throw new Error(`the gateway did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, url: LISTENING.exec(output)![1]!, output: () => output };
}
