import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The examples in docs/examples/, run as a stranger would: both packages are
 * packed (`npm pack`, so `prepack` builds them), each example is copied to a
 * temporary folder outside the workspace and installs the tarballs (react and
 * vite come from the registry), then the terminal one runs and the React one
 * is built, served and opened in Chromium (the launch options of
 * playwright.config.ts, from @e2ee-kit/chromium).
 */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const examples = join(repoRoot, 'docs', 'examples');

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let workDir = '';
let tarballs: string[] = [];

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

/** Copies an example out of the workspace and installs the packed packages into it. */
function install(example: string): string {
  const dir = join(workDir, example);
  cpSync(join(examples, example), dir, {
    recursive: true,
    filter: (src) => !/node_modules|[\\/]dist$/.test(src),
  });
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs], dir);
  return dir;
}

test.beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'e2ee-kit-examples-'));
  const packs = join(workDir, 'packs');
  mkdirSync(packs);
  npm(
    ['pack', '-w', '@e2ee-kit/crypto-demo', '-w', '@e2ee-kit/ui', '--pack-destination', packs],
    repoRoot,
  );
  tarballs = readdirSync(packs)
    .filter((f) => f.endsWith('.tgz'))
    .map((f) => join(packs, f));
  expect(tarballs.map((t) => t.replace(/.*[\\/]/, '')).sort()).toEqual([
    'e2ee-kit-crypto-demo-0.1.0.tgz',
    'e2ee-kit-ui-0.1.0.tgz',
  ]);
});

test.afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('the terminal tutorial shows the ghost reading only what was sent after the access order', () => {
  const dir = install('terminal-tutorial');
  const output = npm(['start', '--silent'], dir);
  const [before, after] = output.split('Message from Bob, sent after the access order:');
  expect(before).toContain('Message from Alice, sent before the access order:');
  expect(before).toContain('  Ghost cannot read it (not-a-recipient)');
  expect(before).toContain('  Bob can read "See you at 6?"');
  expect(after).toContain('  Ghost can read "Bring the leaflets." (ghost)');
  expect(after).toContain('  Messenger cannot read it');
  expect(after).toContain("Alice's member list: Alice, Bob\n");
});

const contentTypes: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/** A static server for dist/ on a free port of 127.0.0.1. */
async function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(root, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

test('the React app builds, loads the crypto lazily and shows the ghost in the matrix', async ({
  page,
}, testInfo) => {
  const dir = install('react-app');
  npm(['run', 'build'], dir);

  // Sizes of the JavaScript: the first chunk, and the crypto loaded later.
  const assets = join(dir, 'dist', 'assets');
  const sizes = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(assets, f))).length }));
  const entryName = /src="\/assets\/([^"]+\.js)"/.exec(
    readFileSync(join(dir, 'dist', 'index.html'), 'utf8'),
  )?.[1];
  const entry = sizes.find((s) => s.file === entryName);
  const lazy = sizes.filter((s) => s.file !== entryName);
  testInfo.annotations.push({
    type: 'bundle sizes (gzip)',
    description: sizes.map((s) => `${s.file}: ${(s.gzip / 1024).toFixed(1)} KiB`).join(', '),
  });
  expect(entry, 'the entry chunk named in index.html').toBeDefined();
  expect(lazy.length, 'a separate chunk for the crypto').toBeGreaterThan(0);
  // libsodium is in the lazy chunk, not the first one.
  expect(readFileSync(join(assets, entry?.file ?? ''), 'utf8')).not.toContain('crypto_box');

  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });

  const { server, url } = await serve(join(dir, 'dist'));
  try {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'A chat with a ghost' })).toBeVisible();
    await expect(page.getByRole('gridcell', { name: 'Ghost cannot read message 1' })).toBeVisible();
    await expect(page.getByRole('gridcell', { name: 'Ghost can read message 2' })).toBeVisible();
    await expect(
      page.getByRole('gridcell', { name: 'Messenger cannot read message 2' }),
    ).toBeVisible();
    await expect(page.getByText('Loading the cryptography…')).toHaveCount(0);
  } finally {
    server.close();
  }
  expect(problems).toEqual([]);
});
