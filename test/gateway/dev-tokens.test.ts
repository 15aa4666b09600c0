import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { ROLE_SCOPES } from '../../src/principal';
import { SandboxModeGateway } from '../helpers/sandbox-mode';
import { TestGateway } from '../helpers/gateway';
import { freePort } from '../helpers/ports';

const ROOT = join(__dirname, '../..');

/** Runs a command to its end (npm start built dist/, as for `npm run token`). */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const mintToken = (args: string[], env: Record<string, string> = {}) => run(process.execPath, [join(ROOT, 'dist/scripts/mint-token.js'), ...args], { PORT: '', ...env });

describe('sandbox mode development tokens', () => {
  let gateway: SandboxModeGateway;
  let acmeId: string;
  let johnId: string;
  beforeAll(async () => {
    gateway = await SandboxModeGateway.start();
    const demo = gateway.sandbox.sandbox.demoIdentities();
    acmeId = demo.acme.accountId;
    johnId = demo.doeSubscriber.subscriberId;
  });
  afterAll(async () => gateway.stop());

  /** The HTTP status of `{ __typename }` sent with this token (401 when the gateway refuses it). */
  const statusWith = async (token: string): Promise<number> => (await gateway.query('{ __typename }', {}, { Authorization: `Bearer ${token}` })).status;

  const mint = async (body: unknown): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${gateway.origin}/dev/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  };

  describe('GET /dev/principals', () => {
    it('should list the four demo principals, each with its reach and a token the gateway accepts', async () => {
      const principals = await gateway.principals();
      expect(principals.map(({ token: _token, ...rest }) => rest)).toEqual([
        { name: 'Operator (whole distributor)', role: 'operator', accounts: [], subscriber: null, scopes: [...ROLE_SCOPES.operator] },
        { name: 'Partner of Acme Mobile', role: 'partner', accounts: [acmeId], subscriber: null, scopes: [...ROLE_SCOPES.partner] },
        { name: "Acme Mobile's manager", role: 'manager', accounts: [acmeId], subscriber: null, scopes: [...ROLE_SCOPES.manager] },
        { name: 'John Doe (Doe Family subscriber)', role: 'subscriber', accounts: [], subscriber: johnId, scopes: [...ROLE_SCOPES.subscriber] },
      ]);
      for (const { role, token } of principals) {
        expect(decodeJwt(token)).toMatchObject({ telegent_role: role, iss: 'urn:telegent-graph:sandbox', aud: 'telegent-graph' });
        expect([role, await statusWith(token)]).toEqual([role, 200]);
      }
    });
  });

  describe('POST /dev/tokens', () => {
    it('should mint a token with the role, accounts, scopes and lifetime asked, and say when it expires', async () => {
      const reply = await mint({ role: 'manager', accounts: [acmeId], scopes: ['read', 'numbers:write'], ttlSec: 600 });
      expect(reply.status).toBe(200);
      const claims = decodeJwt(reply.body.token);
      expect(claims).toMatchObject({ telegent_role: 'manager', telegent_accounts: [acmeId], scope: 'read numbers:write' });
      expect(claims.exp! - claims.iat!).toBe(600);
      expect(reply.body.expiresAt).toBe(new Date(claims.exp! * 1000).toISOString());
      expect(await statusWith(reply.body.token)).toBe(200);

      const subscriber = await mint({ role: 'subscriber', subscriber: johnId, scopes: 'read messages:send' });
      expect(decodeJwt(subscriber.body.token)).toMatchObject({ telegent_role: 'subscriber', telegent_subscriber: johnId, scope: 'read messages:send' });
      // Default: every scope the role can hold, for 12 hours.
      const operator = decodeJwt((await mint({ role: 'operator' })).body.token);
      expect([operator.scope, operator.exp! - operator.iat!]).toEqual([ROLE_SCOPES.operator.join(' '), 43_200]);
    });

    it.each([
      ['an unknown role', { role: 'admin' }, 'role'],
      ['a request without a role', {}, 'role'],
      ['a manager without accounts', { role: 'manager' }, 'accounts'],
      ['a partner with an empty account list', { role: 'partner', accounts: [] }, 'accounts'],
      ['an account that is not an AID-', { role: 'partner', accounts: ['TSUID-1'] }, 'accounts'],
      ['accounts for an operator', { role: 'operator', accounts: ['AID-1'] }, 'accounts'],
      ['a subscriber without a TSUID-', { role: 'subscriber', subscriber: 'AID-1' }, 'subscriber'],
      ['a subscriber ID for a manager', { role: 'manager', accounts: ['AID-1'], subscriber: 'TSUID-1' }, 'subscriber'],
      ['an unknown scope', { role: 'operator', scopes: ['read', 'everything'] }, 'scopes'],
      ['a scope the role can never hold', { role: 'subscriber', subscriber: 'TSUID-1', scopes: ['admin'] }, 'scopes'],
      ['a lifetime of 0', { role: 'operator', ttlSec: 0 }, 'ttlSec'],
      ['a lifetime over a day', { role: 'operator', ttlSec: 86_401 }, 'ttlSec'],
      ['a lifetime that is not a number', { role: 'operator', ttlSec: '1h' }, 'ttlSec'],
      ['an unknown field', { role: 'operator', account: 'AID-1' }, 'account'],
      ['a body that is not an object', ['operator'], 'body'],
    ])('should refuse %s with a 400 naming the field', async (_case, body, field) => {
      const reply = await mint(body);
      expect([reply.status, reply.body.code, reply.body.field]).toEqual([400, 'BAD_USER_INPUT', field]);
      expect(reply.body.error).toEqual(expect.any(String));
    });
  });

  describe('npm run token', () => {
    it('should print only the token, which the gateway accepts for the principal asked', async () => {
      const { code, stdout, stderr } = await mintToken(['--role', 'partner', '--account', acmeId, '--scope', 'read numbers:write', '--ttl', '3600', '--url', gateway.origin]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
      const token = stdout.trim();
      const claims = decodeJwt(token);
      expect(claims).toMatchObject({ telegent_role: 'partner', telegent_accounts: [acmeId], scope: 'read numbers:write' });
      expect(claims.exp! - claims.iat!).toBe(3600);
      expect(await statusWith(token)).toBe(200);
    });

    it('should find the gateway on PORT when no --url is given, through the npm script', async () => {
      const port = new URL(gateway.origin).port;
      const { code, stdout, stderr } = await run('npm', ['run', '-s', 'token', '--', '--role', 'subscriber', '--subscriber', johnId], { PORT: port });
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(decodeJwt(stdout.trim())).toMatchObject({ telegent_role: 'subscriber', telegent_subscriber: johnId });
      expect(stdout.trim().split('\n')).toHaveLength(1);
    });

    it('should explain in one line, exit 1 and print nothing on stdout when the gateway refuses the request', async () => {
      const { code, stdout, stderr } = await mintToken(['--role', 'manager', '--url', gateway.origin]);
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr).toBe('token: --account: a manager needs accounts: a list of account IDs (AID-…)\n');
    });
  });
});

describe('npm run token without a sandbox gateway', () => {
  it('should say to start the gateway when nothing answers', async () => {
    const port = await freePort();
    const { code, stdout, stderr } = await mintToken(['--role', 'operator'], { PORT: String(port) });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(`token: no gateway answers at http://127.0.0.1:${port} (ECONNREFUSED): start it with \`npm start\` (sandbox mode), or pass --url\n`);
  });

  it('should say that tokens come from the identity provider when the gateway is not in sandbox mode, whose /dev routes are 404', async () => {
    const gateway = await TestGateway.start();
    try {
      const origin = new URL(gateway.url).origin;
      expect((await fetch(`${origin}/dev/principals`)).status).toBe(404);
      expect((await fetch(`${origin}/dev/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"operator"}' })).status).toBe(404);
      const { code, stdout, stderr } = await mintToken(['--role', 'operator', '--url', gateway.url]);
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr).toMatch(/^token: the gateway at http:\/\/127\.0\.0\.1:\d+ mints no tokens: it is not in sandbox mode, so tokens come from your identity provider/);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await gateway.stop();
    }
  });
});
