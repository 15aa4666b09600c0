import type { Route } from '../router';

export const guardianRoutes: Route[] = [];
