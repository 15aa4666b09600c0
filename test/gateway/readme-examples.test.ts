import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DefinitionNode, type ExecutionResult, Kind, type OperationDefinitionNode, buildSchema, parse, print, validate } from 'graphql';
import { createClient } from 'graphql-ws';
import * as ts from 'typescript';
import WebSocket from 'ws';
import { CHECKED_LANGUAGES, type ReadmeBlock, readmeBlocks } from '../helpers/readme-blocks';
import { SandboxModeGateway } from '../helpers/sandbox-mode';

/**
 * The README's examples, run as a reader would run them, against a gateway started as `npm start`
 * starts one (sandbox mode, demo data, demo principals): README "Tests" describes the markers.
 */
const ROOT = resolve(__dirname, '../..');
const BLOCKS = readmeBlocks(join(ROOT, 'README.md'));
/** Under the repository (gitignored), so node resolves the snippets' packages from its node_modules. */
const SCRATCH = join(ROOT, 'tmp', 'readme-examples');
/** The address the README's examples use: `npm start`'s. */
const README_ORIGINS = ['http://127.0.0.1:4000', 'http://localhost:4000'];
const SCHEMA = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));

const checked = BLOCKS.filter((block) => CHECKED_LANGUAGES.includes(block.lang));
/** Blocks of these languages to run (an unmarked block is not run: the first test names it). */
const tested = (...langs: string[]): [number, ReadmeBlock][] =>
  checked.filter((block) => langs.includes(block.lang) && block.marker !== null && block.marker.kind !== 'not tested').map((block) => [block.line, block]);

/** A block's text with the README's gateway address replaced by the test gateway's (http and ws). */
function onGateway(code: string, origin: string): string {
  let text = code;
  for (const readme of README_ORIGINS) {
    text = text.split(readme).join(origin).split(readme.replace(/^http/, 'ws')).join(origin.replace(/^http/, 'ws'));
  }
  return text;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command; resolves when it exits, or, once its output holds every string of `until`, stops it
 * (a subscription example runs until the order is final). Fails after `timeoutMs`.
 */
function run(command: string, args: string[], env: Record<string, string>, until: string[] | null = null, timeoutMs = 30_000): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    // In a process group of its own, so stopping it stops whatever it started (npm, node).
    const child: ChildProcess = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const result: Run = { code: null, stdout: '', stderr: '' };
    const stop = (signal: NodeJS.Signals): void => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      stop('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish in ${timeoutMs} ms\nstdout: ${result.stdout}\nstderr: ${result.stderr}`));
    }, timeoutMs);
    const check = (): void => {
      if (until && until.every((text) => result.stdout.includes(text))) stop('SIGTERM');
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      result.stdout += chunk.toString();
      check();
    });
    child.stderr!.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ ...result, code });
    });
  });
}

