import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printGatewaySchema } from '../src/graph/print-schema';

/** `npm run schema`: writes schema.graphql from the type-graphql classes. */
async function main(): Promise<void> {
  const path = join(__dirname, '../../schema.graphql');
  writeFileSync(path, await printGatewaySchema());
  process.stdout.write(`wrote ${path}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`emit-schema: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
