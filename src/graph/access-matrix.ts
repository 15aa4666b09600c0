import { type GraphQLField, type GraphQLSchema, isObjectType } from 'graphql';
import { ROLES } from '../principal';
import { type AccessRule, accessRuleOf } from './access';

/** The README's markers around the generated matrix (README "Authentication and access"). */
export const MATRIX_START = '<!-- access matrix -->';
export const MATRIX_END = '<!-- /access matrix -->';

type Row = { name: string; rule: AccessRule | undefined };

/**
 * The role × operation matrix as Markdown, read from the built schema's `@Requires` rules (the
 * only place they are written): one table per root type, then the other fields that carry a rule
 * of their own. A root field without a rule shows as "no rule", which a test forbids.
 */
export function accessMatrix(schema: GraphQLSchema): string {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((type) => type != null);
  const rootNames = new Set(roots.map((type) => type.name));
  const rowsOf = (fields: GraphQLField<unknown, unknown>[], prefix = ''): Row[] =>
    fields.map((field) => ({ name: `${prefix}${field.name}`, rule: accessRuleOf(field) })).sort((a, b) => a.name.localeCompare(b.name));
  const guarded = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !rootNames.has(type.name))
    .flatMap((type) => (isObjectType(type) ? rowsOf(Object.values(type.getFields()).filter((field) => accessRuleOf(field)), `${type.name}.`) : []));
  const sections = [
    ...roots.map((type) => ({ title: type.name, rows: rowsOf(Object.values(type.getFields())) })),
    ...(guarded.length > 0 ? [{ title: 'Fields with a rule of their own', rows: guarded }] : []),
  ];
  const header = `| Operation | Scope | ${ROLES.join(' | ')} |\n|---|---|${ROLES.map(() => ':-:').join('|')}|`;
  const table = (rows: Row[]): string =>
    [header, ...rows.map(({ name, rule }) => `| \`${name}\` | ${rule ? `\`${rule.scope}\`` : 'no rule'} | ${ROLES.map((role) => (rule?.roles.includes(role) ? '✓' : '—')).join(' | ')} |`)].join('\n');
  return [
    'Generated from the schema’s `@Requires` rules by `npm run docs:access`. ✓: the role may run it when its credential holds the scope; —: refused (`FORBIDDEN`) whatever its scopes.',
    ...sections.map(({ title, rows }) => `**${title}**\n\n${table(rows)}`),
  ].join('\n\n');
}

/** `readme` with the text between the matrix markers replaced by `matrix`; throws when the markers are missing. */
export function withAccessMatrix(readme: string, matrix: string): string {
  const start = readme.indexOf(MATRIX_START);
  const end = readme.indexOf(MATRIX_END);
  if (start < 0 || end < start) throw new Error(`README has no ${MATRIX_START} … ${MATRIX_END} block to fill`);
  return `${readme.slice(0, start + MATRIX_START.length)}\n${matrix}\n${readme.slice(end)}`;
}
