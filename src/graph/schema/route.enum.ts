import { registerEnumType } from 'type-graphql';

/** The HTTP method Telegent uses to call a route's URL (`MessageUrlMethod`, `VoiceUrlMethod`, … `GET`|`POST`). */
export enum CallbackMethod {
  GET = 'GET',
  POST = 'POST',
}
registerEnumType(CallbackMethod, {
  name: 'CallbackMethod',
  description: 'How Telegent calls a route’s URL.',
  valuesConfig: {
    GET: { description: 'The event’s fields as query parameters.' },
    POST: { description: 'The event as a JSON body.' },
  },
});

/** How Telegent authenticates when it calls you (`None`|`Basic`|`Bearer`; webhooks also say `Token` for Bearer). */
export enum AuthenticationType {
  NONE = 'NONE',
  BASIC = 'BASIC',
  BEARER = 'BEARER',
}
registerEnumType(AuthenticationType, {
  name: 'AuthenticationType',
  description: 'How Telegent authenticates to your endpoint.',
  valuesConfig: {
    NONE: { description: 'No credentials.' },
    BASIC: { description: 'HTTP Basic with a username and a password.' },
    BEARER: { description: 'An `Authorization: Bearer` token.' },
  },
});

/** A voice route's `RouteType` (`Trunk`|`URL`|`Forward`). */
export enum VoiceRouteType {
  TRUNK = 'TRUNK',
  URL = 'URL',
  FORWARD = 'FORWARD',
}
registerEnumType(VoiceRouteType, {
  name: 'VoiceRouteType',
  description: 'Where a voice route sends calls.',
  valuesConfig: {
    TRUNK: { description: 'A SIP trunk to your SBC or PBX (most MVNOs); needs a primary trunk.' },
    URL: { description: 'A webhook that drives the call; needs a voice URL.' },
    FORWARD: { description: 'A forward to a PSTN number; needs a forward number.' },
  },
});

/** SIP transport of a trunk (`TrunkTransport1`/`2`: `UDP`|`TCP`|`TLS`). */
export enum TrunkTransport {
  UDP = 'UDP',
  TCP = 'TCP',
  TLS = 'TLS',
}
registerEnumType(TrunkTransport, {
  name: 'TrunkTransport',
  description: 'SIP transport of a trunk.',
  valuesConfig: {
    UDP: { description: 'SIP over UDP.' },
    TCP: { description: 'SIP over TCP.' },
    TLS: { description: 'SIP over TLS (encrypted signalling).' },
  },
});
