import type { Route } from '../router';

export const subscriberRoutes: Route[] = [];
