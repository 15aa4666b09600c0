import type { Request, RequestHandler } from 'express';
import type { PersistedDocumentsConfig } from '../config';
import { ErrorCode, GatewayError } from '../errors';
import type { Principal } from '../principal';
import { principalOf } from './auth/http';
import { answerError } from './operation-log';

/**
 * What says which document an operation runs, as a transport received it (a POST body, the GET
 * parameters, a graphql-ws `subscribe` payload): the document text, or its hash in either wire form
 * real clients use, `documentId` (graphql-codegen's persisted documents, Hive, Relay-style trusted
 * documents) or `extensions.persistedQuery.sha256Hash` (Apollo Client's persisted-queries link).
 */
export interface DocumentFields {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

/**
 * Trusted documents (PERSISTED_DOCUMENTS, README "Trusted documents"): which document an operation
 * runs, decided from the request's fields alone, before anything is parsed. Both transports ask
 * here, so a document refused over HTTP is refused over WebSocket too.
 *
 * - `off`: the document text runs; a hash without text is answered PERSISTED_QUERY_NOT_SUPPORTED
 *   (Apollo Client then stops sending hashes and sends documents).
 * - `allow`: a hash of the manifest runs the manifest's document; an unknown hash without text is
 *   PERSISTED_QUERY_NOT_FOUND (Apollo Client then sends the text, which runs); text runs.
 * - `require`: only hashes of the manifest run. Text is refused with PERSISTED_QUERY_ID_REQUIRED
 *   however short or malformed, without being parsed, except from operators (GraphiQL, scripts):
 *   an operator may do anything anyway, and the mode is there to keep app users to the app's operations.
 *
 * When a known hash comes with text (Apollo Client over WebSocket sends both), the manifest's
 * document runs and the text is ignored: what runs is always a trusted document.
 */
export class TrustedDocuments {
  constructor(private readonly config: PersistedDocumentsConfig) {}

  /**
   * The document text `principal`'s operation runs, or the coded error to answer with; undefined
   * when the request has neither text nor hash (the transport answers that as it always does).
   */
  documentOf(request: DocumentFields, principal: Principal): string | GatewayError | undefined {
    const { mode, documents } = this.config;
    const text = typeof request.query === 'string' && request.query !== '' ? request.query : null;
    const hash = hashOf(request);
    if (hash instanceof GatewayError) return hash;
    if (mode === 'off') {
      if (hash !== null && text === null) {
        return new GatewayError('This gateway does not run operations by hash (PERSISTED_DOCUMENTS=off): send the document.', ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED);
      }
      return text ?? undefined;
    }
    const exempt = principal.role === 'operator';
    if (hash !== null) {
      const document = documents.get(hash);
      if (document !== undefined) return document;
      if (text !== null && (mode === 'allow' || exempt)) return text;
      return new GatewayError(`No trusted document has the hash '${hash.slice(0, 100)}': the app and the gateway's manifest (PERSISTED_DOCUMENTS_MANIFEST) differ.`, ErrorCode.PERSISTED_QUERY_NOT_FOUND);
    }
    if (text === null) return undefined;
    if (mode === 'require' && !exempt) {
      return new GatewayError(
        'This gateway runs only trusted documents (PERSISTED_DOCUMENTS=require): send the hash of a document of its manifest as `documentId` or `extensions.persistedQuery.sha256Hash`, not the document.',
        ErrorCode.PERSISTED_QUERY_ID_REQUIRED,
      );
    }
    return text;
  }

  /**
   * Express middleware after the body parser and before Apollo: a refused request is answered here
   * (PERSISTED_QUERY_NOT_FOUND and _NOT_SUPPORTED with 200, as Apollo Server does, the others 400);
   * otherwise the request is rewritten to carry the document to run and no hash, for Apollo, whose
   * own automatic persisted queries are off.
   */
  http(): RequestHandler {
    return (req, res, next) => {
      const get = req.method === 'GET';
      const params = get ? new URLSearchParams(searchOf(req)) : null;
      const body: unknown = req.body;
      let fields: DocumentFields;
      if (params) fields = { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions: jsonParam(params.get('extensions')) };
      else if (isObject(body)) fields = body;
      // Not an operation (a batch, nothing): Apollo answers it.
      else return next();
      const document = this.documentOf(fields, principalOf(res));
      if (document instanceof GatewayError) {
        const found = document.code === ErrorCode.PERSISTED_QUERY_NOT_FOUND || document.code === ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED;
        if (found) res.set('Cache-Control', 'private, no-cache, must-revalidate');
        answerError(res, found ? 200 : 400, document);
        return;
      }
      const extensions = withoutPersistedQuery(fields.extensions);
      if (document === fields.query && fields.documentId === undefined && extensions === fields.extensions) return next();
      if (params) {
        if (document !== undefined) params.set('query', document);
        params.delete('documentId');
        if (extensions !== fields.extensions) {
          if (extensions === undefined) params.delete('extensions');
          else params.set('extensions', JSON.stringify(extensions));
        }
        req.url = `${req.url.split('?')[0]}?${params.toString()}`;
      } else {
        const { documentId: _documentId, extensions: _extensions, query: _query, ...rest } = fields;
        req.body = { ...rest, ...(document !== undefined ? { query: document } : {}), ...(extensions === undefined ? {} : { extensions }) };
      }
      next();
    };
  }
}

/** The hash the request names, null for none, or a BAD_REQUEST for a malformed one. */
function hashOf(request: DocumentFields): string | null | GatewayError {
  const { documentId, extensions } = request;
  if (documentId !== undefined && documentId !== null) {
    if (typeof documentId === 'string' && documentId !== '') return documentId;
    return new GatewayError('`documentId` must be the hash of a trusted document, as a string.', ErrorCode.BAD_REQUEST);
  }
  const persisted = isObject(extensions) ? extensions.persistedQuery : undefined;
  if (persisted === undefined || persisted === null) return null;
  if (!isObject(persisted) || typeof persisted.sha256Hash !== 'string' || persisted.sha256Hash === '' || (persisted.version !== undefined && persisted.version !== 1)) {
    return new GatewayError('`extensions.persistedQuery` must be { "version": 1, "sha256Hash": "<hash>" }.', ErrorCode.BAD_REQUEST);
  }
  return persisted.sha256Hash;
}

/** `extensions` without `persistedQuery` (the same object when it has none; undefined when nothing is left). */
function withoutPersistedQuery(extensions: unknown): unknown {
  if (!isObject(extensions) || !('persistedQuery' in extensions)) return extensions;
  const { persistedQuery: _persistedQuery, ...rest } = extensions;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** The query string of the request URL, without its `?`. */
function searchOf(req: Request): string {
  const index = req.url.indexOf('?');
  return index === -1 ? '' : req.url.slice(index + 1);
}

/** A JSON GET parameter; undefined when absent or malformed (Apollo answers a malformed one). */
function jsonParam(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
