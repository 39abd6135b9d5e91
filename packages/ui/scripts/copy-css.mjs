// tsc emits only JavaScript and declarations; the stylesheet that the
// "./styles.css" export points at must be copied next to them, with the
// sheets it @imports (crypto-views.css).
import { copyFile, mkdir } from 'node:fs/promises';

await mkdir(new URL('../dist/', import.meta.url), { recursive: true });
for (const name of ['styles.css', 'crypto-views.css']) {
  await copyFile(
    new URL(`../src/${name}`, import.meta.url),
    new URL(`../dist/${name}`, import.meta.url),
  );
  console.log(`copied src/${name} -> dist/${name}`);
}
