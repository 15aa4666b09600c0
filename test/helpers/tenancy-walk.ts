import 'reflect-metadata';
import { type GraphQLField, getNamedType, isNonNullType } from 'graphql';
import { TYPE_BY_ID_PREFIX } from '../../src/graph/schema/node.interface';
import { SCHEMA, SchemaWalker, type Send, type WalkEntry, isNodeType, lookupArgument, stringsIn } from './schema-walk';
import { CATALOG_TYPES, type Census, type Viewer } from './tenancy';

/**
 * The tenancy walk: one principal's breadth-first visit of everything it can reach, with root
 * lookups tried within its reach, beyond it and unknown, checked against the operator's census.
 * A mutation test can reuse it: `walkAs(census, operator, send, true)` takes the census, and
 * `census.leaks(viewer, payload, where)` checks any answer (a mutation payload) against it.
 */

export const WALK = { maxPath: 4, batchSize: 60 };
/** An ID no seed has, per prefix; and a number on no inventory. */
export const unknownId = (prefix: string): string => `${prefix}-00000000-0000-4000-8000-0000000000aa`;
export const UNKNOWN_NUMBER = '+17205550199';
/** How many IDs within and beyond the reach each lookup is tried with. */
const SAMPLE = 2;

/** A reply's part under `alias`, with `value` written X, for comparing how two values were answered. */
export function answerShape(data: unknown, errors: { message: string; extensions?: unknown }[], value: string): string {
  // Each operation has its own request id: it tells nothing of what the principal may see.
  const withoutRequestId = (extensions: unknown): unknown => {
    if (typeof extensions !== 'object' || extensions === null) return extensions;
    const { requestId: _requestId, ...rest } = extensions as Record<string, unknown>;
    return rest;
  };
  const text = JSON.stringify({ data, errors: errors.map((e) => ({ message: e.message, extensions: withoutRequestId(e.extensions) })) });
  return text.split(value).join('X');
}

/** The values a lookup is tried with: within the viewer's reach, beyond it, and unknown. */
export function lookupValues(census: Census, viewer: Viewer, names: string, insideSample = SAMPLE): { inside: string[]; outside: string[]; unknown: string[] }[] {
  const split = (values: string[], toId: (v: string) => string, unknown: string) => ({
    inside: values.filter((v) => census.visible(viewer, toId(v))).slice(0, insideSample),
    outside: values.filter((v) => !census.visible(viewer, toId(v))).slice(0, SAMPLE),
    unknown: [unknown],
  });
  if (names === 'E164') return [split([...census.ownership.numberIdOf.keys()], (n) => census.ownership.numberIdOf.get(n)!, UNKNOWN_NUMBER)];
  // node(id:) is tried with every prefix, in its own spelling (an alias prefix names the same object).
  const prefixes = names === 'Node' ? Object.keys(TYPE_BY_ID_PREFIX) : Object.keys(TYPE_BY_ID_PREFIX).filter((p) => TYPE_BY_ID_PREFIX[p] === names).slice(0, 1);
  return prefixes.map((prefix) => {
    const ids = census.ids(TYPE_BY_ID_PREFIX[prefix]!);
    const spelled = new Map(ids.map((id) => [`${prefix}-${id.slice(id.indexOf('-') + 1)}`, id]));
    return split([...spelled.keys()], (v) => spelled.get(v)!, unknownId(prefix));
  });
}

function lookupFields(): GraphQLField<unknown, unknown>[] {
  return Object.values(SCHEMA.getQueryType()!.getFields()).filter((f) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined));
}

function lookupEntry(field: GraphQLField<unknown, unknown>, arg: string, value: string): WalkEntry {
  return { root: `${field.name}(${arg}: ${JSON.stringify(value)})`, rootType: field.type, on: null, path: [], anchor: value };
}

/** What one principal's walk found wrong. */
export interface WalkFindings {
  leaks: string[];
  /** Lookups of IDs beyond the reach not answered exactly as an unknown ID. */
  unlike: string[];
  /** Lookups of IDs within the reach that found nothing. */
  missing: string[];
  /** Connections and pages whose totalCount is not what they hold. */
  miscounted: string[];
  /** Errors other than NOT_FOUND anywhere in the walk. */
  failures: string[];
  /** IDs within the reach (by the operator's census) that the walk never met. */
  unseen: string[];
  refused: string[];
  queries: number;
}

