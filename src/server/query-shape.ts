import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { ErrorCode, GatewayError } from '../errors';
import { ASSUMED_LIST_SIZE } from '../graph/schema/query-cost';

/**
 * The size of what an operation can return, estimated from the document before it runs: the
 * number of objects in the result and the depth of the selection. The upstream cost estimate does
 * not see this (relations served from an indexed list cost no upstream call), so a small query
 * over a cyclic relation (Subscriber.account.subscribers, three levels deep) would otherwise
 * build millions of objects from one upstream read.
 */
export interface QueryShape {
  /** Objects the result can hold: each page at its `first` or `pageSize`, each unpaged list at ASSUMED_LIST_SIZE. */
  resultNodes: number;
  /** Nesting of fields, the root fields at 1; introspection fields are not counted. */
  depth: number;
}

export interface ShapedOperation {
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface ShapeLimits {
  maxResultNodes: number;
  maxDepth: number;
}

/**
 * Refuses an operation deeper than `maxDepth` (QUERY_TOO_DEEP) or able to return more than
 * `maxResultNodes` objects (QUERY_TOO_LARGE), each with the estimate and the limit, before any
 * upstream call. An operation whose variables do not coerce is left to execution, which reports
 * them with their own code.
 */
export function checkQueryShape(schema: GraphQLSchema, limits: ShapeLimits, operation: ShapedOperation): void {
  const shape = measureQueryShape(schema, operation);
  if (shape === null) return;
  if (shape.depth > limits.maxDepth) {
    throw new GatewayError(
      `This query nests ${shape.depth} levels of fields, more than the ${limits.maxDepth} allowed; select fewer nested relations.`,
      ErrorCode.QUERY_TOO_DEEP,
      { depth: shape.depth, maxDepth: limits.maxDepth, http: { status: 400 } },
    );
  }
  if (shape.resultNodes > limits.maxResultNodes) {
    throw new GatewayError(
      `This query could return about ${shape.resultNodes} objects, more than the ${limits.maxResultNodes} allowed per query; ` +
        'ask for fewer items (first) or leave out nested lists (a relation back to a parent multiplies its page).',
      ErrorCode.QUERY_TOO_LARGE,
      { estimatedResultNodes: shape.resultNodes, maxResultNodes: limits.maxResultNodes, http: { status: 400 } },
    );
  }
}

/** The shape of the operation the document names; null when it names none or its variables do not coerce. */
export function measureQueryShape(schema: GraphQLSchema, { document, variables, operationName }: ShapedOperation): QueryShape | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  const root = rootType(schema, operation);
  if (!root) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  }
  const measure = new ShapeMeasure(schema, fragments, coerced.coerced);
  const shape = measure.selectionSet(operation.selectionSet, root, null);
  return { resultNodes: shape.nodes, depth: shape.depth };
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLCompositeType | null | undefined {
  if (operation.operation === 'query') return schema.getQueryType();
  if (operation.operation === 'mutation') return schema.getMutationType();
  return schema.getSubscriptionType();
}

/** Objects and depth below one parent object. */
interface Shape {
  nodes: number;
  depth: number;
}

const EMPTY: Shape = { nodes: 0, depth: 0 };

/**
 * Walks a selection set once per (fragment, parent type, page size): a fragment spread many times
 * is measured once and multiplied, so a document that nests fragments cannot make the walk itself
 * exponential.
 */
class ShapeMeasure {
  private readonly fragmentShapes = new Map<string, Shape>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /**
   * `pageSize`: the page size of the paged field whose selection this is (a connection's `first`,
   * a page's `pageSize`); its list fields hold that many items.
   */
  selectionSet(set: SelectionSetNode, parent: GraphQLCompositeType, pageSize: number | null): Shape {
    let nodes = 0;
    let depth = 0;
    for (const selection of set.selections) {
      let shape: Shape;
      if (selection.kind === 'Field') {
        shape = this.field(selection, parent, pageSize);
      } else if (selection.kind === 'InlineFragment') {
        const type = selection.typeCondition ? this.compositeType(selection.typeCondition.name.value) : parent;
        shape = type ? this.selectionSet(selection.selectionSet, type, pageSize) : EMPTY;
      } else {
        shape = this.fragment(selection.name.value, pageSize);
      }
      nodes += shape.nodes;
      depth = Math.max(depth, shape.depth);
    }
    return { nodes, depth };
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, pageSize: number | null): Shape {
    // Introspection (__schema, __type, __typename) is bounded by the schema, not by the data.
    if (node.name.value.startsWith('__')) return EMPTY;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return EMPTY;
    const definition = parent.getFields()[node.name.value];
    if (!definition) return EMPTY;
    const type = getNamedType(definition.type);
    if (!isCompositeType(type) || !node.selectionSet) return { nodes: 0, depth: 1 };
    // A paged field (a connection's `first`, a page's `pageSize`) is one object whose lists (edges,
    // nodes, items) hold that many; any other list is assumed at its usual size.
    const args = getArgumentValues(definition, node, this.variables);
    const size = args.first ?? args.pageSize;
    const page = typeof size === 'number' && size > 0 ? size : null;
    const items = isListType(getNullableType(definition.type)) ? (pageSize ?? ASSUMED_LIST_SIZE) : 1;
    const below = this.selectionSet(node.selectionSet, type, page);
    return { nodes: items * (1 + below.nodes), depth: 1 + below.depth };
  }

  private fragment(name: string, pageSize: number | null): Shape {
    const definition = this.fragments.get(name);
    if (!definition) return EMPTY;
    const key = `${name}\n${pageSize ?? ''}`;
    const known = this.fragmentShapes.get(key);
    if (known) return known;
    // Validation refuses fragment cycles; this only keeps a document that skipped validation finite.
    if (this.inProgress.has(key)) return EMPTY;
    this.inProgress.add(key);
    const type = this.compositeType(definition.typeCondition.name.value);
    const shape = type ? this.selectionSet(definition.selectionSet, type, pageSize) : EMPTY;
    this.inProgress.delete(key);
    this.fragmentShapes.set(key, shape);
    return shape;
  }

  private compositeType(name: string): GraphQLCompositeType | null {
    const type = this.schema.getType(name);
    return type && isCompositeType(type) ? type : null;
  }
}
