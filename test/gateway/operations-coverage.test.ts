import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TypeInfo, buildSchema, getNamedType, isCompositeType, isObjectType, parse, visit, visitWithTypeInfo } from 'graphql';

const ROOT = join(__dirname, '..', '..');

/** Every `Type.field` the test operations select (test/operations/*.graphql, run by the gateway tests). */
function selectedFields(): Set<string> {
  const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
  const seen = new Set<string>();
  const dir = join(ROOT, 'test', 'operations');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    const typeInfo = new TypeInfo(schema);
    visit(
      parse(readFileSync(join(dir, file), 'utf8')),
      visitWithTypeInfo(typeInfo, {
        Field() {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (parent && field) seen.add(`${parent.name}.${field.name}`);
        },
      }),
    );
  }
  return seen;
}

describe('test operations', () => {
  it('should exercise every root field and every relation of the schema', () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
    const seen = selectedFields();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const root = type === schema.getQueryType() || type === schema.getMutationType();
      for (const field of Object.values(type.getFields())) {
        const relation = isCompositeType(getNamedType(field.type));
        // pageInfo comes from the one generic Connection factory, paged through in graph.test.ts.
        if (field.name === 'pageInfo' && type.name.endsWith('Connection')) continue;
        if ((root || relation) && !seen.has(`${type.name}.${field.name}`)) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
