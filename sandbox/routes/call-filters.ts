import type { Route } from '../router';

export const callFilterRoutes: Route[] = [];
