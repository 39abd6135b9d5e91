import { describe, expect, it, vi } from 'vitest';
import { classroomSocketUrl, hasClassroomServer } from './server.js';

const at = (origin: string) => ({ protocol: new URL(origin).protocol, origin });
const answering = (body: unknown, init?: ResponseInit) =>
  vi.fn<typeof fetch>(() => Promise.resolve(Response.json(body, init)));

describe(hasClassroomServer, () => {
  it('is true when /api/health on the same origin answers { ok: true }', async () => {
    const fetch = answering({ ok: true });
    await expect(hasClassroomServer({ location: at('http://10.0.0.2:8080'), fetch })).resolves.toBe(
      true,
    );
    expect(fetch.mock.calls[0]?.[0]).toBe('http://10.0.0.2:8080/api/health');
  });

  it('is false from file://, without asking anything', async () => {
    const fetch = answering({ ok: true });
    await expect(
      hasClassroomServer({ location: { protocol: 'file:', origin: 'null' }, fetch }),
    ).resolves.toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is false when a static server answers with the app’s HTML (vite preview)', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(
        new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
      ),
    );
    await expect(
      hasClassroomServer({ location: at('http://localhost:4173'), fetch }),
    ).resolves.toBe(false);
  });

  it('is false on an error status, a network failure or a timeout', async () => {
    const place = at('http://localhost:4173');
    await expect(
      hasClassroomServer({ location: place, fetch: answering({ ok: true }, { status: 404 }) }),
    ).resolves.toBe(false);
    await expect(
      hasClassroomServer({ location: place, fetch: () => Promise.reject(new TypeError('down')) }),
    ).resolves.toBe(false);
    const hanging = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('timeout', 'TimeoutError'));
        });
      });
    await expect(
      hasClassroomServer({ location: place, fetch: hanging, timeoutMs: 10 }),
    ).resolves.toBe(false);
  });
});

describe(classroomSocketUrl, () => {
  it('uses ws: for http: and wss: for https:', () => {
    expect(classroomSocketUrl({ origin: 'http://10.0.0.2:8080' })).toBe('ws://10.0.0.2:8080/ws');
    expect(classroomSocketUrl({ origin: 'https://class.example' })).toBe('wss://class.example/ws');
  });
});
