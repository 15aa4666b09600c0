import type { Route } from '../router';

export const distributorRoutes: Route[] = [];
