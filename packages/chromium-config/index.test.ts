import { afterEach, describe, expect, it, vi } from 'vitest';

// index.js reads CHROMIUM_PATH once, when it is first imported.
async function loadWith(chromiumPath: string | undefined) {
  vi.resetModules();
  vi.stubEnv('CHROMIUM_PATH', chromiumPath);
  return import('./index.js');
}

describe('CHROMIUM_PATH', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("uses Debian's Chromium when unset", async () => {
    const { chromiumLaunchOptions } = await loadWith(undefined);
    expect(chromiumLaunchOptions.executablePath).toBe('/usr/bin/chromium');
  });

  it('uses the given executable', async () => {
    const { chromiumExecutable, chromiumLaunchOptions } = await loadWith('/opt/chrome/chrome');
    expect(chromiumExecutable).toBe('/opt/chrome/chrome');
    expect(chromiumLaunchOptions.executablePath).toBe('/opt/chrome/chrome');
  });

  it("leaves the executable to Playwright's own browser when empty", async () => {
    const { chromiumExecutable, chromiumLaunchOptions } = await loadWith('');
    expect(chromiumExecutable).toBeUndefined();
    expect(chromiumLaunchOptions).not.toHaveProperty('executablePath');
  });

  it('makes every outside host unresolvable', async () => {
    const { chromiumLaunchOptions } = await loadWith(undefined);
    expect(chromiumLaunchOptions.args).toContain(
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    );
  });
});
