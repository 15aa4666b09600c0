import type { Route } from '../router';

export const messageRouteRoutes: Route[] = [];
