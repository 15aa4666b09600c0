import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { type CodegenConfig, generate } from '@graphql-codegen/cli';
import type { DocumentNode } from 'graphql';
import clientConfig, { scalars } from '../../codegen.client';
import { TestGateway } from '../helpers/gateway';
import { mintTestToken } from '../helpers/auth';

/**
 * The codegen setup the repository ships for client apps (codegen.client.ts, README "Typed clients
 * (codegen)"), run as an app runs it over the README's account screen and a query with a DateTime:
 * the scalars come out typed, and the manifest it writes is what the gateway runs in
 * PERSISTED_DOCUMENTS=require mode, sent by Apollo Client's persisted-queries link or by documentId.
 */

const ROOT = join(__dirname, '../..');
const ACCOUNT_SCREEN = `query AccountScreen($id: ID!) {
  account(id: $id) {
    name
    subscribers(first: 100) {
      totalCount
      edges { node { name role numbers { number numberType subscription { type package { name price } } } } }
    }
  }
}
`;
const RECENT_MESSAGES = `import { graphql } from './gql';

export const RecentMessages = graphql(\`
  query RecentMessages($phoneNumber: String!) {
    messages(phoneNumber: $phoneNumber, pageSize: 5) { items { from to sentAt cost body } }
  }
\`);
`;

interface Generated {
  /** src/gql/graphql.ts */
  types: string;
  /** src/gql/persisted-documents.json */
  manifest: Record<string, string>;
  manifestPath: string;
  /** The typed document object graphql.ts exports under `name`, `__meta__` included. */
  document(name: string): DocumentNode & { __meta__: { hash: string } };
}

const app = mkdtempSync(join(tmpdir(), 'client-codegen-'));
afterAll(() => rmSync(app, { recursive: true, force: true }));

