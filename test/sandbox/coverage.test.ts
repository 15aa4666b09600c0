import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allRoutes } from '../../sandbox/routes';
import { TOKEN_PATH } from '../../sandbox/server';
import { OPENAPI_PATH } from '../helpers/contract';

const openapi = parse(readFileSync(OPENAPI_PATH, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
const documented = Object.entries(openapi.paths)
  .flatMap(([path, ops]) => Object.keys(ops).filter((m) => ['get', 'post'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`))
  .sort();
const served = [`POST ${TOKEN_PATH}`, ...allRoutes.map((r) => `${r.method} ${r.path}`)].sort();

describe('endpoint coverage', () => {
  it('should serve exactly the operations openapi.yaml documents', () => {
    expect(served).toEqual(documented);
  });

  it('should match the reference (../shared/telegent-api) when it is beside the repository', () => {
    let shared: string;
    try {
      shared = readFileSync(join(__dirname, '../../../shared/telegent-api/openapi.yaml'), 'utf8');
    } catch {
      return; // a checkout without shared/ uses the committed copy
    }
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(shared);
  });

  it('should keep its copy of the reference prose (sandbox/REFERENCE.md, cited across src/) equal to ../shared when it is beside the repository', () => {
    let shared: string;
    try {
      shared = readFileSync(join(__dirname, '../../../shared/telegent-api/REFERENCE.md'), 'utf8');
    } catch {
      return; // a checkout without shared/ uses the committed copy
    }
    expect(readFileSync(join(__dirname, '../../sandbox/REFERENCE.md'), 'utf8')).toBe(shared);
  });

  it('should list every endpoint in the sandbox README', () => {
    const readme = readFileSync(join(__dirname, '../../sandbox/README.md'), 'utf8');
    const missing = served.filter((endpoint) => !readme.includes(`\`${endpoint}\``));
    expect(missing).toEqual([]);
  });
});
