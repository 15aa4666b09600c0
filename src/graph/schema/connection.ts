import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from '../../errors';

@ObjectType({ description: 'Where a page of a connection sits in the whole list (Relay cursor connections).', simpleResolvers: true })
export class PageInfo {
  @Field({ description: 'Whether items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many items to return (1 to 500).' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `TNode`, named `<TNode>Connection` with `<TNode>Edge`. */
export function Connection<TNode extends object>(nodeClass: ClassType<TNode>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a connection, with its cursor.`, simpleResolvers: true })
  class EdgeType {
    @Field({ description: 'Opaque position of this item; pass it as `after`.' })
    cursor!: string;

    @Field(() => nodeClass, { description: `The ${name}.` })
    node!: TNode;
  }

  // Never referenced itself, so type-graphql 2 does not emit it; subclasses name the real type.
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has.' })
    totalCount!: number;
  }
  return ConnectionType;
}

const CURSOR_PREFIX = 'offset:';
const MAX_PAGE = 500;

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) return -2;
  return offset;
}

/** One page of an in-memory list (Telegent lists come whole or are loaded whole per request). */
export function paginate<T>(items: readonly T[], { first, after }: { first: number; after?: string | null }): ConnectionShape<T> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badUserInput(`first must be from 1 to ${MAX_PAGE}, got ${first}.`, 'first');
  const start = after ? decodeCursor(after) + 1 : 0;
  if (start < 0) throw badUserInput('after is not a cursor of this list.', 'after');
  const slice = items.slice(start, start + first);
  const edges = slice.map((node, i) => ({ cursor: Buffer.from(`${CURSOR_PREFIX}${start + i}`).toString('base64url'), node }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
