import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { TeacherCommand } from './commands.js';
import { ConsolePage, ConsoleView } from './ConsolePage.js';
import { classInProgress, FakeTeacher } from '../../test-fixtures/fake-teacher.js';
import { LiveProjector } from './ProjectorPage.js';
import { expectAccessible } from '../../test-fixtures/expect-accessible.js';
import { laptopWith, renderTeacherPage } from './teacher-test-utils.js';
import type { TeacherEnvironment } from './teacher-session.js';

const consolePath = '/en/live/console';

describe(ConsoleView, () => {
  it('sends each command, says when it is done or why it failed, and passes axe', async () => {
    const sent: TeacherCommand[] = [];
    const send = vi.fn((command: TeacherCommand) => {
      sent.push(command);
      return Promise.resolve(command.kind === 'escrow' ? 'escrow refused by the server' : null);
    });
    const snapshot = {
      ...classInProgress(),
      ghost: { ordered: false, orderedAtSeq: null, reads: [] },
      escrow: { mandated: false, stolen: false },
      votes: null,
      lastError: { code: 'name-taken', message: 'Another student already has this name.' },
    };
    await renderTeacherPage(
      <main>
        <ConsoleView state={{ snapshot, panel: 'join', revealed: false }} send={send} />
      </main>,
      { path: consolePath },
    );
    await expect
      .element(page.getByTestId('console-class'))
      .toHaveTextContent('Class K7QX2M is open (members sign the roster). 3 students.');
    await expect
      .element(page.getByTestId('console-last-error'))
      .toHaveTextContent(
        'Last refusal from the server: Another student already has this name. (name-taken)',
      );
    await expectAccessible();

    await page.getByRole('radio', { name: 'the server manages the roster' }).click();
    // A class is open: a new one asks first.
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    await page.getByRole('button', { name: 'Open a new class' }).click();
    await page.getByRole('button', { name: 'Open a new class' }).click();
    expect(confirm).toHaveBeenCalledWith(
      'Open a new class? This laptop leaves class K7QX2M for good: its keys for it are replaced.',
    );
    await expect.element(page.getByTestId('console-result')).toHaveTextContent('Done.');
    await page.getByRole('button', { name: 'Give the access order' }).click();
    await expect.element(page.getByTestId('console-result')).toHaveTextContent('Done.');
    await page.getByRole('button', { name: 'Mandate escrow' }).click();
    await expect
      .element(page.getByTestId('console-result'))
      .toHaveTextContent('Failed: escrow refused by the server');
    await page.getByRole('radio', { name: /If Mallory steals the master key/ }).click();
    await page.getByRole('button', { name: 'Open the vote' }).click();
    await page.getByRole('button', { name: 'Who can read' }).click();
    await page.getByRole('combobox', { name: 'Student' }).selectOptions('Eli');
    vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await page.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: 'Remove' }).click();
    await expect.element(page.getByTestId('console-result')).toHaveTextContent('Done.');

    expect(sent).toEqual([
      { kind: 'open-class', mode: 'provider-managed' },
      { kind: 'access-order' },
      { kind: 'escrow' },
      { kind: 'open-vote', question: 'escrow-steal' },
      { kind: 'panel', panel: 'who-can-read' },
      { kind: 'remove', device: 's-eli00002/phone' },
    ]);
  });

  it('offers the ordered client update to one chosen phone, in a member-signed class, once ordered', async () => {
    const sent: TeacherCommand[] = [];
    await renderTeacherPage(
      <main>
        <ConsoleView
          state={{ snapshot: classInProgress(), panel: 'ghost', revealed: false }}
          send={(command) => {
            sent.push(command);
            return Promise.resolve(null);
          }}
        />
      </main>,
      { path: consolePath },
    );
    await expect.element(page.getByText('Access order given.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Phone to update' }).selectOptions('Farah');
    await page.getByRole('button', { name: 'Push the ordered update' }).click();
    // A clicker key pressed in the console moves the projector's panel.
    await userEvent.keyboard('{PageDown}');
    await expect.element(page.getByTestId('console-result')).toHaveTextContent('Done.');
    expect(sent).toEqual([
      { kind: 'client-update', device: 's-farah003/phone' },
      { kind: 'panel', panel: 'reports' },
    ]);
  });
});

