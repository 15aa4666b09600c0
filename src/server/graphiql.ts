import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Router } from 'express';
import { type GraphiQLExampleData, WELCOME, graphiqlExamples } from './graphiql-examples';
import { graphiqlScript } from './graphiql-script';

/**
 * Self-hosted GraphiQL: the page and its assets come from the graphiql and react packages in
 * node_modules, so it works offline and loads nothing from a CDN. Only these files are served.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
};

/** A package's folder: these files are not in the packages' `exports`, so require.resolve cannot name them. */
function packageRoot(pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg) return dir;
  }
  throw new Error(`cannot locate the ${pkg} package`);
}

const page = (base: string): string => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>telegent-graph · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="${base}/graphiql.min.css" />
  <style>
    body { margin: 0; }
    #graphiql, .tg-layout { height: 100vh; }
    .tg-layout { display: flex; flex-direction: column; }
    .tg-graphiql { flex: 1; min-height: 0; }
    .tg-act-as { display: flex; align-items: center; gap: 8px; padding: 6px 12px; font: 14px system-ui, sans-serif;
      background: hsl(219, 28%, 100%); color: hsl(219, 28%, 32%); border-bottom: 1px solid hsla(219, 28%, 32%, 0.15); }
    .tg-act-as input { flex: 1; min-width: 12em; font-family: monospace; }
    .tg-act-as-reach { flex: 1; opacity: 0.7; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    body.graphiql-dark .tg-act-as { background: hsl(219, 29%, 18%); color: hsl(219, 29%, 78%); }
    @media (prefers-color-scheme: dark) {
      body:not(.graphiql-light) .tg-act-as { background: hsl(219, 29%, 18%); color: hsl(219, 29%, 78%); }
    }
  </style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${base}/react.production.min.js"></script>
  <script src="${base}/react-dom.production.min.js"></script>
  <script src="${base}/graphiql.min.js"></script>
  <script src="${base}/init.js"></script>
</body>
</html>`;

/** A browser asking for HTML at the GraphQL path gets GraphiQL; API clients never do. */
export function wantsGraphiQL(accept: string | undefined, method: string): boolean {
  return method === 'GET' && (accept ?? '').includes('text/html');
}

/**
 * The page runs only its own scripts and talks only to its own origin (HTTP and WebSocket: CSP 3's
 * 'self' covers ws: and wss: of the same host). GraphiQL sets styles inline, so styles may be inline.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface GraphiQLOptions {
  graphqlPath: string;
  assetsPath: string;
  /** Sandbox mode: the demo principals' list, for the "Act as" picker; null (default): no picker. */
  principalsPath?: string | null;
  /** Sandbox mode: the demo data the example tabs' variables name; null (default): placeholders. */
  exampleData?: GraphiQLExampleData | null;
}

/**
 * GraphiQL at the GraphQL path (for browsers) and its assets: open to anyone, like any static page;
 * only the operations it sends need a token.
 */
export function graphiqlRouter({ graphqlPath, assetsPath, principalsPath = null, exampleData = null }: GraphiQLOptions): Router {
  const router = Router();
  const script = graphiqlScript({ endpoint: graphqlPath, principalsPath, defaultQuery: WELCOME, defaultTabs: graphiqlExamples(exampleData) });
  router.get(`${assetsPath}/init.js`, (_req, res) => {
    res.type('text/javascript').setHeader('Cache-Control', 'no-cache');
    res.send(script);
  });
  router.get(`${assetsPath}/:file`, (req, res, next) => {
    const asset = ASSETS[req.params.file];
    if (!asset) return next();
    res.type(asset.type).setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(join(packageRoot(asset.pkg), asset.file));
  });
  router.get(graphqlPath, (req, res, next) => {
    if (!wantsGraphiQL(req.headers.accept, req.method)) return next();
    res.type('html').set({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' }).send(page(assetsPath));
  });
  return router;
}
