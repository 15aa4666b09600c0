import type { Route } from '../router';

export const packageRoutes: Route[] = [];