describe(ConsolePage, () => {
  it('on a phone, says only that the console opens on the teacher’s laptop', async () => {
    const phone: TeacherEnvironment = {
      serverAnswers: () => Promise.resolve(true),
      teacherSecret: () => Promise.resolve(null),
      startTeacher: () => Promise.reject(new Error('not started')),
      claimKeys: () => Promise.reject(new Error('not claimed')),
    };
    await renderTeacherPage(<ConsolePage environment={phone} />, { path: consolePath });
    await expect
      .element(page.getByTestId('live-unavailable'))
      .toHaveTextContent('The live class’s console opens only on the teacher’s laptop.');
    expect(page.getByRole('button').elements()).toHaveLength(0);
    await expectAccessible();
  });

  it('waits for the projector window, then drives it: the keys stay in the projector’s teacher', async () => {
    const teacher = new FakeTeacher();
    await renderTeacherPage(<ConsolePage environment={laptopWith(teacher)} />, {
      path: consolePath,
    });
    await expect.element(page.getByTestId('console-waiting')).toBeVisible();
    await expectAccessible();

    // The projector window, here in the same page: its own BroadcastChannel reaches the console's.
    const { location } = await renderTeacherPage(
      <div data-testid="projector-window">
        <LiveProjector teacher={teacher} />
      </div>,
    );
    const projector = page.getByTestId('projector-window');
    const console = page.getByRole('main');
    // A projector opened after the console announces itself at once.
    await expect.element(console.getByTestId('console-class')).toHaveTextContent('No class open');
    await teacher.openClass('member-signed');
    await expect.element(console.getByTestId('console-class')).toHaveTextContent('Class K7QX2M');

    await console.getByRole('button', { name: 'Give the access order' }).click();
    await expect.element(console.getByTestId('console-result')).toHaveTextContent('Done.');
    expect(teacher.calls).toEqual(['openClass member-signed', 'access-order']);

    await console.getByRole('button', { name: 'Reports' }).click();
    await expect
      .element(projector.getByRole('heading', { level: 1 }))
      .toHaveTextContent('Who found the ghost');
    await expect
      .element(console.getByRole('button', { name: 'Reports' }))
      .toHaveAttribute('aria-pressed', 'true');

    // The projected screen has no language buttons: the console switches its language.
    await console
      .getByRole('group', { name: 'The projector’s language' })
      .getByRole('button', { name: 'Français' })
      .click();
    await expect.poll(() => location.history.at(-1)).toBe('/fr/live/projector');

    await console.getByRole('button', { name: 'Mandate escrow' }).click();
    await expect
      .element(console.getByTestId('console-result'))
      .toHaveTextContent('Failed: escrow refused by the server');

    // A vote brings the tally on screen; the answer is marked only when the console reveals it.
    await console.getByRole('button', { name: 'Open the vote' }).click();
    const predict = projector.getByTestId('predict');
    await expect.element(predict).toHaveAttribute('data-revealed', 'false');
    await expect
      .element(predict)
      .toHaveTextContent(/only the messages sent after the order\s*0 votes/);
    await console.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect.element(predict).toHaveAttribute('data-revealed', 'true');
    await expect.element(predict).toHaveTextContent(/after the order\s*0 votes\s*Right answer/);
    await expect
      .element(console.getByRole('button', { name: 'Reveal the answer' }))
      .toHaveAttribute('aria-pressed', 'true');
    await console.getByRole('button', { name: 'Close the vote' }).click();
    await expect.element(projector.getByText('No vote is open.', { exact: false })).toBeVisible();
    expect(teacher.calls.slice(2)).toEqual([
      'mandateEscrow',
      'openVote access-order all,after,none',
      'closeVote',
    ]);
  });
});
