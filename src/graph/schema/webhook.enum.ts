import { registerEnumType } from 'type-graphql';

/** The events an account webhook can subscribe to (REFERENCE.md §2.7 item 4, §3.16). */
export enum WebhookEvent {
  ORDER_UPDATE = 'ORDER_UPDATE',
  NEW_SMS = 'NEW_SMS',
  MESSAGE_STATUS = 'MESSAGE_STATUS',
  CALL_COMPLETED = 'CALL_COMPLETED',
  CALL_ON_HOLD = 'CALL_ON_HOLD',
  CALL_RECORDING = 'CALL_RECORDING',
  CALL_IN_PROGRESS = 'CALL_IN_PROGRESS',
  CALL_RINGING = 'CALL_RINGING',
}
registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'An event Telegent delivers to account webhooks.',
  valuesConfig: {
    ORDER_UPDATE: { description: 'A number order (provision, update, status change, port-in, port-out) changed status.' },
    NEW_SMS: { description: 'A platform number received an SMS or MMS.' },
    MESSAGE_STATUS: { description: 'A delivery receipt for an outbound message.' },
    CALL_COMPLETED: { description: 'A call ended.' },
    CALL_ON_HOLD: { description: 'A call was put on hold.' },
    CALL_RECORDING: { description: 'A call recording is available.' },
    CALL_IN_PROGRESS: { description: 'A call was answered.' },
    CALL_RINGING: { description: 'A call is ringing.' },
  },
});

/** `Method` of a webhook (`POST`|`PUT`). */
export enum WebhookMethod {
  POST = 'POST',
  PUT = 'PUT',
}
registerEnumType(WebhookMethod, {
  name: 'WebhookMethod',
  description: 'The HTTP method of webhook deliveries.',
  valuesConfig: { POST: { description: 'Deliveries are POSTed.' }, PUT: { description: 'Deliveries are PUT.' } },
});

/** `DataFormat` of a webhook (`json`|`xml`). */
export enum WebhookDataFormat {
  JSON = 'JSON',
  XML = 'XML',
}
registerEnumType(WebhookDataFormat, {
  name: 'WebhookDataFormat',
  description: 'The body format of webhook deliveries.',
  valuesConfig: { JSON: { description: 'A JSON body.' }, XML: { description: 'An XML body.' } },
});
