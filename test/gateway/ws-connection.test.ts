import { print } from 'graphql';
import { OrderStatusChangedDocument, SubmitPortInDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { subscribe, wsClient } from '../helpers/subscriptions';
import { operatorAuthorization } from '../helpers/auth';
import { RawSocket } from '../helpers/raw-socket';

describe('GraphQL over WebSocket', () => {
  let gateway: TestGateway;
  const sockets: RawSocket[] = [];
  const open = async (): Promise<RawSocket> => {
    const socket = await RawSocket.open(gateway.url);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    gateway = await TestGateway.start({ env: { WS_CONNECTION_INIT_TIMEOUT_MS: '300', WS_KEEPALIVE_MS: '200' } });
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.socket.terminate()));
  afterAll(() => gateway.stop());

  describe('Connect', () => {
    it('should acknowledge connection_init, taking the client’s credentials in its payload', async () => {
      const socket = await open();
      socket.send({ type: 'connection_init', payload: { authorization: await operatorAuthorization() } });
      await socket.until(() => socket.messages.length > 0);
      expect(socket.messages[0]).toEqual({ type: 'connection_ack' });
    });

    it('should close the socket with 4401 when connection_init carries no valid credential', async () => {
      for (const payload of [undefined, { authorization: 'Bearer client-token' }]) {
        const socket = await open();
        socket.send({ type: 'connection_init', ...(payload ? { payload } : {}) });
        await socket.until(() => socket.closed !== null);
        expect(socket.closed!.code).toBe(4401);
        expect(socket.messages).toEqual([]);
      }
    });

    it('should close the socket with 4408 when connection_init does not come in time', async () => {
      const socket = await open();
      await socket.until(() => socket.closed !== null);
      expect(socket.closed!.code).toBe(4408);
    });

    it('should close the socket with 4400 on a malformed message', async () => {
      const socket = await open();
      socket.send('{not json');
      await socket.until(() => socket.closed !== null);
      expect(socket.closed!.code).toBe(4400);
    });

    it('should close the socket with 4401 on a subscribe before the connection is acknowledged', async () => {
      const socket = await open();
      socket.send({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } });
      await socket.until(() => socket.closed !== null);
      expect(socket.closed!.code).toBe(4401);
    });

    it('should ping idle sockets to keep them alive', async () => {
      const socket = await open();
      socket.send({ type: 'connection_init', payload: { Authorization: await operatorAuthorization() } });
      await socket.until(() => socket.pinged, 2_000);
      expect(socket.closed).toBeNull();
    });
  });

  describe('Subscribe', () => {
    const connected = async (): Promise<RawSocket> => {
      const socket = await open();
      socket.send({ type: 'connection_init', payload: { Authorization: await operatorAuthorization() } });
      await socket.until(() => socket.messages.some((m) => m.type === 'connection_ack'));
      return socket;
    };

    it('should answer an invalid document with an error message, keeping the socket open', async () => {
      const socket = await connected();
      socket.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { noSuchField }' } });
      await socket.until(() => socket.messages.some((m) => m.type === 'error'));
      expect(socket.messages.find((m) => m.type === 'error')).toMatchObject({ id: '1', payload: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
      expect(socket.closed).toBeNull();
    });

    it('should refuse over WebSocket what the cost limit refuses over HTTP', async () => {
      const socket = await connected();
      const query = '{ accounts(first: 100) { edges { node { subscribers(first: 100) { edges { node { guardian { features { calls } } } } } } } } }';
      socket.send({ id: '2', type: 'subscribe', payload: { query } });
      await socket.until(() => socket.messages.some((m) => m.type === 'error'));
      expect(socket.messages.find((m) => m.type === 'error').payload[0].extensions).toMatchObject({ code: 'QUERY_COST_EXCEEDED', estimatedUpstreamCalls: 10_000 });
      expect((await gateway.sandbox.stats()).byEndpoint['GET /v1.0/distributor/subscribers'] ?? 0).toBe(0);
    });

    it('should answer variables that do not fit with BAD_USER_INPUT, without repeating a secret', async () => {
      const socket = await connected();
      socket.send({ id: '3', type: 'subscribe', payload: { query: 'mutation { requestPortOut(input: { number: "+18015550100", pin: 4417 }) { order { id } } }' } });
      const query = 'mutation($input: RequestPortOutInput!) { requestPortOut(input: $input) { order { id } } }';
      socket.send({ id: '4', type: 'subscribe', payload: { query, variables: { input: { number: '+18015550100', pin: 5528 } } } });
      await socket.until(() => socket.messages.filter((m) => m.type === 'error').length === 2);
      const [literal, variable] = socket.messages.filter((m) => m.type === 'error');
      expect(literal.payload[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(variable.payload[0]).toMatchObject({ message: expect.stringContaining('input.pin'), extensions: { code: 'BAD_USER_INPUT' } });
      expect(JSON.stringify(socket.messages)).not.toMatch(/4417|5528/);
    });
  });

  describe('Shutdown', () => {
    it('should tell subscribers to reconnect (1012) and let in-flight HTTP requests finish', async () => {
      const ending = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 } });
      const client = wsClient(ending.url);
      const accountId = (await ending.sandbox.accountIds())['Acme Mobile']!;
      const submitted = await ending.query(SubmitPortInDocument, {
        input: {
          number: '+13125550441',
          currentCarrierName: 'Verizon',
          currentAccountNumber: '1',
          currentAccountPassword: '0000',
          currentBillingAddress: { street1: '1 Main St', city: 'Lehi', state: 'UT', zip: '84043' },
          accountId,
        },
      });
      const orderId = submitted.body.data!.submitPortIn.order.id;
      let closeCode: number | null = null;
      client.on('closed', (event) => {
        closeCode = (event as { code: number }).code;
      });
      const log = subscribe(client, print(OrderStatusChangedDocument), { orderId });
      await log.until((l) => l.data.length === 1);

      await ending.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: 'GET /v1.0/distributor/subscribers', latencyMs: 700 }] });
      const slow = ending.query('{ accounts(first: 1) { totalCount } }');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await ending.app.stop();
      const answered = await slow;
      expect(answered.status).toBe(200);
      expect(answered.body.data.accounts.totalCount).toBeGreaterThan(0);
      await log.until((l) => l.completed);
      expect(closeCode).toBe(1012);
      await client.dispose();
      await ending.sandbox.stop();
    });
  });
});
