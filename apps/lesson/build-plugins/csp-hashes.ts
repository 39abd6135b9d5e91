import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const cspMeta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;
const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** Stands for the hashes until the inlined code is known. Never left in an output. */
const pendingHash = "'sha256-pending'";

/** `'sha256-…'` of an inline element's text, as CSP computes it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Rewrites one directive of a policy: keeps its sources that are not hashes,
 * adds `hashes`. Adds the directive if the policy lacks it.
 */
export function withHashes(policy: string, directive: string, hashes: readonly string[]): string {
  const parts = policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const index = parts.findIndex((part) => part.split(/\s+/)[0] === directive);
  const kept = index === -1 ? [directive, "'self'"] : (parts[index] ?? '').split(/\s+/);
  const sources = kept.filter((source) => !/^'sha(256|384|512)-/.test(source));
  const updated = [...sources, ...hashes].join(' ');
  if (index === -1) parts.push(updated);
  else parts[index] = updated;
  return parts.join('; ');
}

/** Adds the hashes of every inline `<script>` and `<style>` of `html` to its CSP meta tag. */
export function hashInlineCode(html: string): string {
  const match = cspMeta.exec(html);
  if (!match) throw new Error('csp-hashes: index.html has no Content-Security-Policy meta tag');
  const scripts = [...html.matchAll(inlineScript)].map((m) => cspHash(m[1] ?? ''));
  // Script text may mention "<style>"; look for styles only outside scripts.
  const outsideScripts = html.replace(inlineScript, '');
  const styles = [...outsideScripts.matchAll(inlineStyle)].map((m) => cspHash(m[1] ?? ''));
  let policy = match[2] ?? '';
  policy = withHashes(policy, 'script-src', scripts);
  policy = withHashes(policy, 'style-src', styles);
  return html.replace(
    cspMeta,
    (_all, before: string, _policy: string, after: string) => `${before}${policy}${after}`,
  );
}

/**
 * For the single-file build: once vite-plugin-singlefile has inlined the
 * script and the styles, allow exactly that code by hash, so the policy
 * never needs 'unsafe-inline'. Must come after `viteSingleFile()` in `plugins`.
 */
export function cspHashes(): Plugin {
  return {
    name: 'e2ee-kit:csp-hashes',
    apply: 'build',
    enforce: 'post',
    // vite-plugin-singlefile warns when a policy without hashes meets inlined
    // code; it checks before this plugin can add them. A placeholder hash
    // tells it hashes are coming; generateBundle replaces it with real ones.
    transformIndexHtml(html) {
      return html.replace(cspMeta, (_all, before: string, policy: string, after: string) => {
        let marked = withHashes(policy, 'script-src', [pendingHash]);
        marked = withHashes(marked, 'style-src', [pendingHash]);
        return `${before}${marked}${after}`;
      });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html =
            typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = hashInlineCode(html);
        }
      },
    },
  };
}

/**
 * For `vite dev` only: Vite's dev server injects inline scripts and styles
 * and talks to the page over a WebSocket for hot reload, which the strict
 * policy would block. Builds keep the strict policy.
 */
export function devCsp(): Plugin {
  return {
    name: 'e2ee-kit:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(cspMeta, (_all, before: string, policy: string, after: string) => {
        let relaxed = withHashes(policy, 'script-src', ["'unsafe-inline'"]);
        relaxed = withHashes(relaxed, 'style-src', ["'unsafe-inline'"]);
        relaxed = withHashes(relaxed, 'connect-src', ['ws:']);
        return `${before}${relaxed}${after}`;
      });
    },
  };
}
