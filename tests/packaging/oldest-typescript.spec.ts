import { expect, test } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The oldest TypeScript the READMEs promise type-checks a consumer of both
 * packages' published types (dist/*.d.ts), with skipLibCheck off, under
 * NodeNext and Bundler resolution.
 *
 * It is installed into a temporary folder rather than as an npm alias in
 * package.json: an alias's `tsc` bin would shadow the workspace's own `tsc`.
 */
const OLDEST_TYPESCRIPT = '5.7.3';
const consumer = fileURLToPath(new URL('./consumer/', import.meta.url));

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let dir = '';
let tsc = '';

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'e2ee-kit-oldest-ts-'));
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-save',
      `typescript@${OLDEST_TYPESCRIPT}`,
    ],
    { cwd: dir, stdio: 'ignore' },
  );
  tsc = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
});

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

for (const config of ['tsconfig.json', 'tsconfig.bundler.json']) {
  test(`TypeScript ${OLDEST_TYPESCRIPT} type-checks a consumer of both packages (${config})`, () => {
    const version = execFileSync(process.execPath, [tsc, '-v'], { encoding: 'utf8' });
    expect(version.trim()).toBe(`Version ${OLDEST_TYPESCRIPT}`);
    const result = spawnSync(process.execPath, [tsc, '-p', config], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
}
