import { type AuthChecker, Authorized, Extensions } from 'type-graphql';
import type { GraphQLField } from 'graphql';
import { ErrorCode, GatewayError } from '../errors';
import { type Principal, ROLES, ROLE_SCOPES, type Role, type Scope } from '../principal';

/** Who may use a field: a principal of one of `roles` that holds `scope`. */
export interface AccessRule {
  scope: Scope;
  roles: readonly Role[];
}

/** The roles that act for accounts rather than for one subscriber: operators, partners, managers. */
export const ACCOUNT_ROLES: readonly Role[] = ['operator', 'partner', 'manager'];

/** Operators only, for what a scope other roles hold must not reach (a new account is the distributor's). */
export const OPERATOR_ONLY: readonly Role[] = ['operator'];

/** The key of a field's access rule in its GraphQL extensions (read by the pipeline before execution). */
export const ACCESS_EXTENSION = 'access';

/**
 * Declares who may use a root field, mutation or guarded field: principals holding `scope`, of
 * `roles` (default: every role that can hold it). The rule is both type-graphql's `@Authorized`
 * (checked when the field resolves) and a field extension the pipeline checks for the whole
 * operation before it runs, so an operation with a field its caller may not use makes no upstream call.
 */
export function Requires(scope: Scope, roles: readonly Role[] = ROLES.filter((role) => ROLE_SCOPES[role].includes(scope))): MethodDecorator & PropertyDecorator {
  const unheld = roles.filter((role) => !ROLE_SCOPES[role].includes(scope));
  if (unheld.length > 0) throw new Error(`@Requires('${scope}'): ${unheld.join(', ')} can never hold that scope`);
  const rule: AccessRule = { scope, roles };
  const authorized = Authorized<AccessRule>(rule);
  const extensions = Extensions({ [ACCESS_EXTENSION]: rule });
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    (authorized as (t: object, k: string | symbol, d?: PropertyDescriptor) => void)(target, key, descriptor);
    (extensions as (t: object, k: string | symbol, d?: PropertyDescriptor) => void)(target, key, descriptor);
  };
}

/** Whether `principal` may use a field guarded by `rule`. */
export function permits(principal: Principal, rule: AccessRule): boolean {
  return rule.roles.includes(principal.role) && principal.scopes.has(rule.scope);
}

/** The access rule a field declares with `@Requires`; undefined when it declares none. */
export function accessRuleOf(field: GraphQLField<unknown, unknown>): AccessRule | undefined {
  return field.extensions[ACCESS_EXTENSION] as AccessRule | undefined;
}

/** Why `principal` may not use `fieldName` under `rule`, as clients see it. */
export function forbidden(principal: Principal, rule: AccessRule, fieldName: string, extensions: Record<string, unknown> = {}): GatewayError {
  const reason = rule.roles.includes(principal.role)
    ? `it needs the ${rule.scope} scope, which this ${principal.role} credential does not hold`
    : `it is for ${rule.roles.join(', ')} principals, and this one is a ${principal.role}`;
  return new GatewayError(`${fieldName} is not allowed: ${reason}.`, ErrorCode.FORBIDDEN, { field: fieldName, requiredScope: rule.scope, ...extensions });
}

/** type-graphql's check of `@Requires` when a field resolves (the pipeline has checked the operation already). */
export const authChecker: AuthChecker<{ principal: Principal }, AccessRule> = ({ context, info }, rules) => {
  for (const rule of rules) if (!permits(context.principal, rule)) throw forbidden(context.principal, rule, info.fieldName);
  return true;
};
