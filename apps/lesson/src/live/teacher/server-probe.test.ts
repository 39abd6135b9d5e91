import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classroomServerAnswers, fetchTeacherSecret } from './server-probe.js';

const json = (body: unknown, status = 200) =>
  Promise.resolve(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    }),
  );
const html = () =>
  Promise.resolve(
    new Response('<!doctype html><title>lesson</title>', {
      headers: { 'content-type': 'text/html' },
    }),
  );

describe('server-probe', () => {
  beforeEach(() => {
    vi.stubGlobal('location', { protocol: 'http:' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('finds the classroom server only when /api/health answers its JSON', async () => {
    expect(await classroomServerAnswers(() => json({ ok: true }))).toBe(true);
    // vite preview answers every path with index.html.
    expect(await classroomServerAnswers(html)).toBe(false);
    expect(await classroomServerAnswers(() => json({ ok: true }, 503))).toBe(false);
    expect(await classroomServerAnswers(() => Promise.reject(new TypeError('offline')))).toBe(
      false,
    );
  });

  it('reads the teacher secret, or null off the laptop', async () => {
    expect(await fetchTeacherSecret(() => json({ secret: 's3cret' }))).toBe('s3cret');
    expect(
      await fetchTeacherSecret(() => json({ error: 'forbidden', message: 'Only…' }, 403)),
    ).toBeNull();
    expect(await fetchTeacherSecret(html)).toBeNull();
  });

  it('asks nothing from file://', async () => {
    vi.stubGlobal('location', { protocol: 'file:' });
    const fetch = vi.fn(() => json({ ok: true }));
    expect(await classroomServerAnswers(fetch)).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });
});
