import type { LiveMessage } from '@e2ee-kit/live';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  CodedError,
  FakePhone,
  dana,
  eli,
  fakeBackend,
  ghost,
  phoneSnapshot,
  teacher,
} from '../../test-fixtures/fake-phone.js';
import { renderPhonePage } from '../../test-fixtures/render-phone.js';
import { expectAccessible } from '../../test-fixtures/expect-accessible.js';
import { PhoneClass } from './PhoneClass.js';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const at = Date.UTC(2026, 10, 30, 9, 15);
const message = (seq: number, from: typeof dana, text: string): LiveMessage => ({
  seq,
  id: `e${seq}`,
  from: from.device,
  fromName: from.name,
  text,
  sentAt: at + seq * 1000,
  mine: from === dana,
});

/** Dana's phone, back in class K7QX2M. */
async function inClass(phone: FakePhone, lang: 'en' | 'fr' = 'en') {
  await renderPhonePage(
    `/${lang}/live/join?code=K7QX2M`,
    fakeBackend({ names: { K7QX2M: 'Dana' }, answer: () => phone }),
  );
  await expect.element(page.getByRole('heading', { level: 1 })).toBeVisible();
}

describe(PhoneClass, () => {
  it('shows the chat in order, its own messages apart, with the senders’ names', async () => {
    const phone = new FakePhone(
      phoneSnapshot({
        // Out of order on purpose: the page sorts by the server's sequence number.
        messages: [message(4, dana, 'Hi Eli'), message(2, eli, 'Hello class')],
        refused: [{ seq: 3, code: 'tampered' }],
      }),
    );
    await inClass(phone);
    const items = page.getByRole('log', { name: 'Class chat' }).getByRole('listitem');
    await expect.element(items.nth(0)).toHaveTextContent(/^Eli.*Hello class$/);
    await expect
      .element(items.nth(1))
      .toHaveTextContent('A message to you could not be opened: it was changed on the way.');
    await expect.element(items.nth(2)).toHaveTextContent(/^You.*Hi Eli$/);
    await expect.element(items.nth(2)).toHaveClass('phone-chat__message--mine');
    await expect.element(items.nth(0)).not.toHaveClass('phone-chat__message--mine');
    await expectAccessible(document);

    phone.set({ messages: [...phone.snapshot().messages, message(5, eli, 'New one')] });
    await expect.element(items.nth(3)).toHaveTextContent(/New one$/);
  });

  it('sends from the box with the 500-character counter, and keeps the text when offline', async () => {
    const phone = new FakePhone();
    await inClass(phone);
    const box = page.getByRole('textbox', { name: 'Message to the class' });
    await box.fill('Hello everyone');
    await expect.element(page.getByText('14/500')).toBeVisible();
    await userEvent.keyboard('{Enter}');
    expect(phone.sent).toEqual(['Hello everyone']);
    await expect.element(box).toHaveValue('');
    await expect.element(box).toHaveFocus();
    await expect.element(page.getByText('Sent.')).toBeVisible();

    await box.fill('x'.repeat(460));
    await expect.element(page.getByText('40 characters left.')).toBeVisible();
    await box.fill('y'.repeat(520));
    await expect.element(page.getByText('The text was cut to 500 characters.')).toBeVisible();
    await expect.element(box).toHaveValue('y'.repeat(500));

    phone.sendError = new CodedError('offline');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect
      .element(page.getByText('Not sent: this phone is offline. Your text is still in the box.'))
      .toBeVisible();
    await expect.element(box).toHaveValue('y'.repeat(500));
  });

  it('says the connection’s state politely, in words: reconnecting, back online, refused', async () => {
    const phone = new FakePhone();
    await inClass(phone);
    const banner = page.getByRole('region', { name: 'Connection' }).getByRole('status');
    await expect.element(banner).toHaveTextContent('Online');
    phone.set({ connection: { state: 'retrying', attempts: 2, retryInMs: 2600 } });
    await expect.element(banner).toHaveTextContent('Connection lost. Reconnecting in 3 s…');
    phone.set({ connection: { state: 'connecting', attempts: 3 } });
    await expect.element(banner).toHaveTextContent('Connecting to the class…');
    phone.set({ connection: { state: 'online', attempts: 0 } });
    await expect.element(banner).toHaveTextContent('Back online.');
    await expectAccessible(document);

    phone.set({
      connection: {
        state: 'refused',
        attempts: 1,
        error: { code: 'class-closed', message: 'closed' },
      },
    });
    await expect
      .element(banner)
      .toHaveTextContent(
        'The classroom server refused this phone: This class has ended. Ask your teacher for the new code.',
      );
    phone.set({
      connection: { state: 'refused', attempts: 1, error: { code: 'bad-token', message: 'x' } },
    });
    await expect
      .element(banner)
      .toHaveTextContent(
        'The classroom server refused this phone: it no longer knows this phone (the class may have been reset). Join again.',
      );
    await page.getByRole('button', { name: 'Join again' }).click();
    await expect.element(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
    expect(phone.forgotten).toBe(true);
    expect(phone.closed).toBe(true);
  });

  it('says what the server refused last, in words, until the student puts it away', async () => {
    const phone = new FakePhone();
    await inClass(phone);
    phone.set({ lastError: { code: 'rate-limited', message: 'Too many frames.' } });
    await expect.element(page.getByText('Too fast: wait a moment, then send again.')).toBeVisible();
    await expectAccessible(document);
    await page.getByRole('button', { name: 'OK' }).click();
    await expect
      .element(page.getByText('Too fast: wait a moment, then send again.'))
      .not.toBeInTheDocument();
    phone.set({ lastError: { code: 'fork', message: 'The commit forks the chain.' } });
    await expect
      .element(page.getByText('Something was refused (fork): The commit forks the chain.'))
      .toBeVisible();
  });

  it('lists who the phone encrypts to, the ghost marked in words, and the notices', async () => {
    const phone = new FakePhone(
      phoneSnapshot({
        roster: [teacher, dana, eli, ghost],
        notices: [
          { kind: 'member-added', device: dana.device, by: teacher.device },
          { kind: 'member-added', device: eli.device, by: teacher.device },
          { kind: 'member-added', device: ghost.device, by: eli.device },
        ],
        escrow: true,
      }),
    );
    await inClass(phone);
    const roster = page.getByRole('region', { name: 'Who your phone encrypts to' });
    await expect.element(roster.getByText('4 devices')).toBeVisible();
    await expect.element(roster.getByText('Dana (you)', { exact: true })).toBeVisible();
    await expect.element(roster.getByText('ghost: not a classmate')).toBeVisible();
    await expect.element(roster.getByText('Dana (you) joined.')).toBeVisible();
    await expect.element(roster.getByText('Eli joined.')).toBeVisible();
    // Signed in by a classmate's phone, not the teacher's: the notice says whose.
    await expect.element(roster.getByText('Eli’s phone added Ghost.')).toBeVisible();
    await expect
      .element(roster.getByText(/Key escrow is on: your phone also locks each message/))
      .toBeVisible();
    await expectAccessible(document);
  });

  it('checks the roster and reports a finding to the class', async () => {
    const phone = new FakePhone(phoneSnapshot({ roster: [teacher, dana, eli, ghost] }));
    await inClass(phone);
    await page.getByRole('button', { name: 'Check the roster' }).click();
    // The focus is on the result's paragraph (its words are in a badge inside).
    const focused = () => document.activeElement?.textContent;
    await expect
      .poll(focused)
      .toBe(
        'Nothing found by your phone. It checks with its own software: software changed by an update could hide a ghost from you, so compare with your neighbours too.',
      );

    const finding = {
      method: 'roster-check' as const,
      suspect: ghost.device,
      detail: 'ghost/agency is encrypted to but was never added by a member.',
    };
    phone.findings = [finding];
    await page.getByRole('button', { name: 'Check the roster' }).click();
    await expect.poll(focused).toBe('Your phone found 1 problem:');
    await expect
      .element(
        page.getByText('Your phone encrypts to Ghost, a device that no member added to the class.'),
      )
      .toBeVisible();
    await expectAccessible(document);
    await page.getByRole('button', { name: 'Report it to the class' }).click();
    expect(phone.reports).toEqual([finding]);
    await expect.element(page.getByText('Reported: the teacher’s screen shows it.')).toHaveFocus();
    await expect
      .element(page.getByRole('button', { name: 'Report it to the class' }))
      .not.toBeInTheDocument();
  });

  it('names a hidden ghost, off the roster, with the lesson’s word, not its device id', async () => {
    const phone = new FakePhone(phoneSnapshot({ mode: 'provider-managed' }));
    await inClass(phone, 'fr');
    phone.findings = [
      {
        method: 'recipient-check',
        reason: 'unexpected-recipient',
        suspect: ghost.device,
        detail: 'A message from Eli was also encrypted for ghost/agency.',
      },
    ];
    await page.getByRole('button', { name: 'Vérifier la liste' }).click();
    await expect
      .element(
        page.getByText(
          'Un message reçu était aussi verrouillé pour Fantôme, absent de votre liste.',
        ),
      )
      .toBeVisible();
    expect(page.getByText(/ghost\/agency/).elements()).toHaveLength(0);
  });

  it('names the classmate whose phone signed a device in (member-signed class)', async () => {
    const phone = new FakePhone(phoneSnapshot({ roster: [teacher, dana, eli, ghost] }));
    await inClass(phone);
    phone.findings = [
      {
        method: 'roster-check',
        reason: 'signed-by-classmate',
        by: eli.device,
        suspect: ghost.device,
        detail: 'ghost/agency was signed into the class by a classmate’s phone.',
      },
    ];
    await page.getByRole('button', { name: 'Check the roster' }).click();
    await expect
      .element(
        page.getByText('Ghost was signed into the class by Eli’s phone, not by the teacher’s.'),
      )
      .toBeVisible();
    await expect.element(page.getByText(/no member added/)).not.toBeInTheDocument();
  });

  it('compares the safety number with a neighbour; “Different” reports it', async () => {
    const phone = new FakePhone();
    phone.safetyNumbers.set(eli.device, '123456789012345678901234567890');
    await inClass(phone);
    await page.getByRole('combobox', { name: 'Classmate' }).selectOptions('Eli');
    const digits = page.getByRole('list', { name: 'Your safety number with Eli' });
    await expect.element(digits).toHaveTextContent('123456789012345678901234567890');
    await expect.element(digits.getByRole('listitem').nth(0)).toHaveTextContent('12345');
    expect(digits.getByRole('listitem').elements()).toHaveLength(6);
    await expectAccessible(document);

    await page.getByRole('button', { name: 'Same digits' }).click();
    await expect.element(page.getByText(/Good: you and Eli see the same keys/)).toHaveFocus();
    expect(phone.reports).toEqual([]);

    await page.getByRole('button', { name: 'Different' }).click();
    await expect
      .element(page.getByText('Reported to the class: your digits and Eli’s differ.'))
      .toHaveFocus();
    expect(phone.reports).toEqual([
      {
        method: 'safety-number',
        suspect: null,
        detail: `Safety number with ${eli.device} differs.`,
      },
    ]);
  });

  it('votes with one tap while a question is open, and can change the vote', async () => {
    const phone = new FakePhone();
    await inClass(phone);
    await expect.element(page.getByRole('radiogroup')).not.toBeInTheDocument();
    phone.set({
      vote: { question: 'escrow-steal', choices: ['old', 'new'], mine: null },
    });
    const group = page.getByRole('group', {
      name: 'If Mallory steals the master key, will she read the messages sent before the theft?',
    });
    await expect.element(group).toBeVisible();
    await expect.element(page.getByText('You have not voted yet.')).toBeVisible();
    await expectAccessible(document);
    await group.getByRole('radio', { name: 'Yes, the old messages too' }).click();
    expect(phone.votes).toEqual(['old']);
    await expect.element(page.getByText('Your vote: Yes, the old messages too.')).toBeVisible();
    await group.getByRole('radio', { name: 'No: only the messages sent after the theft' }).click();
    expect(phone.votes).toEqual(['old', 'new']);
    await expect
      .element(group.getByRole('radio', { name: 'No: only the messages sent after the theft' }))
      .toBeChecked();
    phone.set({ vote: null });
    await expect.element(group).not.toBeInTheDocument();
  });

  it('leaves for good only after a confirmation, and then holds no keys', async () => {
    const phone = new FakePhone();
    await inClass(phone);
    const leave = page.getByRole('button', { name: 'Leave the class on this phone' });
    await leave.click();
    await expect.element(page.getByText(/^Leave for good\?/)).toHaveFocus();
    await page.getByRole('button', { name: 'Stay' }).click();
    await expect.element(leave).toHaveFocus();
    expect(phone.forgotten).toBe(false);
    await leave.click();
    await page.getByRole('button', { name: 'Leave and forget my keys' }).click();
    await expect
      .element(page.getByRole('heading', { level: 1 }))
      .toHaveTextContent('You left the class. This phone no longer holds its keys.');
    await expect.element(page.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(phone.forgotten).toBe(true);
    expect(phone.closed).toBe(true);
  });

  it('speaks French', async () => {
    const phone = new FakePhone(
      phoneSnapshot({
        messages: [message(2, eli, 'Salut')],
        vote: { question: 'class-mood', choices: ['good', 'not-sure'], mine: null },
      }),
    );
    await inClass(phone, 'fr');
    await expect.element(page.getByText('Vous revoilà, Dana.')).toHaveFocus();
    await expect
      .element(page.getByRole('heading', { name: 'Discussion de la classe' }))
      .toBeVisible();
    // A question this phone has no words for shows its slug as words.
    await expect.element(page.getByRole('radio', { name: 'Not sure' })).toBeVisible();
    await expectAccessible(document);
  });
});
