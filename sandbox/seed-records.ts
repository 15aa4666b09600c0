import type { AccountRecord, Address } from './model';
import type { SandboxState } from './state';

/** What the demo and the large seed build alike: addresses and an account's routes. */

export function address(street: string, city: string, state: string, zip: string): Address {
  return { Street1: street, Street2: null, City: city, State: state, Zip: zip, Country: 'USA' };
}

/** A message route of `account`, enabled, with Basic or Bearer credentials on both URLs; its ID. */
export function insertMessageRoute(state: SandboxState, account: AccountRecord, name: string, url: string, auth: 'Basic' | 'Bearer'): string {
  return state.messageRoutes.insert({
    id: state.entropy.id('MRID'),
    distributorId: account.distributorId,
    accountId: account.id,
    routeName: name,
    messageUrl: url,
    messageUrlMethod: 'POST',
    messageRouteEnabled: true,
    messageAuthenticationType: auth,
    messageUsername: auth === 'Basic' ? 'telegent' : null,
    messagePasswordToken: auth === 'Basic' ? 'sandbox-route-password' : 'sandbox-route-token',
    callbackMessageUrl: `${url}/status`,
    callbackMessageUrlMethod: 'POST',
    callbackMessageAuthenticationType: auth,
    callbackMessageUsername: auth === 'Basic' ? 'telegent' : null,
    callbackMessagePasswordToken: auth === 'Basic' ? 'sandbox-route-password' : 'sandbox-route-token',
    inboundBypass: false,
    outboundBypass: false,
    intelligentRouteEnabled: true,
  }).id;
}

/** A SIP trunk voice route of `account`, named after the account's first word; its ID. */
export function insertVoiceRoute(state: SandboxState, account: AccountRecord, name: string): string {
  const host = account.name.split(' ')[0]!.toLowerCase();
  return state.voiceRoutes.insert({
    id: state.entropy.id('CRID'),
    distributorId: account.distributorId,
    accountId: account.id,
    fields: {
      RouteName: name,
      RouteType: 'Trunk',
      TrunkIp1: '20.87.87.87',
      TrunkPort1: '5061',
      TrunkTransport1: 'UDP',
      TrunkUri1: `sip:pstn.${host}.example`,
      TrunkEnabled1: true,
      Trunk1Priortiy: 10,
      Trunk1Weight: 10,
      CallbackVoiceUrl: `https://hooks.${host}.example/voice-events`,
      CallbackVoiceUrlMethod: 'POST',
      IpWhitelist: [{ IpAddress: '20.20.10.10' }],
      IntelligentRouteEnabled: true,
      RouteEnabled: true,
    },
  }).id;
}
