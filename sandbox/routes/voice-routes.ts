import type { Route } from '../router';

export const voiceRouteRoutes: Route[] = [];
