import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  buildSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { GraphQLReply } from './gateway';

/**
 * Walking the gateway's schema as a client would, generated from the committed `schema.graphql`
 * (no field is listed by hand, so a new field or type is walked as soon as it exists). The tenancy
 * test uses it to visit everything a principal can reach; a mutation test can reuse `selectionOf`
 * to select a payload whole and `WalkResponse` scanning to check what a payload returns.
 */

export const SCHEMA = buildSchema(readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'));

/** The largest connection page (PageArgs): one page holds every item of the demo data. */
export const LARGEST_PAGE = 500;

/** Fields refused to a principal (FORBIDDEN names them, `Type.field`): the walk leaves them out. */
export type Refused = ReadonlySet<string>;

/**
 * The arguments the walk passes to a field: a connection's `first` at the largest page; every other
 * argument is optional (left out) or has a default. Null: the field has a required argument the
 * walk cannot invent (root lookups get theirs from `probe`).
 */
export function walkArguments(field: GraphQLField<unknown, unknown>): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (arg.name === 'first') parts.push(`first: ${LARGEST_PAGE}`);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
  }
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

/** Composite fields whose arguments the walk can form, with those arguments. */
export function compositeFields(type: GraphQLObjectType, refused: Refused = new Set()): { field: GraphQLField<unknown, unknown>; args: string }[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const args = walkArguments(field);
    if (isLeafType(getNamedType(field.type)) || args === null || refused.has(`${type.name}.${field.name}`)) return [];
    return [{ field, args }];
  });
}

/**
 * `__typename` and every leaf field. An abstract type (Node) gets its own fields only: fragments
 * on its possible types would clash where they share a name with different types.
 */
export function leavesOf(type: GraphQLNamedType, refused: Refused = new Set()): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
  const leaves = Object.values(type.getFields()).filter(
    (f) => isLeafType(getNamedType(f.type)) && walkArguments(f) !== null && !refused.has(`${type.name}.${f.name}`),
  );
  return ['__typename', ...leaves.map((f) => f.name + walkArguments(f))].join(' ');
}

/** One level of `type`: its leaves, and each composite field with that field's leaves (`levels` deeper when asked). */
export function selectionOf(type: GraphQLNamedType, refused: Refused = new Set(), levels = 1): string {
  if (!isObjectType(type)) return leavesOf(type, refused);
  const nested = compositeFields(type, refused).map(({ field, args }) => {
    const inner = levels > 1 ? selectionOf(getNamedType(field.type), refused, levels - 1) : leavesOf(getNamedType(field.type), refused);
    return `${field.name}${args} { ${inner} }`;
  });
  return [leavesOf(type, refused), ...nested].join(' ');
}

export function isNodeType(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
}

/** A place the walk visits: a root field, narrowed to a concrete type, then composite fields down a path. */
export interface WalkEntry {
  /** The root field with its arguments, e.g. `node(id: "AID-…")`. */
  root: string;
  /** The root field's type. */
  rootType: GraphQLOutputType;
  /** The concrete type the root answers, when known (a `node` of a known ID). */
  on: string | null;
  path: { field: string; args: string }[];
  /** What the objects found here hang off: the entity the root names (null for a root list), and the first field taken from it. */
  anchor: string | null;
}

/** The named type at the end of an entry's path. */
export function typeAt(entry: WalkEntry): GraphQLNamedType {
  let type: GraphQLNamedType = entry.on ? SCHEMA.getType(entry.on)! : getNamedType(entry.rootType);
  for (const step of entry.path) type = getNamedType((type as GraphQLObjectType).getFields()[step.field]!.type);
  return type;
}

/** The text of one entry under `alias`, selecting one level at its end. */
export function entryText(entry: WalkEntry, alias: string, refused: Refused): string {
  const end = selectionOf(typeAt(entry), refused);
  const inner = entry.path.reduceRight((acc, step) => `${step.field}${step.args} { __typename ${acc} }`, end);
  return `${alias}: ${entry.root} { __typename ${entry.on ? `... on ${entry.on} { ${inner} }` : inner} }`;
}

/** The objects an entry's answer holds at the end of its path (lists flattened, nulls dropped). */
export function objectsAt(value: unknown, entry: WalkEntry): Record<string, any>[] {
  let values: unknown[] = [value];
  for (const step of entry.path) values = values.flatMap((v) => (v && typeof v === 'object' ? [(v as Record<string, unknown>)[step.field]] : []));
  return values.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is Record<string, any> => v !== null && typeof v === 'object');
}

/** Every string in a value, with where it was found. */
export function stringsIn(value: unknown, where: string, found: { value: string; where: string }[] = []): { value: string; where: string }[] {
  if (typeof value === 'string') found.push({ value, where });
  else if (Array.isArray(value)) value.forEach((v, i) => stringsIn(v, `${where}[${i}]`, found));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringsIn(v, `${where}.${k}`, found);
  return found;
}

/** Runs `fields` (each `alias: field…`) as one query; a whole-operation FORBIDDEN names the refused field. */
export type Send = (query: string) => Promise<GraphQLReply>;

/** The field a whole-operation FORBIDDEN names (`Type.field`), if the reply is one. */
export function refusedField(reply: GraphQLReply): string | null {
  const error = reply.body.errors?.find((e) => e.extensions?.code === 'FORBIDDEN');
  return !reply.body.data && typeof error?.extensions?.field === 'string' ? error.extensions.field : null;
}

