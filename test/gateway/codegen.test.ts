import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { parse } from 'yaml';

const ROOT = join(__dirname, '../..');

describe('codegen', () => {
  it('should have test/__generated__ up to date with schema.graphql and test/operations (run `npm run codegen`)', async () => {
    const config = parse(readFileSync(join(ROOT, 'codegen.yml'), 'utf8'));
    const outputs = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect([output.filename, readFileSync(join(ROOT, output.filename), 'utf8')]).toEqual([output.filename, output.content]);
    }
  }, 60_000);
});
