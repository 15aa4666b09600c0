import type { Route } from '../router';

export const featureRoutes: Route[] = [];
