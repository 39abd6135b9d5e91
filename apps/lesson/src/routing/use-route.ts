import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { buildPath, parseRoute, type Route } from './routes.js';

/** The current route, parsed from the hash. */
export function useRoute(): Route {
  const [location] = useLocation();
  return parseRoute(location);
}

/** Navigates to a route; `replace` keeps the history clean for redirects and followers. */
export function useGoTo(): (route: Route, options?: { replace?: boolean }) => void {
  const [, navigate] = useLocation();
  return useCallback(
    (route, options) => {
      navigate(buildPath(route), { replace: options?.replace ?? false });
    },
    [navigate],
  );
}
