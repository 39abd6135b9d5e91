/**
 * The README's Example, run exactly as written: its first ```ts block is
 * written to a file inside the package and executed with tsx in a child
 * process, importing `@e2ee-kit/crypto-demo` by name (the "@e2ee-kit/source"
 * condition points it at src/). The block holds its own assertions, and every
 * `console.log(...); // expected` comment must match the line it prints.
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
// Git-ignored (see .gitignore); removed again after the run.
const generated = fileURLToPath(new URL('./.readme-example.generated.ts', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

/** The first ```ts block after the "Example" heading. */
function exampleBlock(markdown: string): string {
  const heading = /^#{1,6}\s+Example\s*$/m.exec(markdown);
  if (!heading) throw new Error('The README has no "Example" heading.');
  const rest = markdown.slice(heading.index + heading[0].length);
  const block = /^```ts\s*\n([\s\S]*?)^```\s*$/m.exec(rest);
  if (!block?.[1]) throw new Error('No ```ts block follows the "Example" heading.');
  return block[1];
}

/** The output each `console.log(...); // output` line of the block promises, in order. */
function promisedOutput(code: string): string[] {
  return code
    .split('\n')
    .filter((line) => /^\s*console\.log\(/.test(line))
    .map((line) => {
      const comment = /\);\s*\/\/ (.*)$/.exec(line);
      if (!comment?.[1])
        throw new Error(`This console.log has no "// expected output" comment: ${line.trim()}`);
      return comment[1];
    });
}

describe('README.md', () => {
  it('has an Example that imports only the public package', async () => {
    const code = exampleBlock(await readFile(new URL('../README.md', import.meta.url), 'utf8'));
    const sources = [...code.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(sources).toContain('@e2ee-kit/crypto-demo');
    for (const source of sources)
      expect(['@e2ee-kit/crypto-demo', 'node:assert/strict']).toContain(source);
    expect(code).toMatch(/assert\./);
  });

  it(
    'runs the Example as written, and it prints what its comments say',
    { timeout: 120_000 },
    async () => {
      const code = exampleBlock(await readFile(new URL('../README.md', import.meta.url), 'utf8'));
      const expected = promisedOutput(code);
      expect(expected.length).toBeGreaterThan(5);
      await writeFile(generated, code);
      try {
        const { stdout, stderr } = await run(
          process.execPath,
          [tsxCli, '--conditions=@e2ee-kit/source', generated],
          {
            cwd: packageDir,
            env: { ...process.env, NO_COLOR: '1' },
            timeout: 110_000,
          },
        );
        expect(stderr).toBe('');
        expect(stdout.trimEnd().split('\n')).toEqual(expected);
        expect(stdout).toContain('Alice ✓, Bob ✓, Ghost ✓, Messenger ✗');
      } finally {
        await rm(generated, { force: true });
      }
    },
  );
});