/** What the walk tells its user about each answer. */
export type OnAnswer = (entry: WalkEntry, value: unknown, errors: NonNullable<GraphQLReply['body']['errors']>, alias: string) => void;

/**
 * Breadth-first over everything reachable: each object's composite fields once per place, every
 * Node met again through `node(id:)` (once per ID), to `maxPath` fields below a root; batched
 * `batchSize` places per query. A field the principal is refused (a whole-operation FORBIDDEN)
 * is left out from then on and listed in `refused`.
 */
export class SchemaWalker {
  readonly refused = new Set<string>();
  queries = 0;
  private readonly queue: WalkEntry[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly send: Send,
    private readonly onAnswer: OnAnswer,
    private readonly options: { maxPath: number; batchSize: number },
  ) {}

  add(entry: WalkEntry): void {
    const key = `${entry.root}|${entry.on ?? ''}|${entry.path.map((s) => s.field).join('.')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.queue.push(entry);
  }

  /** Every root field that needs no argument the walk cannot form. */
  addRoots(): void {
    for (const { field, args } of compositeFields(SCHEMA.getQueryType()!)) {
      this.add({ root: field.name + args, rootType: field.type, on: null, path: [], anchor: null });
    }
  }

  addNode(id: string, type: string): void {
    this.add({ root: `node(id: ${JSON.stringify(id)})`, rootType: SCHEMA.getQueryType()!.getFields().node!.type, on: type, path: [], anchor: id });
  }

  async run(): Promise<void> {
    while (this.queue.length > 0) await this.runBatch(this.queue.splice(0, this.options.batchSize));
  }

  /** Whether the root field an entry starts from is refused to the principal. */
  isRefusedRoot(entry: WalkEntry): boolean {
    return this.refused.has(`${SCHEMA.getQueryType()!.name}.${entry.root.replace(/\(.*$/s, '')}`);
  }

  /**
   * Runs `entries` as one query (entry i under alias `a<i>`) and visits the answers; an entry whose
   * root field is refused is left out (no alias in the answer).
   */
  async runBatch(entries: WalkEntry[]): Promise<GraphQLReply> {
    for (;;) {
      const live = entries.flatMap((entry, i) => (this.isRefusedRoot(entry) ? [] : [{ entry, alias: `a${i}` }]));
      if (live.length === 0) return { status: 200, body: { data: {} } };
      const reply = await this.send(`{\n${live.map(({ entry, alias }) => entryText(entry, alias, this.refused)).join('\n')}\n}`);
      this.queries += 1;
      const refused = refusedField(reply);
      if (refused !== null && !this.refused.has(refused)) {
        this.refused.add(refused);
        continue;
      }
      if (!reply.body.data) throw new Error(`walk query failed (${reply.status}): ${JSON.stringify(reply.body.errors)}`);
      for (const { entry, alias } of live) {
        const errors = (reply.body.errors ?? []).filter((e) => e.path?.[0] === alias);
        this.onAnswer(entry, reply.body.data[alias], errors, alias);
        this.visit(entry, reply.body.data[alias]);
      }
      return reply;
    }
  }

  private visit(entry: WalkEntry, value: unknown): void {
    for (const object of objectsAt(value, entry)) {
      const type = SCHEMA.getType(object.__typename) as GraphQLObjectType;
      // What an abstract root lookup (node) found is walked as that type's node.
      if (entry.on === null && isAbstractType(getNamedType(typeAt(entry)))) {
        if (isNodeType(type) && typeof object.id === 'string') this.addNode(object.id, type.name);
        continue;
      }
      const on = entry.on;
      for (const { field, args } of compositeFields(type, this.refused)) {
        const value = object[field.name];
        const children = (Array.isArray(value) ? value : [value]).filter((c): c is Record<string, any> => c !== null && typeof c === 'object');
        for (const child of children) {
          const childType = SCHEMA.getType(child.__typename)!;
          if (isNodeType(childType) && typeof child.id === 'string') this.addNode(child.id, childType.name);
        }
        const childType = getNamedType(field.type);
        const deeper = isObjectType(childType) && !isNodeType(childType) && compositeFields(childType).length > 0;
        if (children.length > 0 && deeper && entry.path.length < this.options.maxPath) {
          this.add({ ...entry, on, path: [...entry.path, { field: field.name, args }] });
        }
      }
    }
  }
}

/**
 * What an argument's value names: an entity type (`id` names the field's type, `<x>Id` the type X),
 * or `E164` (a number); null for any other argument.
 */
export function argumentTarget(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): string | null {
  const scalar = getNamedType(arg.type).name;
  if (scalar === 'ID') {
    const named = arg.name === 'id' ? getNamedType(field.type).name : arg.name.replace(/Id$/, '').replace(/^./, (c) => c.toUpperCase());
    if (SCHEMA.getType(named)) return named;
  }
  return scalar === 'String' && /number/i.test(arg.name) ? 'E164' : null;
}

/** A root lookup's one required argument, and what its value names (`Node` for any node). */
export function lookupArgument(field: GraphQLField<unknown, unknown>, parent: string): { name: string; names: string } {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (required.length !== 1) throw new Error(`${parent}.${field.name}: the walk knows how to fill one required argument, not ${required.length}`);
  const names = argumentTarget(field, required[0]!);
  if (names === null) throw new Error(`${parent}.${field.name}(${required[0]!.name}): the walk cannot choose a value; teach argumentTarget`);
  return { name: required[0]!.name, names };
}
