import type { Route } from '../router';
import { accountRoutes } from './accounts';
import { distributorRoutes } from './distributors';
import { subscriberRoutes } from './subscribers';
import { guardianRoutes } from './guardian';
import { callFilterRoutes } from './call-filters';
import { messageFilterRoutes } from './message-filters';
import { messageRouteRoutes } from './message-routes';
import { messageRoutes } from './messages';
import { voiceRouteRoutes } from './voice-routes';
import { numberRoutes } from './numbers';
import { portingRoutes } from './porting';
import { dataUsageRoutes } from './data-usage';
import { voicemailRoutes } from './voicemail';
import { productRoutes } from './products';
import { packageRoutes } from './packages';
import { serviceRoutes } from './services';
import { subscriptionRoutes } from './subscriptions';
import { featureRoutes } from './features';
import { workgroupRoutes } from './workgroups';
import { webhookRoutes } from './webhooks';

/** Every /v1.0 endpoint except the token endpoint (server.ts), one module per resource. */
export const allRoutes: Route[] = [
  ...accountRoutes,
  ...distributorRoutes,
  ...subscriberRoutes,
  ...guardianRoutes,
  ...callFilterRoutes,
  ...messageFilterRoutes,
  ...messageRouteRoutes,
  ...messageRoutes,
  ...voiceRouteRoutes,
  ...numberRoutes,
  ...portingRoutes,
  ...dataUsageRoutes,
  ...voicemailRoutes,
  ...productRoutes,
  ...packageRoutes,
  ...serviceRoutes,
  ...subscriptionRoutes,
  ...featureRoutes,
  ...workgroupRoutes,
  ...webhookRoutes,
];
