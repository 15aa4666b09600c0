import {
  type CreateMessageRouteInput,
  CreateMessageRouteDocument,
  type CreateVoiceRouteInput,
  CreateVoiceRouteDocument,
  DeleteMessageRouteDocument,
  DeleteVoiceRouteDocument,
  MessageRouteByIdDocument,
  UpdateMessageRouteDocument,
  UpdateVoiceRouteDocument,
  VoiceRouteByIdDocument,
} from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';

const SECRET = 'route-s3cret-value';

describe('route mutations', () => {
  let gateway: TestGateway;
  let acme: string;
  const upstreamCalls = async (): Promise<number> => (await gateway.sandbox.stats()).total;
  const routeIdNamed = async (kind: 'message' | 'voice', name: string): Promise<string> => {
    const { body } = await gateway.sandbox.client().get(`/account/${kind}/routes`, { AccountId: acme });
    const route = body.Results.find((r: { RouteName: string }) => r.RouteName === name);
    return kind === 'message' ? route.MessageRouteId : route.CallRouteId;
  };

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  });
  afterAll(() => gateway.stop());

  describe('message routes', () => {
    const base = (): CreateMessageRouteInput => ({ accountId: acme, name: 'Campaign Inbox', messageUrl: 'https://inbox.acme-mobile.example/sms' });

    it('should create a route, answer it with its account, show it in a later query, and never return its credentials', async () => {
      const reply = await gateway.query(CreateMessageRouteDocument, {
        input: {
          ...base(),
          messageUrlMethod: 'GET',
          enabled: false,
          authentication: { type: 'BASIC', username: 'acme', password: SECRET },
          callbackUrl: 'https://inbox.acme-mobile.example/receipts',
          callbackAuthentication: { type: 'BEARER', token: SECRET },
          inboundGuardianBypass: true,
        },
      });
      expect(reply.body.errors).toBeUndefined();
      const { messageRoute, account } = reply.body.data!.createMessageRoute;
      expect(messageRoute).toEqual({
        id: expect.stringMatching(/^MRID-/),
        name: 'Campaign Inbox',
        messageUrl: 'https://inbox.acme-mobile.example/sms',
        messageUrlMethod: 'GET',
        enabled: false,
        authenticationType: 'BASIC',
        callbackUrl: 'https://inbox.acme-mobile.example/receipts',
        callbackUrlMethod: 'POST',
        callbackAuthenticationType: 'BEARER',
        inboundGuardianBypass: true,
        outboundGuardianBypass: false,
        intelligentRoutingEnabled: false,
      });
      expect(account!.id).toBe(acme);
      expect(account!.messageRoutes!.map((r) => r.id)).toContain(messageRoute.id);
      expect(JSON.stringify(reply.body)).not.toContain(SECRET);

      const later = await gateway.query(MessageRouteByIdDocument, { id: messageRoute.id });
      expect(later.body.data!.node).toEqual(messageRoute);
      // The credentials reached Telegent (write-only, not readable through the graph).
      const stored = (await gateway.sandbox.client().get('/message/routes', { MessageRouteId: messageRoute.id })).body;
      expect([stored.MessageUsername, stored.MessagePasswordToken, stored.CallbackMessagePasswordToken]).toEqual(['acme', SECRET, SECRET]);
    });

    it.each<[string, Partial<CreateMessageRouteInput>, string]>([
      ['a blank name', { name: '  ' }, 'input.name'],
      ['a name over 255 characters', { name: 'n'.repeat(256) }, 'input.name'],
      ['a message URL that is not http(s)', { messageUrl: 'ftp://inbox.example/sms' }, 'input.messageUrl'],
      ['a callback URL that is not a URL', { callbackUrl: 'receipts' }, 'input.callbackUrl'],
      ['an account ID of the wrong kind', { accountId: 'TSUID-1' }, 'input.accountId'],
      ['BASIC without a password', { authentication: { type: 'BASIC', username: 'acme' } }, 'input.authentication.password'],
      ['BASIC without a username', { authentication: { type: 'BASIC', password: SECRET } }, 'input.authentication.username'],
      ['BEARER without a token', { authentication: { type: 'BEARER' } }, 'input.authentication.token'],
      ['BASIC with a token', { authentication: { type: 'BASIC', username: 'a', password: SECRET, token: SECRET } }, 'input.authentication.token'],
      ['NONE with a password', { callbackAuthentication: { type: 'NONE', password: SECRET } }, 'input.callbackAuthentication.password'],
      ['a blank token', { callbackAuthentication: { type: 'BEARER', token: ' ' } }, 'input.callbackAuthentication.token'],
      ['a token over 255 characters', { authentication: { type: 'BEARER', token: 't'.repeat(256) } }, 'input.authentication.token'],
    ])('should refuse %s before calling the upstream, without echoing credentials', async (_, change, field) => {
      const before = await upstreamCalls();
      const reply = await gateway.query(CreateMessageRouteDocument, { input: { ...base(), ...change } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(reply.body.errors![0]!.message).not.toContain(SECRET);
      expect(await upstreamCalls()).toBe(before);
    });

    it('should pass on the platform’s refusal of a missing or foreign account', async () => {
      const missing = await gateway.query(CreateMessageRouteDocument, { input: { ...base(), accountId: null } });
      expect(missing.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: 'POST /v1.0/message/routes' } });
      const initech = (await gateway.sandbox.accountIds())['Initech Wireless']!;
      const foreign = await gateway.query(CreateMessageRouteDocument, { input: { ...base(), accountId: initech } });
      expect(foreign.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { endpoint: 'POST /v1.0/message/routes' } });
      expect(foreign.body.errors![0]!.message).toMatch(/Invalid AccountId/);
    });

    it('should change only what is sent, and show the change in a later query', async () => {
      const created = (await gateway.query(CreateMessageRouteDocument, { input: { ...base(), name: 'To Rename' } })).body.data!.createMessageRoute.messageRoute;
      const reply = await gateway.query(UpdateMessageRouteDocument, {
        input: { messageRouteId: created.id, name: 'Renamed', authentication: { type: 'BEARER', token: SECRET }, outboundGuardianBypass: true },
      });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateMessageRoute).toEqual({
        messageRoute: { ...created, name: 'Renamed', authenticationType: 'BEARER', outboundGuardianBypass: true },
        account: { id: acme },
      });
      expect((await gateway.query(MessageRouteByIdDocument, { id: created.id })).body.data!.node).toMatchObject({ name: 'Renamed', authenticationType: 'BEARER' });
    });

    it('should refuse an update locally when it is malformed, and pass on an unknown route', async () => {
      const before = await upstreamCalls();
      const wrongKind = await gateway.query(UpdateMessageRouteDocument, { input: { messageRouteId: 'CRID-1', name: 'x' } });
      expect(wrongKind.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.messageRouteId' });
      const blank = await gateway.query(UpdateMessageRouteDocument, { input: { messageRouteId: 'MRID-1', name: '' } });
      expect(blank.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
      expect(await upstreamCalls()).toBe(before);

      const unknown = await gateway.query(UpdateMessageRouteDocument, { input: { messageRouteId: 'MRID-00000000-0000-4000-8000-000000000000', name: 'x' } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/message/routes/update' } });
    });

    it('should delete an unused route and answer the account without it', async () => {
      const created = (await gateway.query(CreateMessageRouteDocument, { input: { ...base(), name: 'Short-lived' } })).body.data!.createMessageRoute.messageRoute;
      const reply = await gateway.query(DeleteMessageRouteDocument, { input: { messageRouteId: created.id } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.deleteMessageRoute.deletedId).toBe(created.id);
      expect(reply.body.data!.deleteMessageRoute.account!.id).toBe(acme);
      expect(reply.body.data!.deleteMessageRoute.account!.messageRoutes!.map((r) => r.id)).not.toContain(created.id);
      expect((await gateway.query(MessageRouteByIdDocument, { id: created.id })).body.data!.node).toBeNull();
    });

    it('should refuse to delete a route that numbers use with ROUTE_IN_USE naming them', async () => {
      const iotRoute = await routeIdNamed('message', 'Acme IoT Ingest');
      const inventory = (await gateway.sandbox.client().get('/numbers/inventory', { AccountId: acme, TotalPerPage: 1000 })).body.PhoneNumbers;
      const onRoute = inventory.filter((n: { MessageRouteId: string }) => n.MessageRouteId === iotRoute).map((n: { Number: string }) => n.Number);
      const reply = await gateway.query(DeleteMessageRouteDocument, { input: { messageRouteId: iotRoute } });
      expect(reply.body.data).toBeNull();
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'ROUTE_IN_USE', upstream: { status: 400, endpoint: 'POST /v1.0/message/routes/delete' } });
      expect(reply.body.errors![0]!.extensions!.numbers).toEqual(onRoute);
      expect(onRoute).toHaveLength(40);
    });

    it('should pass on an unknown route on delete', async () => {
      const reply = await gateway.query(DeleteMessageRouteDocument, { input: { messageRouteId: 'MRID-00000000-0000-4000-8000-000000000000' } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { endpoint: 'POST /v1.0/message/routes/delete' } });
    });
  });

  describe('voice routes', () => {
    const trunkRoute = (): CreateVoiceRouteInput => ({
      accountId: acme,
      name: 'Backup PBX',
      routeType: 'TRUNK',
      primaryTrunk: { ip: '20.30.40.50', uri: 'sip:pbx.acme-mobile.example', port: 5061, transport: 'TLS', enabled: true, priority: 10, weight: 50 },
    });

    it('should create a trunk route with its failover, answer every setting, and show it in a later query', async () => {
      const since = (await gateway.sandbox.admin('GET', 'requests')).body.requests.at(-1)?.seq ?? 0;
      const reply = await gateway.query(CreateVoiceRouteDocument, {
        input: {
          ...trunkRoute(),
          failoverTrunk: { ip: '20.30.40.51', port: 5060, transport: 'UDP', enabled: true, priority: 20, weight: 50 },
          callbackUrl: 'https://hooks.acme-mobile.example/calls',
          callbackUrlMethod: 'POST',
          ipWhitelist: ['20.30.40.50', '20.30.40.51'],
          headerManipulation: 'HMI8802029',
          transferCallerId: 'Transferee/Transferor',
          terminationUriSubdomain: 'acme',
          wssUri: 'wss://stream.acme-mobile.example',
          sipReferEnabled: true,
          symmetricRtp: true,
          secureTrunkEnabled: true,
          cnamLookup: true,
          callStreamingEnabled: true,
        },
      });
      expect(reply.body.errors).toBeUndefined();
      const { voiceRoute, account } = reply.body.data!.createVoiceRoute;
      expect(voiceRoute).toEqual({
        id: expect.stringMatching(/^CRID-/),
        name: 'Backup PBX',
        routeType: 'TRUNK',
        enabled: true,
        trunk: 'sip:pbx.acme-mobile.example',
        primaryTrunk: { ip: '20.30.40.50', uri: 'sip:pbx.acme-mobile.example', port: 5061, transport: 'TLS', enabled: true, priority: 10, weight: 50 },
        failoverTrunk: { ip: '20.30.40.51', uri: null, port: 5060, transport: 'UDP', enabled: true, priority: 20, weight: 50 },
        voiceUrl: null,
        voiceUrlMethod: null,
        authenticationType: null,
        callbackUrl: 'https://hooks.acme-mobile.example/calls',
        callbackUrlMethod: 'POST',
        forwardNumber: null,
        ipWhitelist: ['20.30.40.50', '20.30.40.51'],
        headerManipulation: 'HMI8802029',
        transferCallerId: 'Transferee/Transferor',
        terminationUriSubdomain: 'acme',
        wssUri: 'wss://stream.acme-mobile.example',
        sipReferEnabled: true,
        symmetricRtp: true,
        secureTrunkEnabled: true,
        pstnTransferEnabled: false,
        cnamLookup: true,
        callStreamingEnabled: true,
        intelligentRoutingEnabled: false,
      });
      expect(account!.voiceRoutes!.map((r) => r.id)).toContain(voiceRoute.id);
      expect((await gateway.query(VoiceRouteByIdDocument, { id: voiceRoute.id })).body.data!.node).toEqual(voiceRoute);

      // Telegent's own spellings on the wire, typos included.
      const [sent] = (await gateway.sandbox.admin('GET', `requests?since=${since}`)).body.requests.filter((r: { endpoint: string }) => r.endpoint === 'POST /v1.0/voice/routes');
      expect(sent.body).toMatchObject({ RouteType: 'Trunk', TrunkPort1: '5061', TrunkTransport1: 'TLS', Trunk1Priortiy: 10, Trunk2Priortiy: 20, IpWhitelist: [{ IpAddress: '20.30.40.50' }, { IpAddress: '20.30.40.51' }] });
    });

    it('should create URL and FORWARD routes with what each needs', async () => {
      const since = (await gateway.sandbox.admin('GET', 'requests')).body.requests.at(-1)?.seq ?? 0;
      const url = await gateway.query(CreateVoiceRouteDocument, {
        input: { accountId: acme, name: 'IVR App', routeType: 'URL', voiceUrl: 'https://ivr.acme-mobile.example/voice', voiceUrlMethod: 'POST', authentication: { type: 'BASIC', username: 'ivr', password: SECRET } },
      });
      expect(url.body.errors).toBeUndefined();
      expect(url.body.data!.createVoiceRoute.voiceRoute).toMatchObject({ routeType: 'URL', voiceUrl: 'https://ivr.acme-mobile.example/voice', authenticationType: 'BASIC', primaryTrunk: null });
      expect(JSON.stringify(url.body)).not.toContain(SECRET);
      // The create page's spelling (sic) and the correct one, so either binds upstream.
      const [sent] = (await gateway.sandbox.admin('GET', `requests?since=${since}`)).body.requests.filter((r: { endpoint: string }) => r.endpoint === 'POST /v1.0/voice/routes');
      expect(sent.body).toMatchObject({ VocieAuthenticationType: 'Basic', VoiceAuthenticationType: 'Basic', VoiceUsername: 'ivr', VoicePasswordToken: '***' });

      const forward = await gateway.query(CreateVoiceRouteDocument, { input: { accountId: acme, name: 'After Hours', routeType: 'FORWARD', forwardNumber: '+18015550123' } });
      expect(forward.body.errors).toBeUndefined();
      expect(forward.body.data!.createVoiceRoute.voiceRoute).toMatchObject({ routeType: 'FORWARD', forwardNumber: '+18015550123' });
    });

    it.each<[string, Partial<CreateVoiceRouteInput>, string]>([
      ['a TRUNK route without a primary trunk', { primaryTrunk: null }, 'input.primaryTrunk'],
      ['a TRUNK route whose primary trunk has no ip or uri', { primaryTrunk: { port: 5060 } }, 'input.primaryTrunk'],
      ['a URL route without a voice URL', { routeType: 'URL' }, 'input.voiceUrl'],
      ['a FORWARD route without a forward number', { routeType: 'FORWARD' }, 'input.forwardNumber'],
      ['a forward number that is not E.164', { forwardNumber: '801-555-0123' }, 'input.forwardNumber'],
      ['a trunk IP that is not an IP', { primaryTrunk: { ip: 'pbx.example' } }, 'input.primaryTrunk.ip'],
      ['a trunk port of 0', { primaryTrunk: { ip: '20.30.40.50', port: 0 } }, 'input.primaryTrunk.port'],
      ['a priority over 65535', { failoverTrunk: { ip: '20.30.40.51', priority: 70_000 } }, 'input.failoverTrunk.priority'],
      ['an IPv6 address in the whitelist', { ipWhitelist: ['20.30.40.50', '2001:db8::1'] }, 'input.ipWhitelist[1]'],
      ['a stream target that is not ws(s)', { wssUri: 'https://stream.example' }, 'input.wssUri'],
      ['a blank header manipulation', { headerManipulation: ' ' }, 'input.headerManipulation'],
      ['BEARER without a token', { authentication: { type: 'BEARER' } }, 'input.authentication.token'],
      ['an account ID of the wrong kind', { accountId: 'MRID-1' }, 'input.accountId'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const before = await upstreamCalls();
      const reply = await gateway.query(CreateVoiceRouteDocument, { input: { ...trunkRoute(), ...change } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await upstreamCalls()).toBe(before);
    });

    it('should update a route, and pass on the platform’s refusal of a result that cannot carry calls', async () => {
      const created = (await gateway.query(CreateVoiceRouteDocument, { input: trunkRoute() })).body.data!.createVoiceRoute.voiceRoute;
      const reply = await gateway.query(UpdateVoiceRouteDocument, { input: { voiceRouteId: created.id, enabled: false, primaryTrunk: { port: 5080 }, pstnTransferEnabled: true } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateVoiceRoute.voiceRoute).toEqual({ ...created, enabled: false, primaryTrunk: { ...created.primaryTrunk!, port: 5080 }, pstnTransferEnabled: true });
      expect((await gateway.query(VoiceRouteByIdDocument, { id: created.id })).body.data!.node).toMatchObject({ enabled: false, primaryTrunk: { port: 5080 } });

      // A trunk route made a URL route needs a voice URL, stored or sent: Telegent checks the result.
      const incomplete = await gateway.query(UpdateVoiceRouteDocument, { input: { voiceRouteId: created.id, routeType: 'URL' } });
      expect(incomplete.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: 'POST /v1.0/voice/routes/update' } });
      const unknown = await gateway.query(UpdateVoiceRouteDocument, { input: { voiceRouteId: 'CRID-00000000-0000-4000-8000-000000000000', enabled: true } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { endpoint: 'POST /v1.0/voice/routes/update' } });
    });

    it('should delete an unused route, and refuse one that numbers use with ROUTE_IN_USE', async () => {
      const created = (await gateway.query(CreateVoiceRouteDocument, { input: { ...trunkRoute(), name: 'Temp' } })).body.data!.createVoiceRoute.voiceRoute;
      const deleted = await gateway.query(DeleteVoiceRouteDocument, { input: { voiceRouteId: created.id } });
      expect(deleted.body.errors).toBeUndefined();
      expect(deleted.body.data!.deleteVoiceRoute).toEqual({ deletedId: created.id, account: { id: acme, voiceRoutes: expect.not.arrayContaining([{ id: created.id }]) } });

      const trunk = await routeIdNamed('voice', 'Acme SIP Trunk');
      const inUse = await gateway.query(DeleteVoiceRouteDocument, { input: { voiceRouteId: trunk } });
      expect(inUse.body.errors![0]!.extensions).toMatchObject({ code: 'ROUTE_IN_USE', upstream: { status: 400, endpoint: 'POST /v1.0/voice/routes/delete' } });
      expect(inUse.body.errors![0]!.extensions!.numbers).toHaveLength(120);

      const before = await upstreamCalls();
      const wrongKind = await gateway.query(DeleteVoiceRouteDocument, { input: { voiceRouteId: 'MRID-1' } });
      expect(wrongKind.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.voiceRouteId' });
      expect(await upstreamCalls()).toBe(before);
      const unknown = await gateway.query(DeleteVoiceRouteDocument, { input: { voiceRouteId: 'CRID-00000000-0000-4000-8000-000000000000' } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { endpoint: 'POST /v1.0/voice/routes/delete' } });
    });
  });
});
