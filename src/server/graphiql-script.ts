import type { GraphiQLTab } from './graphiql-examples';

/** What the browser script needs to know about the gateway it is served by. */
export interface GraphiQLScriptSettings {
  /** The GraphQL endpoint's path, for HTTP and for graphql-ws (same path, ws: or wss:). */
  endpoint: string;
  /** Sandbox mode: where the demo principals and their tokens are listed (the "Act as" picker); null: no picker. */
  principalsPath: string | null;
  /** What a new tab shows in the query editor. */
  defaultQuery: string;
  /** The tabs a first visit shows (the example operations); later visits find the tabs as they were left. */
  defaultTabs: GraphiQLTab[];
}

/** Where the browser keeps the "Act as" choice (a demo principal's name, or a pasted token). */
export const ACT_AS_STORAGE_KEY = 'telegent-graph:act-as';

/**
 * GraphiQL's init.js: plain browser JavaScript (React and GraphiQL from their UMD globals), served
 * as a file so the page's Content-Security-Policy can forbid inline scripts.
 *
 * Every operation goes through one fetcher, which sends the Headers tab's headers; GraphiQL's
 * toolkit also sends them as the `connection_init` payload of the WebSocket it opens for a
 * subscription, so an `Authorization` typed there reaches both transports. In sandbox mode the
 * "Act as" picker replaces that header with the chosen demo principal's (or a pasted) token.
 */
export function graphiqlScript(settings: GraphiQLScriptSettings): string {
  return `'use strict';
(() => {
  const settings = ${JSON.stringify(settings)};
  const STORAGE_KEY = ${JSON.stringify(ACT_AS_STORAGE_KEY)};
  const h = React.createElement;
  const defaultHeaders = JSON.stringify({ Authorization: '' }, null, 2);

  const endpoint = new URL(settings.endpoint, location.href);
  const subscriptionUrl = (endpoint.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + endpoint.host + endpoint.pathname;
  const baseFetcher = GraphiQL.createFetcher({ url: endpoint.href, subscriptionUrl });

  /** The fetcher sending \`authorization\` instead of any Authorization the Headers tab has (null: the tab as typed). */
  function fetcherFor(authorization) {
    if (!authorization) return baseFetcher;
    return (params, options) => {
      const headers = {};
      for (const [name, value] of Object.entries((options && options.headers) || {})) {
        if (name.toLowerCase() !== 'authorization') headers[name] = value;
      }
      headers.Authorization = authorization;
      return baseFetcher(params, Object.assign({}, options, { headers }));
    };
  }

  // A choice: { kind: 'none' } | { kind: 'principal', name } | { kind: 'custom', token }.
  function loadChoice() {
    try {
      const choice = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
      if (choice && ['none', 'principal', 'custom'].includes(choice.kind)) return choice;
    } catch (error) {
      // Storage refused or garbled: start with no choice.
    }
    return { kind: 'none' };
  }
  function saveChoice(choice) {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
    } catch (error) {
      // Storage refused (private window): the choice lasts until the page is left.
    }
  }
  const bearer = (token) => {
    const bare = String(token || '').trim().replace(/^Bearer\\s+/i, '');
    return bare ? 'Bearer ' + bare : null;
  };
  function authorizationOf(choice, principals) {
    if (choice.kind === 'principal') {
      const principal = principals.find((p) => p.name === choice.name);
      return principal ? 'Bearer ' + principal.token : null;
    }
    return choice.kind === 'custom' ? bearer(choice.token) : null;
  }
  function describe(choice, principals) {
    const principal = choice.kind === 'principal' && principals.find((p) => p.name === choice.name);
    if (principal) {
      const reach = principal.accounts.length > 0 ? principal.accounts.join(', ') : principal.subscriber || 'the whole distributor';
      return principal.role + ' · ' + reach + ' · ' + principal.scopes.join(' ');
    }
    if (choice.kind === 'custom') return 'sends Authorization: Bearer <the token above>';
    return 'no token: operations answer UNAUTHENTICATED unless the Headers tab has an Authorization';
  }

  function ActAs({ principals, choice, onChoose }) {
    const [draft, setDraft] = React.useState(choice.kind === 'custom' ? choice.token : '');
    const value = choice.kind === 'principal' ? 'principal:' + choice.name : choice.kind;
    const pick = (event) => {
      const picked = event.target.value;
      if (picked.startsWith('principal:')) onChoose({ kind: 'principal', name: picked.slice('principal:'.length) });
      else if (picked === 'custom') onChoose({ kind: 'custom', token: draft });
      else onChoose({ kind: 'none' });
    };
    const applyDraft = (event) => {
      event.preventDefault();
      onChoose({ kind: 'custom', token: draft });
    };
    return h(
      'form',
      { className: 'tg-act-as', onSubmit: applyDraft },
      h('label', { htmlFor: 'tg-act-as-principal' }, 'Act as'),
      h(
        'select',
        { id: 'tg-act-as-principal', value, onChange: pick },
        h('option', { value: 'none' }, 'Nobody (no token)'),
        principals.map((p) => h('option', { key: p.name, value: 'principal:' + p.name }, p.name)),
        h('option', { value: 'custom' }, 'Custom token…'),
      ),
      choice.kind === 'custom' &&
        h('input', {
          id: 'tg-act-as-token',
          type: 'text',
          placeholder: 'Paste a token (npm run token -- --role …) and press Enter',
          value: draft,
          spellCheck: false,
          autoComplete: 'off',
          onChange: (event) => setDraft(event.target.value),
        }),
      choice.kind === 'custom' && h('button', { type: 'submit' }, 'Use'),
      h('span', { className: 'tg-act-as-reach', title: describe(choice, principals) }, describe(choice, principals)),
    );
  }

  function App({ principals }) {
    const [choice, setChoice] = React.useState(() => (principals ? loadChoice() : { kind: 'none' }));
    const authorization = principals ? authorizationOf(choice, principals) : null;
    // A new fetcher makes GraphiQL introspect again, now as the chosen principal.
    const fetcher = React.useMemo(() => fetcherFor(authorization), [authorization]);
    const choose = (next) => {
      saveChoice(next);
      setChoice(next);
    };
    return h(
      'div',
      { className: 'tg-layout' },
      principals && h(ActAs, { principals, choice, onChoose: choose }),
      h(
        'div',
        { className: 'tg-graphiql' },
        h(GraphiQL, {
          fetcher,
          isHeadersEditorEnabled: true,
          shouldPersistHeaders: false,
          defaultEditorToolsVisibility: 'headers',
          defaultHeaders,
          defaultQuery: settings.defaultQuery,
          defaultTabs: settings.defaultTabs.map((tab) => Object.assign({ headers: defaultHeaders }, tab)),
        }),
      ),
    );
  }

  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  if (!settings.principalsPath) {
    root.render(h(App, { principals: null }));
    return;
  }
  fetch(settings.principalsPath, { headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error('HTTP ' + response.status))))
    .then(
      (principals) => root.render(h(App, { principals })),
      (error) => {
        console.error('telegent-graph: the demo principals could not be loaded; paste a token instead', error);
        root.render(h(App, { principals: [] }));
      },
    );
})();
`;
}
