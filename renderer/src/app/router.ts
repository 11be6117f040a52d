/**
 * A tiny hash router for the unlocked app (no router dependency).
 * Invariant: the hash holds only a route id, never names or case data, so nothing
 * sensitive ends up in history or the window title.
 */
import { useSyncExternalStore } from 'react';

export const ROUTES = ['dashboard', 'cases', 'takedowns', 'settings'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'dashboard';

export function parseHash(hash: string): Route {
  const id = hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(id) ? (id as Route) : DEFAULT_ROUTE;
}

export function hrefFor(route: Route): string {
  return `#/${route}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => parseHash(window.location.hash));
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}
