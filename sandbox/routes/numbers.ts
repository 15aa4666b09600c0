import type { Route } from '../router';

export const numberRoutes: Route[] = [];
