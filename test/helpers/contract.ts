import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import type { ResponseRecord } from '../../sandbox';

/** The upstream contract the sandbox must honour (a copy of ../shared/telegent-api/openapi.yaml). */
export const OPENAPI_PATH = join(__dirname, '../../sandbox/openapi.yaml');

type OpenApi = {
  paths: Record<string, Record<string, { responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }> }>>;
  components: { responses: Record<string, { content: Record<string, { schema: unknown }> }> };
};

/**
 * Statuses that REFERENCE.md §2.3 documents for every endpoint but the OpenAPI file lists on only
 * some operations (409 legacy conflict, 413/415 body rejections), plus the answer for unknown
 * paths. They must still carry the `{StatusCode, Message}` error body.
 */
const CROSS_CUTTING_ERROR_STATUSES = new Set([404, 409, 413, 415]);

export class ContractValidator {
  private readonly doc: OpenApi;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    this.doc = normaliseNullable(parse(readFileSync(OPENAPI_PATH, 'utf8'))) as OpenApi;
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addFormat('int32', true).addFormat('int64', true).addFormat('double', true).addFormat('float', true);
    this.ajv.addSchema(this.doc as object, 'openapi');
  }

  /** A description of why `record` breaks the contract, or null when it conforms. */
  check(record: ResponseRecord): string | null {
    const label = `${record.method} ${record.path} → ${record.status}`;
    const operation = this.doc.paths[record.path]?.[record.method.toLowerCase()];
    let pointer: string | undefined;
    const documented = operation?.responses[String(record.status)];
    if (documented) {
      const ref = documented.$ref;
      pointer = ref
        ? `openapi${ref}/content/application~1json/schema`
        : `openapi#/paths/${escape(record.path)}/${record.method.toLowerCase()}/responses/${record.status}/content/application~1json/schema`;
      if (!ref && !documented.content) return null;
    } else if (record.status >= 400 && (CROSS_CUTTING_ERROR_STATUSES.has(record.status) || !operation)) {
      pointer = 'openapi#/components/schemas/ErrorResult';
    } else {
      return `${label}: status not documented for this operation`;
    }
    let validate = this.cache.get(pointer);
    if (!validate) {
      validate = this.ajv.getSchema(pointer);
      if (!validate) return `${label}: no schema at ${pointer}`;
      this.cache.set(pointer, validate);
    }
    if (validate(record.body)) return null;
    return `${label}: ${this.ajv.errorsText(validate.errors, { dataVar: 'body' })}`;
  }
}

/**
 * Reads `nullable` the way the spec's authors mean it, in the two places Ajv reads it otherwise:
 * an untyped schema already admits null, so the keyword goes (Ajv refuses it without `type`, e.g.
 * CallFilter's TimeRestrictions); a nullable enum admits null, so null joins the enum (Ajv applies
 * the enum to null too, e.g. CallbackMessageAuthenticationType).
 */
function normaliseNullable(node: unknown): unknown {
  if (Array.isArray(node)) node.forEach(normaliseNullable);
  else if (node !== null && typeof node === 'object') {
    const schema = node as Record<string, unknown>;
    if (schema.nullable === true && !('type' in schema) && !('$ref' in schema)) delete schema.nullable;
    if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) {
      schema.enum = [...schema.enum, null];
    }
    Object.values(schema).forEach(normaliseNullable);
  }
  return node;
}

function escape(path: string): string {
  return path.replace(/~/g, '~0').replace(/\//g, '~1');
}
