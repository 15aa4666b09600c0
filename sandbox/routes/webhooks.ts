import type { Route } from '../router';

export const webhookRoutes: Route[] = [];
