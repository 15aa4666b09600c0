import type { Route } from '../router';

export const subscriptionRoutes: Route[] = [];
