import type { Route } from '../router';

export const messageFilterRoutes: Route[] = [];
