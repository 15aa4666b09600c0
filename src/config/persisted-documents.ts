import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { ConfigError } from './parse';

/**
 * `off`: documents only (a hash alone is answered PERSISTED_QUERY_NOT_SUPPORTED). `allow`: a known
 * hash runs its manifest document, and full documents still run. `require`: only hashes of the
 * manifest run (operators excepted, for GraphiQL); any other document is refused before parsing.
 */
export type PersistedDocumentsMode = 'off' | 'allow' | 'require';

export interface PersistedDocumentsConfig {
  /** PERSISTED_DOCUMENTS. @default 'off' */
  mode: PersistedDocumentsMode;
  /** The manifest (PERSISTED_DOCUMENTS_MANIFEST): hash → document text, as the codegen client preset writes `persisted-documents.json`. Empty when off. */
  documents: ReadonlyMap<string, string>;
}

const PERSISTED_DOCUMENTS_MODES: readonly PersistedDocumentsMode[] = ['off', 'allow', 'require'];

/**
 * PERSISTED_DOCUMENTS and its manifest, read and checked whole at start: a manifest that cannot be
 * read, is not a JSON object of hash → document, or holds a document that does not parse stops the
 * gateway, rather than refusing the app's operations one by one later.
 */
export function persistedDocumentsConfig(env: NodeJS.ProcessEnv): PersistedDocumentsConfig {
  const mode = (env.PERSISTED_DOCUMENTS?.trim().toLowerCase() || 'off') as PersistedDocumentsMode;
  if (!PERSISTED_DOCUMENTS_MODES.includes(mode)) throw new ConfigError(`PERSISTED_DOCUMENTS must be off, allow or require, got '${env.PERSISTED_DOCUMENTS}'`);
  const path = env.PERSISTED_DOCUMENTS_MANIFEST?.trim() || null;
  if (mode === 'off') {
    if (path !== null) throw new ConfigError('PERSISTED_DOCUMENTS_MANIFEST is set but PERSISTED_DOCUMENTS is off: set PERSISTED_DOCUMENTS=allow or require, or unset the manifest');
    return Object.freeze({ mode, documents: new Map() });
  }
  if (path === null) throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST is required with PERSISTED_DOCUMENTS=${mode}: the persisted-documents.json the codegen client preset writes`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): '${path}'`);
  }
  const expected = `a JSON object of "<hash>": "<document>" (the codegen client preset's persisted-documents.json)`;
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST must be ${expected}; '${path}' is not valid JSON`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST must be ${expected}; '${path}' is not an object`);
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    if (!/^\S{1,200}$/.test(hash) || typeof document !== 'string' || document.trim() === '') {
      throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST must be ${expected}; '${path}' has the entry '${hash.slice(0, 80)}' that is not`);
    }
    try {
      parse(document, { noLocation: true });
    } catch (error) {
      throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST: the document of '${hash}' in '${path}' does not parse: ${(error as Error).message.split('\n')[0]}`);
    }
    documents.set(hash, document);
  }
  return Object.freeze({ mode, documents });
}
