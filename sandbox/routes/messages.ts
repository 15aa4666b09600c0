import type { Route } from '../router';

export const messageRoutes: Route[] = [];
