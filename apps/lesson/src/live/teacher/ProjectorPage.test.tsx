import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { classInProgress, FakeTeacher } from '../../test-fixtures/fake-teacher.js';
import { ProjectorPage } from './ProjectorPage.js';
import { expectAccessible } from '../../test-fixtures/expect-accessible.js';
import { laptopWith, renderTeacherPage } from './teacher-test-utils.js';
import type { TeacherEnvironment } from './teacher-session.js';

const heading = () => page.getByRole('heading', { level: 1 });

afterEach(() => {
  document.title = '';
});

describe(ProjectorPage, () => {
  it('says the live class needs the classroom server when the page was not served by it', async () => {
    const noServer: TeacherEnvironment = {
      serverAnswers: () => Promise.resolve(false),
      teacherSecret: () => Promise.reject(new Error('not asked')),
      startTeacher: () => Promise.reject(new Error('not started')),
      claimKeys: () => Promise.reject(new Error('not claimed')),
    };
    await renderTeacherPage(<ProjectorPage environment={noServer} />);
    await expect
      .element(page.getByTestId('live-unavailable'))
      .toHaveTextContent(/needs the classroom server/);
    await expect.element(page.getByRole('link', { name: 'Back to the lesson' })).toBeVisible();
    await expectAccessible();
  });

  it('on a phone, says only that the console opens on the teacher’s laptop', async () => {
    const phone: TeacherEnvironment = {
      serverAnswers: () => Promise.resolve(true),
      teacherSecret: () => Promise.resolve(null),
      startTeacher: () => Promise.reject(new Error('not started')),
      claimKeys: () => Promise.reject(new Error('not claimed')),
    };
    await renderTeacherPage(<ProjectorPage environment={phone} />);
    await expect
      .element(page.getByTestId('live-unavailable'))
      .toHaveTextContent('The live class’s console opens only on the teacher’s laptop.');
    expect(page.getByTestId('live-projector').elements()).toHaveLength(0);
  });

  it('shows why the start failed', async () => {
    const broken: TeacherEnvironment = {
      ...laptopWith(new FakeTeacher()),
      startTeacher: () => Promise.reject(new Error('IndexedDB is unavailable')),
    };
    await renderTeacherPage(<ProjectorPage environment={broken} />);
    await expect
      .element(page.getByTestId('live-unavailable'))
      .toHaveTextContent('The live class could not start: IndexedDB is unavailable');
  });

  it('refuses to start a second projector window: the keys are held in one', async () => {
    const teacher = new FakeTeacher();
    let started = 0;
    const secondWindow: TeacherEnvironment = {
      ...laptopWith(teacher),
      startTeacher: () => {
        started += 1;
        return Promise.resolve(teacher);
      },
      claimKeys: () => Promise.resolve(null),
    };
    await renderTeacherPage(<ProjectorPage environment={secondWindow} />);
    await expect
      .element(page.getByTestId('live-unavailable'))
      .toHaveTextContent('already open in another window of this browser');
    expect(started).toBe(0);
  });

  it('holds the keys while open, with the real Web Locks, and lets them go when closed', async () => {
    const { browserTeacherEnvironment } = await import('./teacher-session.js');
    const release = await browserTeacherEnvironment.claimKeys();
    expect(release).not.toBeNull();
    expect(await browserTeacherEnvironment.claimKeys()).toBeNull();
    release?.();
    await expect
      .poll(async () => {
        const again = await browserTeacherEnvironment.claimKeys();
        again?.();
        return again !== null;
      })
      .toBe(true);
  });

  it('with no class yet, says to open one from the console', async () => {
    await renderTeacherPage(<ProjectorPage environment={laptopWith(new FakeTeacher())} />);
    await expect.element(heading()).toHaveTextContent('Join the class');
    await expect.element(page.getByText('No class is open yet.', { exact: false })).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Open the console' })).toBeVisible();
  });

  it('shows the join code, the QR code of the join address and who joined', async () => {
    const teacher = new FakeTeacher(classInProgress());
    await renderTeacherPage(<ProjectorPage environment={laptopWith(teacher)} />);
    await expect.element(page.getByTestId('join-code')).toHaveTextContent('K7QX2M');
    await expect
      .element(
        page.getByRole('img', {
          name: 'QR code of the join address http://192.168.1.20:4173/#/en/live/join?code=K7QX2M',
        }),
      )
      .toBeVisible();
    expect(document.querySelector('.live-join__qr svg path')).not.toBeNull();
    await expect.element(page.getByText('3 students joined')).toBeVisible();
    await expectAccessible();
  });

  it('gives the join address in the page’s language, not the one the class started in', async () => {
    const teacher = new FakeTeacher(classInProgress()); // its join address says /en/
    await renderTeacherPage(<ProjectorPage environment={laptopWith(teacher)} />, { lang: 'fr' });
    await expect
      .element(page.getByText('http://192.168.1.20:4173/#/fr/live/join?code=K7QX2M'))
      .toBeVisible();
  });

  it('steps through the panels with clicker keys, each legible and accessible', async () => {
    const teacher = new FakeTeacher(classInProgress());
    await renderTeacherPage(<ProjectorPage environment={laptopWith(teacher)} />);
    await expect.element(page.getByTestId('join-code')).toBeVisible();

    await userEvent.keyboard('{PageDown}');
    await expect.element(heading()).toHaveTextContent('What the provider sees');
    const relay = page.getByRole('region', { name: 'Messages the server relayed, latest last' });
    await expect.element(relay).toHaveTextContent(/Dana\s*→\s*3 devices/);
    await expect
      .element(relay)
      .toHaveTextContent(/Eli\s*→\s*4 devices\s*including the hidden ghost/);
    await expect.element(relay).toHaveTextContent('q3Zk0vA1bW9xYz…');
    await expect.element(relay).toHaveTextContent('61 bytes');
    await expectAccessible();

    await userEvent.keyboard('{ArrowRight}');
    await expect.element(heading()).toHaveTextContent('The roster, as the provider holds it');
    const ghostRow = page.getByRole('row', { name: /Ghost/ });
    await expect
      .element(ghostRow)
      .toHaveTextContent(/^Ghost\s*hidden by the provider\s*ghost\s*✗\s*hidden$/);
    await expectAccessible();

    await userEvent.keyboard('{ArrowRight}');
    await expect.element(heading()).toHaveTextContent('Who can read each message');
    await expect
      .element(page.getByTestId('receipts-note'))
      .toHaveTextContent('Read receipts are metadata too');
    const table = page.getByRole('table', { name: 'Who can read each message (latest last)' });
    // Marks with words, never colour alone: the first message, Farah has not answered yet.
    const first = table.getByRole('row', { name: /See you at 6\?/ });
    await expect.element(first).toHaveTextContent(/✓can read.*✓can read.*…no answer yet/);
    const second = table.getByRole('row', { name: /Who else reads this\?/ });
    await expect
      .element(second)
      .toHaveTextContent(/✗cannot read\s*✓can read\s*✓can read\s*✓can read$/);
    // The lesson's names for the parties that are not people.
    await expect
      .element(table.getByRole('columnheader', { name: 'Mallory (thief)' }))
      .toBeVisible();
    await expect
      .element(table.getByRole('columnheader', { name: 'Messenger (provider)' }))
      .toBeVisible();
    await expectAccessible();

    await userEvent.keyboard('{ArrowRight}');
    await expect.element(heading()).toHaveTextContent('What the ghost reads');
    await expect
      .element(page.getByText('Access order given at message no. 8.', { exact: false }))
      .toBeVisible();
    await expect.element(page.getByRole('listitem')).toHaveTextContent('Eli: Who else reads this?');
    await expect.element(page.getByText('1 earlier message stays closed to it.')).toBeVisible();
    await expectAccessible();

    await userEvent.keyboard('{ArrowRight}');
    await expect.element(heading()).toHaveTextContent('Who found the ghost');
    await expect
      .element(page.getByRole('row', { name: /Farah/ }))
      .toHaveTextContent(/Farah\s*checked the roster\s*Ghost\s*1 min 23 s/);
    await expectAccessible();

    await userEvent.keyboard('{ArrowRight}');
    await expect.element(heading()).toHaveTextContent('Vote');
    const predict = page.getByTestId('predict');
    await expect
      .element(predict)
      .toHaveTextContent('After the order, will the Ghost read the messages sent before it?');
    await expect
      .element(predict)
      .toHaveTextContent(/only the messages sent after the order\s*11 votes/);
    await expect.element(page.getByText('17 phones voted')).toBeVisible();
    await expect.element(predict).toHaveTextContent('Vote on your phone');
    await expectAccessible();

    await userEvent.keyboard('{Home}');
    await expect.element(heading()).toHaveTextContent('Join the class');
  });

  it('shows none of the lesson’s header tools once the class runs: the screen is the class’s', async () => {
    const teacher = new FakeTeacher(classInProgress());
    await renderTeacherPage(<ProjectorPage environment={laptopWith(teacher)} />);
    await expect.element(page.getByTestId('join-code')).toBeVisible();
    for (const name of ['Print handout', 'English', 'Français', /theme/i]) {
      expect(page.getByRole('button', { name }).elements()).toHaveLength(0);
    }
    expect(page.getByRole('link', { name: /Print handout|Teacher guide/ }).elements()).toHaveLength(
      0,
    );
    await expect.element(page.getByRole('banner')).toHaveTextContent('The ghost participant');
  });

  it('lets a long message take the free width, and keeps the keys hint whole', async () => {
    const snapshot = classInProgress();
    const long =
      'Hello from Dana, before any order: this message is long enough to need the whole width of the screen';
    const first = snapshot.matrix[0];
    if (!first) throw new Error('fixture without a message');
    const teacher = new FakeTeacher({
      ...snapshot,
      matrix: [{ ...first, text: long }, ...snapshot.matrix.slice(1)],
    });
    await page.viewport(1366, 768);
    await renderTeacherPage(<ProjectorPage environment={laptopWith(teacher)} />);
    await page.getByRole('button', { name: 'Who can read' }).click();
    const cell = page.getByRole('rowheader', { name: /Hello from Dana/ }).element();
    const table = page.getByRole('table').element();
    const box = table.parentElement;
    if (!box) throw new Error('no table box');
    // The table spans its box; the message's cell takes what the marks leave.
    expect(table.getBoundingClientRect().width).toBeGreaterThanOrEqual(
      box.getBoundingClientRect().width - 1,
    );
    // (It was held to a third of the screen, cut on one line, the right of the screen empty.)
    expect(cell.getBoundingClientRect().width).toBeGreaterThan(window.innerWidth * 0.4);
    const hint = page.getByText(/B: blank/).element();
    expect(hint.scrollWidth).toBeLessThanOrEqual(hint.clientWidth + 1);
  });

  it('says the phones refused the order in a member-signed class, before any phone signs the ghost in', async () => {
    const snapshot = classInProgress();
    const refused = { ...snapshot, ghost: { ...snapshot.ghost, reads: [] } };
    const teacher = new FakeTeacher(refused);
    await renderTeacherPage(<ProjectorPage environment={laptopWith(teacher)} />);
    await page.getByRole('button', { name: 'Ghost’s screen' }).click();
    await expect
      .element(page.getByText(/did not encrypt for it, and will not until a phone obeys/))
      .toBeVisible();
    await expect.element(page.getByText('All 2 messages stay closed to it.')).toBeVisible();
    expect(page.getByText(/reads only what came after/).elements()).toHaveLength(0);
    await expectAccessible();

    // Once a phone's signed commit adds it (shown on the roster), the usual words come back.
    teacher.set({
      ...refused,
      roster: snapshot.roster.map((m) => (m.role === 'ghost' ? { ...m, hidden: false } : m)),
    });
    await expect.element(page.getByText(/reads only what came after/)).toBeVisible();
  });

  it('follows the teacher’s snapshot as it changes', async () => {
    const teacher = new FakeTeacher();
    await renderTeacherPage(<ProjectorPage environment={laptopWith(teacher)} />);
    await expect.element(page.getByText('No class is open yet.', { exact: false })).toBeVisible();
    await teacher.openClass('provider-managed');
    await expect.element(page.getByTestId('join-code')).toHaveTextContent('K7QX2M');
    await expect.element(page.getByText('Class K7QX2M · 0 students')).toBeVisible();
    expect(teacher.calls).toEqual(['openClass provider-managed']);
  });

  it('speaks French, and closes the teacher when the page goes', async () => {
    const teacher = new FakeTeacher(classInProgress());
    const { screen } = await renderTeacherPage(
      <ProjectorPage environment={laptopWith(teacher)} />,
      {
        lang: 'fr',
      },
    );
    await expect.element(heading()).toHaveTextContent('Rejoindre la classe');
    await page.getByRole('button', { name: 'Qui peut lire' }).click();
    await expect.element(heading()).toHaveTextContent('Qui peut lire chaque message');
    await expectAccessible();
    await screen.unmount();
    expect(teacher.closed).toBe(true);
  });
});
