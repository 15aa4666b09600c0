/**
 * A ready graphql-codegen setup for an app that uses the gateway (README "Typed clients (codegen)"):
 * copy this file into the app, put the gateway's schema.graphql beside it (or point `schema` at a
 * running gateway), then `npx graphql-codegen --config codegen.client.ts`. It needs
 * @graphql-codegen/cli and @graphql-codegen/client-preset (tested with 5.0.7 and 4.8.3).
 *
 * It writes typed documents to src/gql/ (`graphql()` and the operation types), and
 * src/gql/persisted-documents.json: the manifest the gateway runs trusted documents from
 * (PERSISTED_DOCUMENTS_MANIFEST, README "Trusted documents"). Each document carries its hash in
 * `__meta__.hash`, which the app sends instead of the document.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * The gateway's custom scalars as they travel in JSON. Without this map the client preset types
 * them `any`; a scalar the gateway adds later comes out `unknown` (defaultScalarType) until it is here.
 */
export const scalars = {
  /** RFC 3339 at UTC: "2026-12-03T10:15:30Z". */
  DateTime: 'string',
  /** "+18015551234". */
  E164: 'string',
  EmailAddress: 'string',
  /** 19 or 20 digits starting with 89, optionally ending in F: a string, never a number. */
  ICCID: 'string',
  /** Any JSON value. */
  JSON: 'unknown',
  /** "2026-12-03". */
  LocalDate: 'string',
  /** "14:25" or "14:25:06". */
  LocalTime: 'string',
  /** US dollars as a decimal string ("19.99", "0.0045"): exact, unlike a float; keep it a string or a decimal type. */
  Money: 'string',
} as const;

const config: CodegenConfig = {
  // The gateway's schema.graphql (its repository has it at the root), or a running gateway:
  // { 'https://gateway.example.com/graphql': { headers: { Authorization: `Bearer ${process.env.TOKEN}` } } }
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx,graphql}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // persisted-documents.json, and `__meta__.hash` on each document. SHA-256, as Apollo's
        // `persistedQuery.sha256Hash` says (the preset's default is SHA-1).
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      // Apollo Client and urql add __typename to every selection: the manifest's documents must
      // carry it too, since the gateway runs the manifest's text, not what the app would have sent.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        scalars,
        defaultScalarType: 'unknown',
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
