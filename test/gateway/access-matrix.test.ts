import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { accessRuleOf } from '../../src/graph/access';
import { MATRIX_END, MATRIX_START, accessMatrix } from '../../src/graph/access-matrix';
import { buildGatewaySchema } from '../../src/graph/build-schema';

const README = join(__dirname, '../../README.md');

describe('access rules', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGatewaySchema();
  });

  it('should have every Query, Mutation and Subscription field declare who may run it (@Requires)', () => {
    const roots = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!];
    const fields = roots.flatMap((type) => Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, rule: accessRuleOf(field) })));
    expect(fields.length).toBeGreaterThan(80);
    expect(fields.filter(({ rule }) => rule === undefined).map(({ name }) => name)).toEqual([]);
  });

  it('should keep the README’s role × operation matrix as the schema’s rules make it (run `npm run docs:access`)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain('## Authentication and access');
    const start = readme.indexOf(MATRIX_START);
    const end = readme.indexOf(MATRIX_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(readme.slice(start + MATRIX_START.length, end).trim()).toBe(accessMatrix(schema));
  });
});
