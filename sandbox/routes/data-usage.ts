import type { Route } from '../router';

export const dataUsageRoutes: Route[] = [];
