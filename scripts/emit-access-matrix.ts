import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGatewaySchema } from '../src/graph/build-schema';
import { accessMatrix, withAccessMatrix } from '../src/graph/access-matrix';

/** `npm run docs:access`: writes the role × operation matrix into README.md, between its markers. */
async function main(): Promise<void> {
  const path = join(__dirname, '../../README.md');
  writeFileSync(path, withAccessMatrix(readFileSync(path, 'utf8'), accessMatrix(await buildGatewaySchema())));
  process.stdout.write(`wrote the access matrix into ${path}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`emit-access-matrix: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
