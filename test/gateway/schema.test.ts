import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType, isInterfaceType, isEnumType, isInputObjectType } from 'graphql';
import { printGatewaySchema } from '../../src/graph/print-schema';

const COMMITTED = join(__dirname, '../../schema.graphql');

describe('schema.graphql', () => {
  it('should match the schema built from the code (run `npm run schema` after changing it)', async () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(await printGatewaySchema());
  });

  it('should describe every type, field, argument and enum value', () => {
    const schema = buildSchema(readFileSync(COMMITTED, 'utf8'));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
