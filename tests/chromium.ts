/**
 * One place that says how every browser test here starts Chromium: Playwright's
 * end-to-end suite and the Vitest browser projects all import it.
 *
 * `CHROMIUM_PATH` overrides the executable. Set it to an empty string to let
 * Playwright use its own downloaded browser instead of Debian's.
 */
const fromEnv = process.env.CHROMIUM_PATH;

export const chromiumExecutable: string | undefined =
  fromEnv === undefined ? '/usr/bin/chromium' : fromEnv === '' ? undefined : fromEnv;

export const chromiumArgs: string[] = [
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

export const chromiumLaunchOptions = {
  ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}),
  args: chromiumArgs,
};
