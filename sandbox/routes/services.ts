import type { Route } from '../router';

export const serviceRoutes: Route[] = [];