/** Runs the shipped configuration over the app in `dir`, with only its paths moved there. */
async function runShippedCodegen(dir: string): Promise<Generated> {
  const [[output, shipped]] = Object.entries(clientConfig.generates) as [string, object][];
  expect(output).toBe('src/gql/');
  const config: CodegenConfig = {
    ...clientConfig,
    schema: join(ROOT, 'schema.graphql'),
    documents: [join(dir, 'src/**/*.{ts,tsx,graphql}'), `!${join(dir, 'src/gql/**/*')}`],
    generates: { [join(dir, 'src/gql/')]: shipped },
    silent: true,
  };
  await generate(config, true);
  const types = readFileSync(join(dir, 'src/gql/graphql.ts'), 'utf8');
  const manifestPath = join(dir, 'src/gql/persisted-documents.json');
  return {
    types,
    manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>,
    manifestPath,
    document(name) {
      const match = new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as DocumentNode<`, 'm').exec(types);
      if (!match) throw new Error(`graphql.ts exports no ${name}Document`);
      return JSON.parse(match[1]!) as DocumentNode & { __meta__: { hash: string } };
    },
  };
}

describe('codegen.client.ts, the client setup the repository ships', () => {
  let generated: Generated;
  beforeAll(async () => {
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(join(app, 'src/account-screen.graphql'), ACCOUNT_SCREEN);
    writeFileSync(join(app, 'src/messages.ts'), RECENT_MESSAGES);
    generated = await runShippedCodegen(app);
  }, 60_000);

  it('should type every scalar of the schema with its wire type, none as any or unknown but JSON', () => {
    const schemaScalars = [...readFileSync(join(ROOT, 'schema.graphql'), 'utf8').matchAll(/^scalar (\w+)/gm)].map((m) => m[1]!);
    expect(Object.keys(scalars).sort()).toEqual(schemaScalars.sort());
    for (const [name, type] of Object.entries(scalars)) {
      expect(generated.types).toContain(`  ${name}: { input: ${type}; output: ${type}; }`);
    }
    const block = /export type Scalars = \{([^}]*(?:\}[^}]*)*?)\n\};/.exec(generated.types)![1]!;
    expect(block.replace(/\/\*\*.*\*\//g, '')).not.toMatch(/\bany\b/);
    expect(block.replace(/\/\*\*.*\*\//g, '').match(/\bunknown\b/g)).toHaveLength(2); // JSON's input and output
  });

  it('should type E164, Money and DateTime fields of the operations as strings', () => {
    const screen = /^export type AccountScreenQuery = (.*);$/m.exec(generated.types)![1]!;
    expect(screen).toContain('number: string');
    expect(screen).toContain('price: string');
    const messages = /^export type RecentMessagesQuery = (.*);$/m.exec(generated.types)![1]!;
    expect(messages).toContain('from: string');
    expect(messages).toContain('sentAt?: string | null');
    expect(messages).toContain('cost?: string | null');
    expect(`${screen}${messages}`).not.toMatch(/\b(any|unknown)\b/);
  });

  it('should write a manifest of SHA-256 hashes, each document carrying its own in __meta__.hash', () => {
    expect(Object.keys(generated.manifest)).toHaveLength(2);
    for (const [hash, document] of Object.entries(generated.manifest)) expect(createHash('sha256').update(document).digest('hex')).toBe(hash);
    for (const name of ['AccountScreen', 'RecentMessages']) {
      const { hash } = generated.document(name).__meta__;
      expect(generated.manifest[hash]).toMatch(new RegExp(`^query ${name}\\b`));
    }
    // With __typename everywhere, as Apollo Client asks for it.
    expect(generated.manifest[generated.document('AccountScreen').__meta__.hash]).toContain('subscribers(first: 100) { __typename');
  });

  describe('its manifest in front of a gateway with PERSISTED_DOCUMENTS=require', () => {
    let gateway: TestGateway;
    let manager: string;
    let acme: string;
    beforeAll(async () => {
      gateway = await TestGateway.start({ env: { PERSISTED_DOCUMENTS: 'require', PERSISTED_DOCUMENTS_MANIFEST: generated.manifestPath } });
      acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      manager = `Bearer ${await mintTestToken({ role: 'manager', accounts: [acme] })}`;
    });
    afterAll(async () => gateway.stop());

    /** The account screen as the gateway answers it: strings where the scalar map says string. */
    const expectScreen = (data: any): void => {
      expect(data.account.name).toBe('Acme Mobile');
      expect(data.account.subscribers.totalCount).toBe(125);
      const numbers = data.account.subscribers.edges.flatMap((edge: any) => edge.node.numbers ?? []);
      expect(numbers.length).toBeGreaterThan(0);
      for (const number of numbers) expect(number.number).toMatch(/^\+\d{8,15}$/);
      const prices = numbers.flatMap((number: any) => (number.subscription?.package ? [number.subscription.package.price] : []));
      expect(prices.length).toBeGreaterThan(0);
      for (const price of prices) expect(price).toMatch(/^\d+(\.\d+)?$/);
    };

    it('should run the account screen sent as documentId: the hash from __meta__', async () => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: manager },
        body: JSON.stringify({ documentId: generated.document('AccountScreen').__meta__.hash, variables: { id: acme } }),
      });
      const body = (await response.json()) as { data: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expectScreen(body.data);
    });

    it("should run it through Apollo Client's persisted-queries link with generateHash from __meta__, sending the hash only", async () => {
      const sent: string[] = [];
      const client = new ApolloClient({
        cache: new InMemoryCache(),
        link: new PersistedQueryLink({ generateHash: (document) => (document as unknown as { __meta__: { hash: string } }).__meta__.hash }).concat(
          new HttpLink({
            uri: gateway.url,
            headers: { Authorization: manager },
            // Records what Apollo Client sends; the request itself goes out unchanged.
            fetch: async (input, init) => {
              sent.push(String(init?.body));
              return fetch(input, init);
            },
          }),
        ),
      });
      const { data, error } = await client.query({ query: generated.document('AccountScreen'), variables: { id: acme } });
      expect(error).toBeUndefined();
      expectScreen(data);
      expect(sent).toHaveLength(1);
      expect(JSON.parse(sent[0]!)).toEqual({
        operationName: 'AccountScreen',
        variables: { id: acme },
        extensions: { clientLibrary: expect.anything(), persistedQuery: { version: 1, sha256Hash: generated.document('AccountScreen').__meta__.hash } },
      });
      // A document of another build of the app, whose hash the manifest does not hold: the link
      // retries once with the text (APQ's registration), which require mode refuses as well.
      sent.length = 0;
      const stale = Object.assign(gql('query NotShipped { __typename }'), { __meta__: { hash: 'f'.repeat(64) } });
      const refused = await client.query({ query: stale, errorPolicy: 'all', fetchPolicy: 'network-only' });
      expect(sent.map((body) => Object.keys(JSON.parse(body)).sort())).toEqual([
        ['extensions', 'operationName', 'variables'],
        ['extensions', 'operationName', 'query', 'variables'],
      ]);
      expect(refused.error).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
      client.stop();
    });

    it('should run it over GET as Apollo Client sends hashed queries with useGETForHashedQueries', async () => {
      const sent: string[] = [];
      const client = new ApolloClient({
        cache: new InMemoryCache(),
        link: new PersistedQueryLink({ generateHash: (document) => (document as unknown as { __meta__: { hash: string } }).__meta__.hash, useGETForHashedQueries: true }).concat(
          new HttpLink({
            uri: gateway.url,
            headers: { Authorization: manager },
            fetch: async (input, init) => {
              sent.push(`${init?.method} ${String(input)}`);
              return fetch(input, init);
            },
          }),
        ),
      });
      const { data, error } = await client.query({ query: generated.document('AccountScreen'), variables: { id: acme } });
      expect(error).toBeUndefined();
      expectScreen(data);
      expect(sent).toEqual([expect.stringMatching(/^GET .*extensions=/)]);
      expect(sent[0]).not.toContain('query=');
      client.stop();
    });
  });
});
