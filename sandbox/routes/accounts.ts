import type { Route } from '../router';

export const accountRoutes: Route[] = [];
