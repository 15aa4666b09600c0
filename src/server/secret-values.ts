import { Kind, Lexer, Source, TokenKind, type ValueNode, parse, print, visit } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { redactApiKeys } from '../stores/api-keys';

/** An operation's text and variables, as a transport received them (before any parsing). */
export interface RawOperation {
  query?: unknown;
  variables?: unknown;
}

/**
 * Input fields that carry secrets (passwords, PINs, tokens): their values never appear in an error
 * message, an extension or a log. A schema test keeps the list complete.
 */
export const SECRET_INPUT_FIELDS: ReadonlySet<string> = new Set(['password', 'currentAccountPassword', 'pin', 'token']);

const REDACTED = '[redacted]';

/**
 * The values an operation gives to secret input fields (`SECRET_INPUT_FIELDS`), in every form an
 * error message may print them: graphql-js prints literals as GraphQL (`pin: "1234"`) and
 * variables as JSON, and repeats a whole input object when one of its fields is missing or
 * unknown. Found by field name, wherever the value sits: a literal in the document, a variable a
 * secret field refers to, or any `password`/`pin`/… key in the variables (typed or not), so an
 * input the schema refuses is covered as well as one it accepts.
 */
export function secretValuesOf(operation: RawOperation, maxTokens: number): string[] {
  const found = new Set<unknown>();
  const variables = isRecord(operation.variables) ? operation.variables : {};
  collectFromJson(variables, false, found);
  if (typeof operation.query === 'string') collectFromDocument(operation.query, variables, maxTokens, found);
  const forms = new Set<string>();
  for (const value of found) addForms(value, forms);
  // Longest first, so a value containing another is taken out whole.
  return [...forms].filter((form) => form !== '').sort((a, b) => b.length - a.length);
}

/**
 * `formatted` with every secret value replaced, in its message and anywhere in its extensions; and
 * the secret part of any API key (`tgk_…`) in it, wherever a client put one (a key pasted as an ID
 * argument, say), whole or as graphql-js or the gateway cut it short.
 */
export function scrubError(formatted: GraphQLFormattedError, secrets: readonly string[]): GraphQLFormattedError {
  return { ...formatted, message: scrubText(formatted.message, secrets), ...(formatted.extensions ? { extensions: scrubJson(formatted.extensions, secrets) as Record<string, unknown> } : {}) };
}

export function scrubText(text: string, secrets: readonly string[]): string {
  let out = redactApiKeys(text, REDACTED);
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}

function scrubJson(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => scrubJson(item, secrets));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrubJson(inner, secrets)]));
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Values under secret keys anywhere in JSON; `underSecret` takes a whole subtree (a PIN sent as an object). */
function collectFromJson(value: unknown, underSecret: boolean, found: Set<unknown>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectFromJson(item, underSecret, found);
  } else if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) collectFromJson(inner, underSecret || SECRET_INPUT_FIELDS.has(key), found);
  } else if (underSecret && value !== null && value !== undefined) {
    found.add(value);
  }
}

function collectFromDocument(query: string, variables: Record<string, unknown>, maxTokens: number, found: Set<unknown>): void {
  let document;
  try {
    document = parse(query, { noLocation: true, maxTokens });
  } catch {
    collectFromTokens(query, found);
    return;
  }
  const takeValue = (node: ValueNode): void => {
    switch (node.kind) {
      case Kind.VARIABLE:
        collectFromJson(variables[node.name.value], true, found);
        return;
      case Kind.LIST:
        node.values.forEach(takeValue);
        return;
      case Kind.OBJECT:
        node.fields.forEach((field) => takeValue(field.value));
        return;
      case Kind.NULL:
        return;
      case Kind.STRING:
      case Kind.INT:
      case Kind.FLOAT:
      case Kind.ENUM:
      case Kind.BOOLEAN:
        found.add(node.value);
        found.add(print(node));
    }
  };
  visit(document, {
    ObjectField: (field) => (SECRET_INPUT_FIELDS.has(field.name.value) ? takeValue(field.value) : undefined),
    Argument: (argument) => (SECRET_INPUT_FIELDS.has(argument.name.value) ? takeValue(argument.value) : undefined),
  });
}

/** A document that does not parse: the token after each `secretName :` is taken as a secret. */
function collectFromTokens(query: string, found: Set<unknown>): void {
  const lexer = new Lexer(new Source(query));
  const recent: { kind: string; value: string | undefined }[] = [];
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      const [name, colon] = recent.slice(-2);
      if (name?.kind === TokenKind.NAME && SECRET_INPUT_FIELDS.has(name.value ?? '') && colon?.kind === TokenKind.COLON && token.value !== undefined) {
        found.add(token.value);
        found.add(query.slice(token.start, token.end));
      }
      recent.push({ kind: token.kind, value: token.value });
      if (recent.length > 2) recent.shift();
    }
  } catch {
    // The lexer stops at the first bad character; what came before it is covered.
  }
}

/** The ways a value can be printed: as is, as JSON, JSON-escaped inside quotes, as graphql-js `inspect` does. */
function addForms(value: unknown, forms: Set<string>): void {
  if (typeof value === 'string') {
    forms.add(value);
    forms.add(JSON.stringify(value));
    forms.add(JSON.stringify(value).slice(1, -1));
  } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    forms.add(String(value));
  } else if (typeof value === 'object' && value !== null) {
    forms.add(JSON.stringify(value));
    for (const inner of collectLeaves(value)) addForms(inner, forms);
  }
}

function collectLeaves(value: unknown): unknown[] {
  const leaves = new Set<unknown>();
  collectFromJson(value, true, leaves);
  return [...leaves];
}
