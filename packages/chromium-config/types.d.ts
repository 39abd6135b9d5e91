/** Path of the Chromium to run; `undefined` lets Playwright use its own browser. */
export declare const chromiumExecutable: string | undefined;

/** Command-line flags for every test browser: no sandbox, no GPU, no calls home. */
export declare const chromiumArgs: string[];

/** `launchOptions` for Playwright and for Vitest's `playwright()` provider. */
export declare const chromiumLaunchOptions: {
  executablePath?: string;
  args: string[];
};