/** `# variables: {…}` (continued on `#` lines) after an operation, before the next one. */
function variablesAfter(code: string, definition: DefinitionNode, next: DefinitionNode | undefined): Record<string, unknown> | undefined {
  const tail = code.slice(definition.loc!.end, next?.loc!.start ?? code.length);
  const at = tail.indexOf('# variables:');
  if (at < 0) return undefined;
  const json = tail
    .slice(at + '# variables:'.length)
    .split('\n')
    .map((line) => line.replace(/^\s*#/, ''))
    .join('\n');
  return JSON.parse(json) as Record<string, unknown>;
}

/** Telegent IDs (PREFIX-…) in a result, the last of each prefix winning. */
function collectIds(value: unknown, ids: Map<string, string>): void {
  if (typeof value === 'string') {
    const match = /^([A-Z]+)-[0-9A-Za-z][\w.:-]*$/.exec(value);
    if (match) ids.set(match[1]!, value);
  } else if (Array.isArray(value)) value.forEach((item) => collectIds(item, ids));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => collectIds(item, ids));
}

/** `"PREFIX-…"` placeholders filled with the ID of that kind an earlier operation of the block answered. */
function fillPlaceholders(text: string, ids: Map<string, string>): string {
  return text.replace(/"([A-Z]+)-…"/g, (placeholder, prefix: string) => {
    const id = ids.get(prefix);
    if (!id) throw new Error(`${placeholder}: no earlier operation of the block answered a ${prefix}- ID (write a real ID, or mark the block "tested: validate")`);
    return JSON.stringify(id);
  });
}

describe('README examples', () => {
  let gateway: SandboxModeGateway;
  let authorization: string;

  beforeAll(async () => {
    mkdirSync(SCRATCH, { recursive: true });
    // npm start's gateway, with a quota that lets the examples run without waiting for the next minute.
    gateway = await SandboxModeGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000', UPSTREAM_RATE_LIMIT_BURST: '100000' } });
    authorization = await gateway.demoAuthorization('operator');
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('should say, before every graphql, bash, ts and js block, whether it is tested (and why not)', () => {
    const unmarked = checked.filter((block) => block.marker === null).map((block) => `README.md:${block.line} (${block.lang})`);
    expect(unmarked).toEqual([]);
    expect(checked.filter((block) => block.marker?.kind === 'validate' && block.lang !== 'graphql').map((block) => block.line)).toEqual([]);
    expect(tested('graphql').length + tested('bash', 'sh', 'shell').length + tested('ts', 'typescript', 'js', 'javascript').length).toBeGreaterThanOrEqual(8);
  });

  it.each(tested('graphql'))('should validate and run the GraphQL block at README.md:%i', async (_line, block) => {
    const { definitions } = parse(block.code);
    const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const ids = new Map<string, string>();
    for (const operation of operations) {
      const text = [operation, ...fragments].map((d) => print(d)).join('\n');
      expect(validate(SCHEMA, parse(text)).map((error) => error.message)).toEqual([]);
      if (block.marker?.kind === 'validate') continue;
      const query = fillPlaceholders(text, ids);
      const raw = variablesAfter(block.code, operation, definitions[definitions.indexOf(operation) + 1]);
      const variables = raw === undefined ? undefined : (JSON.parse(fillPlaceholders(JSON.stringify(raw), ids)) as Record<string, unknown>);
      const name = operation.name?.value ?? operation.operation;
      if (operation.operation === 'subscription') {
        // Accepted (a refusal comes at once), and whatever it pushes meanwhile is free of errors.
        const results = await subscribeFor(gateway.url, authorization, query, variables, 750);
        expect({ name, ...results }).toEqual({ name, errors: [], completed: false });
        continue;
      }
      const reply = await gateway.query(query, variables, { Authorization: authorization });
      expect({ name, status: reply.status, errors: reply.body.errors ?? [] }).toEqual({ name, status: 200, errors: [] });
      expect(reply.body.data).toEqual(expect.any(Object));
      collectIds(reply.body.data, ids);
    }
  });

  it.each(tested('bash', 'sh', 'shell'))('should run the shell block at README.md:%i with curl against the gateway', async (_line, block) => {
    const { port } = new URL(gateway.origin);
    const result = await run('bash', ['-e', '-o', 'pipefail', '-c', onGateway(block.code, gateway.origin)], { PORT: port });
    if (result.code !== 0) throw new Error(`exit code ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
    // An answer shown as a `# {…}` comment: the real one has its shape (and for GraphQL, its data).
    const shown = block.code
      .split('\n')
      .filter((line) => line.startsWith('# {'))
      .map((line) => JSON.parse(line.slice(2)) as Record<string, unknown>);
    const answers = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(answers).toHaveLength(shown.length);
    shown.forEach((expected, i) => {
      expect(Object.keys(answers[i]!).sort()).toEqual(Object.keys(expected).sort());
      if ('data' in expected) expect(answers[i]!.data).toEqual(expected.data);
    });
  });

  describe.each(tested('ts', 'typescript', 'js', 'javascript'))('the client block at README.md:%i', (line, block) => {
    const prints = block.marker?.kind === 'tested' ? block.marker.prints : [];
    const write = (variant: string, code: string): string => {
      const file = join(SCRATCH, `readme-${line}-${variant}.mjs`);
      // A js block runs exactly as written; a ts block once transpiled (types dropped).
      const typescript = block.lang === 'ts' || block.lang === 'typescript';
      writeFileSync(file, typescript ? ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText : code);
      return file;
    };

    it('should run on Node 20 as an ES module, printing what it promises', async () => {
      expect(prints.length).toBeGreaterThan(0);
      const result = await run(process.execPath, [write('node20', onGateway(block.code, gateway.origin))], { TOKEN: authorization.replace(/^Bearer /, '') }, prints);
      for (const text of prints) expect(`${result.stdout}\n${result.stderr}`).toContain(text);
    });

    it('should run as browsers run it: without the lines marked "// Node 20 only", with the native WebSocket', async () => {
      const native = onGateway(block.code, gateway.origin)
        .split('\n')
        .filter((text) => !text.includes('// Node 20 only'))
        .join('\n');
      expect(native).not.toMatch(/from 'ws'/);
      const flags = Number(process.versions.node.split('.')[0]) < 22 ? ['--experimental-websocket', '--no-warnings'] : [];
      const result = await run(process.execPath, [...flags, write('native', native)], { TOKEN: authorization.replace(/^Bearer /, '') }, prints);
      for (const text of prints) expect(`${result.stdout}\n${result.stderr}`).toContain(text);
    });
  });
});

/** Subscribes over graphql-ws for `ms`, then unsubscribes: the errors seen and whether the server completed it. */
async function subscribeFor(url: string, authorization: string, query: string, variables: Record<string, unknown> | undefined, ms: number): Promise<{ errors: unknown[]; completed: boolean }> {
  const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { Authorization: authorization } });
  const seen = { errors: [] as unknown[], completed: false };
  let stopped = false;
  try {
    await new Promise<void>((resolvePromise) => {
      const stop = client.subscribe(
        { query, ...(variables ? { variables } : {}) },
        {
          next: (result: ExecutionResult) => seen.errors.push(...(result.errors ?? [])),
          error: (error) => {
            seen.errors.push(error);
            resolvePromise();
          },
          complete: () => {
            // Unsubscribing completes the sink too: only the server's completion counts.
            if (!stopped) seen.completed = true;
            resolvePromise();
          },
        },
      );
      setTimeout(() => {
        stopped = true;
        stop();
        resolvePromise();
      }, ms);
    });
  } finally {
    await client.dispose();
  }
  return seen;
}
