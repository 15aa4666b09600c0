/** The demo data the examples' variables name, in sandbox mode; without it they hold placeholders to replace. */
export interface GraphiQLExampleData {
  /** Acme Mobile. */
  accountId: string;
  /** Acme's message route, which provisioned numbers join. */
  messageRouteId: string;
  /** Acme's open port-in order. */
  portInOrderId: string;
}

/** One GraphiQL tab as a first visit shows it (GraphiQL's `defaultTabs`); the title is its operation's name. */
export interface GraphiQLTab {
  query: string;
  /** JSON text. */
  variables?: string;
}

/** What a first visit shows: a query that works against the demo data, and where the other examples are. */
export const WELCOME = `# telegent-graph: the Telegent platform as one graph. Press the ▶ button.
# Every operation needs a token: pick a principal under "Act as" (sandbox mode),
# or put {"Authorization": "Bearer <token>"} in the Headers tab.
# The Docs icon (top left) describes every type and field. The other tabs hold examples:
# AccountScreen, ProvisionNumber, SubmitPortIn and WatchPortIn (its subscription).
query Accounts {
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

/** README "The graph": an account screen in one request. */
const ACCOUNT_SCREEN = `# An account screen in one request (README "The graph"): its subscribers, their numbers,
# subscriptions and packages. Costs a handful of upstream calls however many subscribers.
query AccountScreen($id: ID!) {
  account(id: $id) {
    name
    subscribers(first: 100) {
      totalCount
      edges { node { name role numbers { number numberType subscription { type package { name price } } } } }
    }
  }
}
`;

const PROVISION_NUMBER = `# Buys a number (Telegent's provisioning) in area 801, on the account's message route.
# The idempotency key makes a retry safe: sent again with the same key, the mutation answers
# the first purchase instead of buying twice. Change the key to buy another number.
mutation ProvisionNumber($input: ProvisionNumberInput!) {
  provisionNumber(input: $input) {
    order { id status orderDate }
    qrCode
    phoneNumber { id number numberType productType messageRoute { id name } }
  }
}
`;

const SUBMIT_PORT_IN = `# Ports a number in from another carrier. In the sandbox the number's last digit decides
# the outcome: …1 ports, …7 is a wireline number, …9 is rejected, …0 is not portable.
# Then put the order's id into the WatchPortIn tab's variables and run it: each status shows
# as the sandbox moves the order (a step a minute). A number can have one open port-in.
mutation SubmitPortIn($input: SubmitPortInInput!) {
  submitPortIn(input: $input) {
    order { id status numbers orderDate }
  }
}
`;

const WATCH_PORT_IN = `# A subscription (over the WebSocket): the order's status now, then each change, until a
# final one (Complete, Completed, Rejected, Cancelled, Error). The result pane shows the latest.
# orderId: the demo data's open port-in, or the id SubmitPortIn answered.
subscription WatchPortIn($orderId: ID!) {
  orderStatusChanged(orderId: $orderId) { id status statusMessage numbers }
}
`;

const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** The example tabs, their variables naming `data` (sandbox mode) or placeholders. */
export function graphiqlExamples(data: GraphiQLExampleData | null): GraphiQLTab[] {
  const accountId = data?.accountId ?? 'AID-…';
  return [
    { query: WELCOME },
    { query: ACCOUNT_SCREEN, variables: json({ id: accountId }) },
    {
      query: PROVISION_NUMBER,
      variables: json({
        input: {
          accountId,
          numberType: 'MVNO',
          messageType: 'P2P',
          messageEnabled: true,
          voiceEnabled: false,
          productType: 'SMS_DATA',
          messageRouteId: data?.messageRouteId ?? 'MRID-…',
          areaCode: '801',
          idempotencyKey: 'graphiql-example-1',
        },
      }),
    },
    {
      query: SUBMIT_PORT_IN,
      variables: json({
        input: {
          accountId,
          number: '+18015550951',
          currentCarrierName: 'Verizon',
          currentAccountNumber: '46512222',
          currentAccountPassword: '0000',
          currentBillingAddress: { street1: '1 Main St', city: 'Lehi', state: 'UT', zip: '84043' },
        },
      }),
    },
    { query: WATCH_PORT_IN, variables: json({ orderId: data?.portInOrderId ?? 'JNUOID-…' }) },
  ];
}

/** The example data in the sandbox's demo seed (its `demoIdentities()`). */
export function exampleDataOf(demo: { acme: { accountId: string; messageRouteId: string }; portIn: { orderId: string } }): GraphiQLExampleData {
  return { accountId: demo.acme.accountId, messageRouteId: demo.acme.messageRouteId, portInOrderId: demo.portIn.orderId };
}
