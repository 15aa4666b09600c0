import { parseArgs } from 'node:util';
import { ConfigError, loadPort } from '../src/config';
import { DEV_TOKENS_PATH } from '../src/server/auth/dev-routes';

const USAGE = `Usage: npm run -s token -- --role <operator|partner|manager|subscriber> [options]

Asks the running sandbox gateway (\`npm start\` with no configuration) for a development token
and prints the token alone, so that TOKEN=$(npm run -s token -- --role operator) works.

  --role <role>          operator, partner, manager or subscriber (required)
  --account <AID-…>      an account a partner or manager may reach (repeatable; required for them)
  --subscriber <TSUID-…> the subscriber a subscriber principal is (required for it)
  --scope "<scopes>"     space-separated scopes (default: every scope the role can hold)
  --ttl <seconds>        lifetime, 1 to 86400 (default: 43200, 12 hours)
  --url <url>            the gateway (default: http://127.0.0.1:$PORT, PORT defaulting to 4000)`;

/** The flag behind each field the gateway may name when it refuses a request. */
const FLAGS: Record<string, string> = { role: '--role', accounts: '--account', subscriber: '--subscriber', scopes: '--scope', ttlSec: '--ttl' };

/** A command line that cannot be sent at all (exit 2). */
class UsageError extends Error {}

/** `npm run token`: the token the sandbox gateway's development issuer mints for the command line. */
async function main(argv: string[]): Promise<string | null> {
  const values = parseCommandLine(argv);
  if (values.help) return null;
  if (!values.role) throw new UsageError('--role is required: operator, partner, manager or subscriber');
  const base = values.url ?? `http://127.0.0.1:${loadPort()}`;
  let endpoint: URL;
  try {
    endpoint = new URL(DEV_TOKENS_PATH, base);
  } catch {
    throw new UsageError(`--url must be the gateway's URL, such as http://127.0.0.1:4000, got '${base}'`);
  }
  const body: Record<string, unknown> = { role: values.role };
  if (values.account) body.accounts = values.account.flatMap((text) => text.split(/[\s,]+/)).filter(Boolean);
  if (values.subscriber !== undefined) body.subscriber = values.subscriber;
  if (values.scope) body.scopes = values.scope.flatMap((text) => text.split(/[\s,]+/)).filter(Boolean);
  // Not a number: sent as typed, for the gateway to refuse by name.
  if (values.ttl !== undefined) body.ttlSec = /^\d+$/.test(values.ttl) ? Number(values.ttl) : values.ttl;

  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new Error(`no gateway answers at ${endpoint.origin} (${reason}): start it with \`npm start\` (sandbox mode), or pass --url`);
  }
  if (response.status === 404) {
    throw new Error(`the gateway at ${endpoint.origin} mints no tokens: it is not in sandbox mode, so tokens come from your identity provider (README "Authentication and access")`);
  }
  const answer = (await response.json().catch(() => null)) as { token?: unknown; error?: unknown; field?: unknown } | null;
  if (response.status === 400 && typeof answer?.error === 'string') {
    const flag = typeof answer.field === 'string' ? FLAGS[answer.field] : undefined;
    throw new Error(flag ? `${flag}: ${answer.error}` : answer.error);
  }
  if (!response.ok || typeof answer?.token !== 'string') throw new Error(`unexpected answer from ${endpoint.href}: HTTP ${response.status}`);
  return answer.token;
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        role: { type: 'string' },
        account: { type: 'string', multiple: true },
        subscriber: { type: 'string' },
        scope: { type: 'string', multiple: true },
        ttl: { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

main(process.argv.slice(2)).then(
  (token) => process.stdout.write(token === null ? `${USAGE}\n` : `${token}\n`),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`token: ${message}${error instanceof UsageError ? ' (npm run token -- --help lists the options)' : ''}\n`);
    process.exitCode = error instanceof UsageError || error instanceof ConfigError ? 2 : 1;
  },
);