function checkCounts(value: unknown, where: string, found: string[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => checkCounts(v, `${where}[${i}]`, found));
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, any>;
  if (typeof o.totalCount === 'number' && Array.isArray(o.edges) && o.edges.length !== o.totalCount) found.push(`${where}: totalCount ${o.totalCount}, edges ${o.edges.length}`);
  if (typeof o.totalCount === 'number' && Array.isArray(o.items) && o.pageCount <= 1 && o.items.length !== o.totalCount) found.push(`${where}: totalCount ${o.totalCount}, items ${o.items.length}`);
  for (const [k, v] of Object.entries(o)) checkCounts(v, `${where}.${k}`, found);
}

/**
 * Walks everything `viewer` can reach and reports what is wrong; with `record`, the viewer is the
 * operator and what it meets is recorded in `census` (the reference for everyone else).
 */
export async function walkAs(census: Census, viewer: Viewer, send: Send, record = false): Promise<WalkFindings> {
  const findings: WalkFindings = { leaks: [], unlike: [], missing: [], miscounted: [], failures: [], unseen: [], refused: [], queries: 0 };
  const seen = new Set<string>();
  const walker = new SchemaWalker(
    send,
    (entry, value, errors, alias) => {
      const where = `${entry.root}${entry.path.map((s) => `.${s.field}`).join('')}`;
      if (record) census.record(entry, value);
      else findings.leaks.push(...census.leaks(viewer, value, entry.root));
      for (const { value: text } of stringsIn(value, '')) seen.add(text);
      checkCounts(value, where, findings.miscounted);
      for (const e of errors) if (e.extensions?.code !== 'NOT_FOUND') findings.failures.push(`${alias} ${where}: ${e.extensions?.code} ${e.message}`);
    },
    WALK,
  );
  walker.addRoots();
  await walker.run();
  // Root lookups: the operator's, to learn what only a lookup reaches (message history); the others', within, beyond and unknown.
  for (const field of lookupFields()) {
    const { name, names } = lookupArgument(field, 'Query');
    if (record) {
      if (names === 'Node' || isNodeType(getNamedType(field.type))) continue;
      const values = names === 'E164' ? [...census.ownership.numberIdOf.keys()] : census.ids(names);
      for (let i = 0; i < values.length; i += WALK.batchSize) await walker.runBatch(values.slice(i, i + WALK.batchSize).map((v) => lookupEntry(field, name, v)));
      continue;
    }
    // What only a lookup reaches (message history) is looked up for every value within the reach.
    const onlyByLookup = names !== 'Node' && !isNodeType(getNamedType(field.type));
    for (const { inside, outside, unknown } of lookupValues(census, viewer, names, onlyByLookup ? Infinity : SAMPLE)) {
      const values = [...inside, ...outside, ...unknown];
      const reply = await walker.runBatch(values.map((v) => lookupEntry(field, name, v)));
      // A root field refused to the principal (FORBIDDEN before anything runs) shows nothing to compare.
      if (walker.isRefusedRoot(lookupEntry(field, name, values[0]!))) continue;
      const shape = (i: number): string => answerShape(reply.body.data![`a${i}`], (reply.body.errors ?? []).filter((e) => e.path?.[0] === `a${i}`), values[i]!);
      const unknownShape = shape(values.length - 1);
      outside.forEach((v, i) => {
        if (shape(inside.length + i) !== unknownShape) findings.unlike.push(`${field.name}(${name}: ${v}): ${shape(inside.length + i)} ≠ ${unknownShape}`);
      });
      inside.forEach((v, i) => {
        const canonical = names === 'E164' || census.typeOf.has(v);
        if (canonical && reply.body.data![`a${i}`] === null) findings.missing.push(`${field.name}(${name}: ${v})`);
      });
    }
  }
  await walker.run();
  // The catalog is everyone's to see, but not every role may list it (a subscriber meets only its own subscription's package).
  if (!record) {
    findings.unseen = [...census.typeOf.keys()]
      .filter((id) => census.visible(viewer, id) && !seen.has(id) && !CATALOG_TYPES.has(census.typeOf.get(id)!))
      .map((id) => `${census.typeOf.get(id)} ${id}`);
  }
  findings.refused = [...walker.refused];
  findings.queries = walker.queries;
  return findings;
}

