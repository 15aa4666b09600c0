import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { OPENAPI_PATH } from './helpers/contract';

/**
 * When the whole suite ran (CONTRACT_COVERAGE=1, set by `npm test`), every operation of
 * openapi.yaml must have been driven to at least one success and one 4xx answer, each of them
 * validated against the contract by TestSandbox.
 */
export default function globalTeardown(): void {
  const dir = process.env.EXERCISED_DIR;
  if (!dir) return;
  const lines = new Set<string>();
  try {
    for (const file of readdirSync(dir)) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) if (line) lines.add(line);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.CONTRACT_COVERAGE !== '1') return;
  const openapi = parse(readFileSync(OPENAPI_PATH, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  const missing: string[] = [];
  for (const [path, ops] of Object.entries(openapi.paths)) {
    for (const method of Object.keys(ops).filter((m) => m === 'get' || m === 'post')) {
      const endpoint = `${method.toUpperCase()} ${path}`;
      const statuses = [...lines].filter((l) => l.startsWith(`${endpoint} `)).map((l) => Number(l.slice(endpoint.length + 1)));
      if (!statuses.some((s) => s >= 200 && s < 300)) missing.push(`${endpoint}: no success answer`);
      if (!statuses.some((s) => s >= 400 && s < 500)) missing.push(`${endpoint}: no error answer`);
    }
  }
  if (missing.length > 0) {
    throw new Error(`contract coverage: these endpoints were not exercised both ways:\n  ${missing.join('\n  ')}`);
  }
}
