import type { Route } from '../router';

export const portingRoutes: Route[] = [];
