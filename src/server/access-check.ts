import { type DocumentNode, type GraphQLSchema, Kind, TypeInfo, getOperationAST, visit, visitWithTypeInfo } from 'graphql';
import { accessRuleOf, forbidden, permits } from '../graph/access';
import type { Principal } from '../principal';

/**
 * Refuses the whole operation (FORBIDDEN) when it selects any field its principal may not use
 * (`@Requires`), before anything runs: no upstream call is made for an operation that would be
 * partly refused. Fragments are walked where they are spread.
 */
export function checkAccess(schema: GraphQLSchema, principal: Principal, document: DocumentNode, operationName?: string | null): void {
  const operation = getOperationAST(document, operationName);
  if (!operation) return;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const walk = (node: DocumentNode['definitions'][number], typeInfo: TypeInfo): void => {
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const field = typeInfo.getFieldDef();
          const rule = field ? accessRuleOf(field) : undefined;
          if (field && rule && !permits(principal, rule)) {
            // Refused before it runs: over HTTP the whole answer is a 403 (Apollo reads `http` and leaves it out).
            throw forbidden(principal, rule, `${typeInfo.getParentType()?.name}.${field.name}`, { http: { status: 403 } });
          }
        },
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (!fragment || seen.has(fragment.name.value)) return;
          seen.add(fragment.name.value);
          walk(fragment, new TypeInfo(schema));
        },
      }),
    );
  };
  walk(operation, new TypeInfo(schema));
}
