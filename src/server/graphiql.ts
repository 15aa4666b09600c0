import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Router } from 'express';

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

/** What a first visit shows in the editor: a query that works against the demo data. */
const DEFAULT_QUERY = `# telegent-graph: the Telegent platform as one graph. Press the ▶ button.
# The Docs icon (top left) describes every type and field.
{
  accounts(first: 5) {
    totalCount
    edges {
      node {
        id
        name
        subscribers(first: 3) {
          totalCount
          edges { node { name role numbers { number numberType subscription { package { name price } } } } }
        }
      }
    }
  }
}
`;

/** Mounts GraphiQL; the editor sends its queries to `endpoint` with the headers typed in its Headers tab. */
const initScript = (endpoint: string): string => `
const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
    defaultHeaders: JSON.stringify({ Authorization: '' }, null, 2),
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
  }),
);
`;

const page = (base: string): string => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>telegent-graph · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="${base}/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
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

export function graphiqlRouter(graphqlPath: string, assetsPath: string): Router {
  const router = Router();
  router.get(`${assetsPath}/init.js`, (_req, res) => {
    res.type('text/javascript').send(initScript(graphqlPath));
  });
  router.get(`${assetsPath}/:file`, (req, res, next) => {
    const asset = ASSETS[req.params.file];
    if (!asset) return next();
    res.type(asset.type).setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(join(packageRoot(asset.pkg), asset.file));
  });
  router.get(graphqlPath, (req, res, next) => {
    if (!wantsGraphiQL(req.headers.accept, req.method)) return next();
    res.type('html').send(page(assetsPath));
  });
  return router;
}
