import {
  type DocumentNode,
  type FieldNode,
  GraphQLID,
  type GraphQLInputType,
  GraphQLIncludeDirective,
  type GraphQLSchema,
  GraphQLSkipDirective,
  GraphQLString,
  Kind,
  type SelectionSetNode,
  getArgumentValues,
  getDirectiveValues,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
} from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../context';
import type { Credential, Role } from '../principal';
import { SECRET_INPUT_FIELDS, scrubText } from './secret-values';

/** One mutation as the log keeps it (README "Audit"). Nothing in it is a secret. */
export interface AuditRecord {
  requestId: string;
  /** `Principal.id`: `jwt:<sub>`, `key:<id>`, `none`. */
  principal: string;
  role: Role;
  credential: Credential;
  /** The mutation's field name. */
  operation: string;
  /** The IDs and E.164 numbers its arguments name (secret fields left out), at most `MAX_TARGETS`. */
  targets: string[];
  /** The input's idempotency key, else the Idempotency-Key header; null without one. */
  idempotencyKey: string | null;
  /** `ok`, or the code of the error it ended with (`FORBIDDEN`, `NOT_FOUND`…). */
  outcome: string;
  /** The upstream order its payload carries (`payload.order.id`), selected or not; null when none. */
  orderId: string | null;
}

/** The operation as the audit reads it: parsed and valid. */
export interface AuditedOperation {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** An error as either transport has it (a GraphQLError, or as formatted for the client). */
export interface AuditedError {
  readonly path?: readonly (string | number)[] | undefined;
  readonly extensions?: { readonly [key: string]: unknown } | undefined;
}

/** A mutation naming more targets (a batch of numbers) has the first ones recorded. */
const MAX_TARGETS = 100;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Writes one audit record per mutation of a mutation operation (queries and subscriptions are not
 * audited), whatever became of it: refused before it ran, failed, or done. `errors` are the
 * operation's: one on the mutation's own field gives its outcome, one with no path (the whole
 * operation refused) gives every mutation's. `secrets` are the operation's secret values
 * (`secretValuesOf`): a target equal to one is left out, whatever field it came in.
 */
export function auditMutations(
  logger: Logger,
  schema: GraphQLSchema,
  operation: AuditedOperation,
  context: Pick<Context, 'requestId' | 'principal' | 'audit'>,
  errors: readonly AuditedError[],
  secrets: readonly string[],
): void {
  const definition = getOperationAST(operation.document, operation.operationName);
  const mutationType = schema.getMutationType();
  if (definition?.operation !== 'mutation' || !mutationType) return;
  const coerced = getVariableValues(schema, definition.variableDefinitions ?? [], operation.variables ?? {});
  const variables = coerced.coerced ?? {};
  const wholeOperation = errors.find((error) => !error.path || error.path.length === 0);
  const { principal } = context;
  for (const node of rootFields(operation.document, definition.selectionSet, variables)) {
    const field = mutationType.getFields()[node.name.value];
    if (!field) continue;
    const key = node.alias?.value ?? node.name.value;
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      // Arguments the variables could not give: the operation was refused for it; it still had this mutation.
    }
    const targets = new Set<string>();
    for (const arg of field.args) collectTargets(arg.type, args[arg.name], arg.name, targets);
    const own = errors.find((error) => error.path?.length === 1 && error.path[0] === key) ?? wholeOperation;
    const record: AuditRecord = {
      requestId: context.requestId,
      principal: principal.id,
      role: principal.role,
      credential: principal.credential,
      operation: field.name,
      // A secret given where an ID goes (an API key pasted as revokeApiKey's id) is not a target to record.
      targets: [...targets]
        .filter((target) => !secrets.includes(target))
        .map((target) => scrubText(target, secrets))
        .slice(0, MAX_TARGETS),
      idempotencyKey: idempotencyKeyOf(args) ?? context.audit.idempotencyKeyHeader,
      outcome: own ? String(own.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok',
      orderId: orderIdOf(context.audit.payloads.get(key)),
    };
    logger.info({ audit: record }, `audit: ${record.operation} ${record.outcome}`);
  }
}

/** The operation's root fields in order, through fragments, as @skip and @include leave them. */
function rootFields(document: DocumentNode, selectionSet: SelectionSetNode, variables: Record<string, unknown>): FieldNode[] {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const included = (node: Parameters<typeof getDirectiveValues>[1]): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) fields.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(selectionSet);
  return fields;
}

/** IDs (by type, so no new field is missed) and E.164 numbers in an argument value; secret fields are not entered. */
function collectTargets(type: GraphQLInputType, value: unknown, name: string, out: Set<string>): void {
  if (value == null || SECRET_INPUT_FIELDS.has(name)) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) for (const item of value) collectTargets(nullable.ofType, item, name, out);
  } else if (isInputObjectType(nullable)) {
    const object = value as Record<string, unknown>;
    for (const field of Object.values(nullable.getFields())) collectTargets(field.type, object[field.name], field.name, out);
  } else if (nullable === GraphQLID || (nullable === GraphQLString && typeof value === 'string' && E164.test(value))) {
    out.add(String(value));
  }
}

function idempotencyKeyOf(args: Record<string, unknown>): string | null {
  const input = args.input as { idempotencyKey?: unknown } | undefined;
  const key = input?.idempotencyKey ?? args.idempotencyKey;
  return typeof key === 'string' ? key : null;
}

function orderIdOf(payload: unknown): string | null {
  const order = (payload as { order?: { id?: unknown } } | null | undefined)?.order;
  return typeof order?.id === 'string' ? order.id : null;
}
