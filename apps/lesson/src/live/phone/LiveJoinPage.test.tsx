import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  CodedError,
  FakePhone,
  dana,
  fakeBackend,
  phoneSnapshot,
} from '../../test-fixtures/fake-phone.js';
import { expectNoAxeViolations, renderPhonePage } from '../../test-fixtures/render-phone.js';
import { livePhoneEn } from './strings.en.js';
import { livePhoneFr } from './strings.fr.js';
import LiveJoinPage from './LiveJoinPage.js';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

afterEach(() => {
  document.documentElement.removeAttribute('lang');
});

/** A phone whose join the server refuses with `code` (after connecting). */
function refusedPhone(code: string) {
  return new FakePhone(
    phoneSnapshot({
      me: null,
      connection: { state: 'refused', attempts: 1, error: { code, message: code } },
    }),
  );
}

const codeBox = () => page.getByRole('textbox', { name: 'Class code' });
const nameBox = () => page.getByRole('textbox', { name: 'Your name' });

describe(LiveJoinPage, () => {
  it('says the live class needs the teacher’s laptop when no classroom server answers', async () => {
    await renderPhonePage('/en/live/join?code=K7Q2MX', fakeBackend({ server: false }));
    await expect
      .element(page.getByRole('heading', { level: 1 }))
      .toHaveTextContent('The live class needs the teacher’s laptop');
    await expect
      .element(page.getByRole('link', { name: 'Open the one-screen lesson' }))
      .toHaveAttribute('href', expect.stringContaining('/en/student/vote/the-night'));
    await expect.element(codeBox()).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('prefills the code from the URL and joins with the name typed', async () => {
    const phone = new FakePhone();
    const backend = fakeBackend({ answer: () => phone });
    await renderPhonePage('/en/live/join?code=k7q2mx', backend);
    await expect.element(codeBox()).toHaveValue('K7Q2MX');
    await expectNoAxeViolations();
    await nameBox().fill('  Dana ');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect.element(page.getByText('You joined as Dana.')).toHaveFocus();
    expect(backend.joins).toEqual([{ code: 'K7Q2MX', name: 'Dana' }]);
    await expectNoAxeViolations();
  });

  it('checks the form before asking the server, and puts the focus on the field to fix', async () => {
    const backend = fakeBackend({});
    await renderPhonePage('/en/live/join', backend);
    await page.getByRole('button', { name: 'Join' }).click();
    await expect.element(codeBox()).toHaveFocus();
    await expect.element(codeBox()).toHaveAccessibleDescription(/Type the class code\./);
    await codeBox().fill('k7q-2m');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect
      .element(codeBox())
      .toHaveAccessibleDescription(/The code has 6 letters or digits\./);
    await codeBox().fill('k7q-2mx');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect.element(nameBox()).toHaveFocus();
    await expect.element(nameBox()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(nameBox()).toHaveAccessibleDescription(/Type your name\./);
    await nameBox().fill('x'.repeat(33));
    await page.getByRole('button', { name: 'Join' }).click();
    await expect
      .element(nameBox())
      .toHaveAccessibleDescription(/Your name has 33 characters: keep it to 32 at most\./);
    expect(backend.joins).toEqual([]);
    await expectNoAxeViolations();
  });

  it.each([
    ['bad-name', nameBox],
    ['name-taken', nameBox],
    ['class-full', codeBox],
    ['unknown-class', codeBox],
    ['class-closed', codeBox],
  ] as const)(
    'explains the refusal %s in plain words, in English and French',
    async (code, box) => {
      const phones: FakePhone[] = [];
      const backend = fakeBackend({
        answer: () => {
          const phone = refusedPhone(code);
          phones.push(phone);
          return phone;
        },
      });
      const { screen } = await renderPhonePage('/en/live/join?code=K7Q2MX', backend);
      await nameBox().fill('Dana');
      await page.getByRole('button', { name: 'Join' }).click();
      const english = livePhoneEn.join.refused[code];
      await expect.element(page.getByText(english)).toBeVisible();
      await expect.element(box()).toHaveFocus();
      await expect.element(box()).toHaveAccessibleDescription(new RegExp(english.slice(0, 20)));
      // The refused keys certify a name the class did not take: they go.
      expect(phones[0]?.forgotten).toBe(true);
      expect(phones[0]?.closed).toBe(true);
      await expectNoAxeViolations();

      await screen.unmount();
      await renderPhonePage('/fr/live/join?code=K7Q2MX', backend);
      await page.getByRole('textbox', { name: 'Votre nom' }).fill('Dana');
      await page.getByRole('button', { name: 'Rejoindre' }).click();
      await expect.element(page.getByText(livePhoneFr.join.refused[code])).toBeVisible();
    },
  );

  it('shows a refusal thrown by start, and lets the student try again', async () => {
    let tries = 0;
    const backend = fakeBackend({
      answer: () => (++tries === 1 ? new CodedError('name-taken') : new FakePhone()),
    });
    await renderPhonePage('/en/live/join?code=K7Q2MX', backend);
    await nameBox().fill('Dana');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect.element(page.getByText(livePhoneEn.join.refused['name-taken'])).toBeVisible();
    // Typing a new name puts the old refusal away.
    await nameBox().fill('Dana B');
    await expect
      .element(page.getByText(livePhoneEn.join.refused['name-taken']))
      .not.toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('You joined as Dana.')).toBeVisible();
  });

  it('says when the server does not answer', async () => {
    const backend = fakeBackend({
      answer: () =>
        new FakePhone(
          phoneSnapshot({
            me: null,
            connection: { state: 'retrying', attempts: 1, retryInMs: 500 },
          }),
        ),
    });
    await renderPhonePage('/en/live/join?code=K7Q2MX', backend);
    await nameBox().fill('Dana');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect.element(page.getByText(livePhoneEn.join.refused.unreachable)).toHaveFocus();
  });

  it('resumes a returning phone at once: “You are back as Dana”', async () => {
    const backend = fakeBackend({ names: { K7Q2MX: 'Dana' } });
    await renderPhonePage('/en/live/join?code=K7Q2MX', backend);
    await expect.element(page.getByText('You are back as Dana.')).toHaveFocus();
    await expect.element(nameBox()).not.toBeInTheDocument();
    expect(backend.joins).toEqual([{ code: 'K7Q2MX', name: 'Dana' }]);
    expect(dana.name).toBe('Dana');
  });

  it('keeps the code through a language switch', async () => {
    await renderPhonePage('/en/live/join?code=K7Q2MX', fakeBackend({}));
    await expect.element(codeBox()).toHaveValue('K7Q2MX');
    await page.getByRole('button', { name: 'Français' }).click();
    await expect
      .element(page.getByRole('textbox', { name: 'Code du cours' }))
      .toHaveValue('K7Q2MX');
  });
});
