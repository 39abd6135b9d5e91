#!/usr/bin/env node
// After `vite build` and `vite build --mode single`: prints what a browser
// downloads, gzip-compressed, and fails when the first load grows too heavy.
//
// - first load: the entry chunk and every chunk it imports statically (read
//   from dist/.vite/manifest.json); lazily imported demos are not counted;
// - all JS: every .js file in dist/;
// - single file: dist-single/index.html.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const budgetBytes = 300 * 1000; // first-load JS, gzip
const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(appDir, 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
const singlePath = join(appDir, 'dist-single', 'index.html');

const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

if (!existsSync(manifestPath)) {
  console.error(`report-size: ${manifestPath} is missing; run \`vite build\` first.`);
  process.exit(1);
}

/** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) {
  console.error(`report-size: expected one entry in the manifest, found ${entries.length}.`);
  process.exit(1);
}

// The entry and its static imports, transitively: what loads before the first paint.
const firstLoad = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstLoad.has(chunk.file)) return;
  firstLoad.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entries[0][0]);

const firstLoadBytes = [...firstLoad]
  .filter((file) => file.endsWith('.js'))
  .reduce((sum, file) => sum + gzipSize(join(dist, file)), 0);

const allJs = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '.vite' ? [] : allJs(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
const allJsBytes = allJs(dist).reduce((sum, path) => sum + gzipSize(path), 0);

console.log('Lesson app size (gzip):');
console.log(
  `  first-load JS   ${kb(firstLoadBytes).padStart(10)}  (${firstLoad.size} file(s), budget ${kb(budgetBytes)})`,
);
console.log(`  all JS          ${kb(allJsBytes).padStart(10)}`);
if (existsSync(singlePath)) {
  console.log(
    `  single file     ${kb(gzipSize(singlePath)).padStart(10)}  (dist-single/index.html)`,
  );
} else {
  console.log('  single file           -   (dist-single/index.html not built)');
}

if (firstLoadBytes > budgetBytes) {
  console.error(
    `report-size: first-load JS is ${kb(firstLoadBytes)} gzip, over the ${kb(budgetBytes)} budget. ` +
      'Load heavy code (libsodium, demos) with a dynamic import().',
  );
  process.exit(1);
}
