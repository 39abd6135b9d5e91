import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { LiveClassButton } from './LiveClassButton.js';
import { renderTeacherPage } from './teacher-test-utils.js';

describe(LiveClassButton, () => {
  it('links to the projector when the classroom server serves the page', async () => {
    await renderTeacherPage(<LiveClassButton serverAnswers={() => Promise.resolve(true)} />, {
      lang: 'fr',
      path: '/fr/present/ghost/access-order',
    });
    // Teacher tools hide on a phone-sized screen (this test's frame): check the link, not its visibility.
    await expect
      .element(page.getByTestId('live-class-button'))
      .toHaveTextContent('Classe en direct');
    await expect
      .element(page.getByTestId('live-class-button'))
      .toHaveAttribute('href', '/fr/live/projector');
  });

  it('stays hidden without the server (single-file build, vite preview)', async () => {
    let answered = false;
    await renderTeacherPage(
      <LiveClassButton
        serverAnswers={() => {
          answered = true;
          return Promise.resolve(false);
        }}
      />,
    );
    await expect.poll(() => answered).toBe(true);
    expect(page.getByTestId('live-class-button').elements()).toHaveLength(0);
  });
});
