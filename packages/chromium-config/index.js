/**
 * One place that says how every browser test here starts Chromium: Playwright's
 * end-to-end suite and the Vitest browser projects all import it by name.
 *
 * Plain JavaScript on purpose: Vite and Playwright load their config files with
 * workspace packages left to Node, and Node 20 cannot run TypeScript. The types
 * are in types.d.ts; `check-types` checks this file against them.
 *
 * `CHROMIUM_PATH` overrides the executable. Set it to an empty string to let
 * Playwright use its own downloaded browser instead of Debian's.
 */
const fromEnv = process.env.CHROMIUM_PATH;

/** @type {typeof import('./types.d.ts').chromiumExecutable} */
export const chromiumExecutable =
  fromEnv === undefined ? '/usr/bin/chromium' : fromEnv === '' ? undefined : fromEnv;

/** @type {typeof import('./types.d.ts').chromiumArgs} */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium's own calls home ignore the flags above; this makes every outside
  // host unresolvable, so an accidental request fails loudly in a test.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** @type {typeof import('./types.d.ts').chromiumLaunchOptions} */
export const chromiumLaunchOptions = {
  ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}),
  args: chromiumArgs,
};
