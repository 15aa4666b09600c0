import { appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResponseRecord } from '../../sandbox';

/**
 * Which endpoints the suite drove to which kind of answer. Each jest worker appends
 * `METHOD path status` lines to its own file under EXERCISED_DIR (set by test/global-setup.ts);
 * test/global-teardown.ts checks that every documented endpoint got a success and an error.
 */
const seen = new Set<string>();

export function recordExercised(record: ResponseRecord): void {
  const dir = process.env.EXERCISED_DIR;
  if (!dir) return;
  const line = `${record.method} ${record.path} ${record.status}`;
  if (seen.has(line)) return;
  seen.add(line);
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `worker-${process.env.JEST_WORKER_ID ?? '0'}-${process.pid}.txt`), `${line}\n`);
}

export const defaultExercisedDir = (): string => join(tmpdir(), `telegent-exercised-${process.pid}`);
