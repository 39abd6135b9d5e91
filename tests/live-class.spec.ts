import {
  expect as baseExpect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { chromiumArgs, chromiumLaunchOptions } from '@e2ee-kit/chromium';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LiveServer, networkAddress } from './live-server.js';

/**
 * The live classroom end to end: the real classroom server (its own process,
 * its own data folder), the teacher's projector and console on the laptop
 * (loopback, desktop size) and five students' phones (360×740, touch) that
 * reach the server by the machine's network address, as real phones would.
 * Everything asserted is what someone in the room sees; every ✓ and ✗ of
 * "who can read" comes from a real decryption attempt, on a phone (its signed
 * read receipt) or in the teacher's browser (ghost, agency, Mallory).
 *
 * `LIVE_SHOTS_DIR=<folder>` saves screenshots of the projector (1366×768 and
 * 1920×1080) and of two phones at the key moments.
 */

// A server, a teacher's window pair and five phones share two cores with the
// rest of the suite: a decryption on a phone may take a while to show.
const expect = baseExpect.configure({ timeout: 10_000 });

const lanAddress = networkAddress();

// The suite's Chromium resolves nothing but loopback (chromium-config); phones
// here open the machine's network address, so that one is let through too.
test.use({
  launchOptions: {
    ...chromiumLaunchOptions,
    args: chromiumArgs.map((arg) =>
      arg.startsWith('--host-resolver-rules=') && lanAddress !== null
        ? `${arg}, EXCLUDE ${lanAddress}`
        : arg,
    ),
  },
});

const desktop = { width: 1366, height: 768 };
const phoneSize = { width: 360, height: 740 };
const shotsDir = process.env.LIVE_SHOTS_DIR;

async function shot(page: Page, name: string, sizes?: { width: number; height: number }[]) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  const original = page.viewportSize();
  for (const size of sizes ?? [original ?? desktop]) {
    if (sizes) await page.setViewportSize(size);
    // A phone's page scrolls: all of it. A projector shows what fits the screen.
    await page.screenshot({
      path: join(shotsDir, `${name}-${size.width}x${size.height}.png`),
      fullPage: size.width < 600,
    });
  }
  if (sizes && original) await page.setViewportSize(original);
}

/** Uncaught errors in any page of the test fail it at the end. */
function guard(page: Page, errors: string[], who: string) {
  page.on('pageerror', (error) => errors.push(`${who}: ${error.message}`));
}

class Phone {
  constructor(
    readonly name: string,
    readonly page: Page,
  ) {}

  get chat(): Locator {
    return this.page.getByRole('log', { name: 'Class chat' });
  }

  get connection(): Locator {
    return this.page.getByRole('region', { name: 'Connection' });
  }

  async join(url: string) {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Join the class' })).toBeVisible();
    await this.page.getByLabel('Your name').fill(this.name);
    await this.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(this.page.getByText(`You joined as ${this.name}.`)).toBeVisible();
    await expect(this.connection).toContainText('Online');
  }

  async send(text: string) {
    const box = this.page.getByRole('textbox', { name: 'Message to the class' });
    await box.fill(text);
    await this.page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(box).toHaveValue('');
  }

  /** Nothing scrolls sideways at 360 px. */
  async expectNoSideways() {
    const overflow = await this.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${this.name}'s page scrolls sideways`).toBeLessThanOrEqual(0);
  }

  /** The message, decrypted on this phone, exactly once. */
  async expectMessage(text: string) {
    await expect(this.chat.getByText(text, { exact: true })).toHaveCount(1);
  }
}

/** The projector's who-can-read table: the mark in one message's row, one party's column. */
async function readCell(projector: Page, message: string, party: string): Promise<Locator> {
  const table = projector.getByRole('table', { name: 'Who can read each message (latest last)' });
  const headers = await table.getByRole('columnheader').allInnerTexts();
  // A header is the party's name, with its role after it for some ("Mallory (thief)").
  const index = headers.findIndex((text) => {
    const words = text.replace(/\s+/g, ' ').trim();
    return words === party || words.startsWith(`${party} (`);
  });
  expect(index, `a "${party}" column in ${JSON.stringify(headers)}`).toBeGreaterThan(0);
  return table
    .getByRole('row')
    .filter({ has: projector.getByRole('rowheader', { name: message }) })
    .getByRole('cell')
    .nth(index - 1);
}

async function expectCell(projector: Page, message: string, party: string, state: string) {
  await expect(async () => {
    const cell = await readCell(projector, message, party);
    await expect(cell).toHaveText(new RegExp(`^[✓✗…]${state}$`), { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

/** The teacher's laptop: one browser context, the projector window and the console window. */
class Laptop {
  constructor(
    readonly projector: Page,
    readonly console: Page,
  ) {}

  async command(button: string | RegExp) {
    await this.console
      .getByRole('button', { name: button, exact: typeof button === 'string' })
      .click();
    await expect(this.console.getByTestId('console-result')).toHaveText('Done.');
  }

  async show(panel: string) {
    await this.command(panel);
    await expect(
      this.projector.getByRole('button', { name: panel, exact: true, pressed: true }),
    ).toBeVisible();
  }
}

async function openLaptop(browser: Browser, server: LiveServer, errors: string[]) {
  const context = await browser.newContext({ viewport: desktop });
  const projector = await context.newPage();
  guard(projector, errors, 'projector');
  await projector.goto(`${server.teacherUrl}#/en/live/projector`);
  await expect(projector.getByText('No class open')).toBeVisible();
  const consolePage = await context.newPage();
  guard(consolePage, errors, 'console');
  await consolePage.goto(`${server.teacherUrl}#/en/live/console`);
  await expect(consolePage.getByRole('heading', { name: 'Live class: console' })).toBeVisible();
  await expect(consolePage.getByRole('button', { name: 'Open a class' })).toBeVisible();
  return { context, laptop: new Laptop(projector, consolePage) };
}

async function openPhones(browser: Browser, names: string[], errors: string[]) {
  const contexts: BrowserContext[] = [];
  const phones: Phone[] = [];
  for (const name of names) {
    const context = await browser.newContext({
      viewport: phoneSize,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    contexts.push(context);
    const page = await context.newPage();
    guard(page, errors, name);
    phones.push(new Phone(name, page));
  }
  return { contexts, phones };
}

test.describe('the live class', () => {
  test.describe.configure({ timeout: 150_000 });

  let server: LiveServer;
  test.beforeEach(async () => {
    server = await LiveServer.start();
    test.info().annotations.push({
      type: 'phones',
      description: server.phonesOnNetwork
        ? `phones on ${server.phoneUrl} (not loopback)`
        : 'no network address on this machine: phones use 127.0.0.1, so the console refusal is not tested from a non-loopback address',
    });
  });
  test.afterEach(async () => {
    await server.stop();
    if (test.info().status !== test.info().expectedStatus) {
      // Beside the trace in test-results/, for a failure's post-mortem.
      const path = test.info().outputPath('classroom-server.log');
      writeFileSync(path, server.log);
      await test.info().attach('classroom-server.log', { path, contentType: 'text/plain' });
    }
  });

  test('provider-managed: chat, the ghost, a student spots it, escrow theft, a server restart', async ({
    browser,
  }) => {
    const errors: string[] = [];
    const { laptop } = await openLaptop(browser, server, errors);
    const { projector } = laptop;

    await test.step('the teacher opens a provider-managed class', async () => {
      await laptop.console.getByRole('radio', { name: 'the server manages the roster' }).check();
      await laptop.command('Open a class');
      await expect(projector.getByRole('heading', { name: 'Join the class' })).toBeVisible();
      await expect(projector.getByText('0 students joined')).toBeVisible();
      await expect(
        laptop.console.getByText(/^Class [A-Z0-9]{6} is open \(the server manages the roster\)/),
      ).toBeVisible();
    });
    const code = (await projector.getByTestId('join-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await expect(
      projector.getByRole('img', { name: /^QR code of the join address / }),
    ).toBeVisible();
    // The address under the QR code: what a phone opens, so the phones here open it too.
    const shown = projector.getByText(`/#/en/live/join?code=${code}`);
    await expect(shown).toBeVisible();
    const joinUrl = (await shown.innerText()).trim();
    expect(joinUrl).toBe(`${server.phoneUrl}#/en/live/join?code=${code}`);
    await shot(projector, 'projector-1-join', [desktop, { width: 1920, height: 1080 }]);

    const names = ['Ana', 'Bastien', 'Chloé', 'Dev', 'Eun-ji'];
    const { phones } = await openPhones(browser, names, errors);
    const [ana, bastien, chloe, dev, eunji] = phones as [Phone, Phone, Phone, Phone, Phone];

    await test.step('five students join from their phones', async () => {
      for (const phone of phones) await phone.join(joinUrl);
      await expect(projector.getByText('5 students joined')).toBeVisible();
      // Each phone lists everyone it encrypts to: the teacher and the five students.
      for (const phone of phones) {
        await expect(phone.page.getByText('6 devices')).toBeVisible();
      }
      await shot(ana.page, 'phone-ana-1-joined');
    });

    await test.step('a student’s phone cannot open the console', async () => {
      if (!server.phonesOnNetwork) {
        // From 127.0.0.1 a "phone" is the teacher's machine: nothing to refuse (see the annotation).
        test.info().annotations.push({
          type: 'not covered',
          description: 'the console refused to a phone: this machine has no network address',
        });
        return;
      }
      const page = await ana.page.context().newPage();
      await page.goto(`${server.phoneUrl}#/en/live/console`);
      await expect(
        page.getByText('The live class’s console opens only on the teacher’s laptop.'),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Give the access order' })).toHaveCount(0);
      await page.close();
    });

    const hello = 'Hello from Ana, before any order';
    await test.step('chat: a message from one phone is decrypted on the others', async () => {
      await ana.send(hello);
      for (const phone of phones) await phone.expectMessage(hello);
      await laptop.show('Who can read');
      const row = `Ana: ${hello}`;
      for (const name of ['Teacher', ...names]) {
        if (name !== 'Ana') await expectCell(projector, row, name, 'can read');
      }
      for (const party of ['Messenger', 'Ghost', 'Agency', 'Mallory']) {
        await expectCell(projector, row, party, 'cannot read');
      }
      await shot(projector, 'projector-2-who-can-read', [desktop, { width: 1920, height: 1080 }]);
    });

    const afterOrder = 'Bastien, after the access order';
    await test.step('the access order: the ghost reads only what comes after it', async () => {
      await laptop.command('Give the access order');
      await expect(laptop.console.getByText('Access order given.')).toBeVisible();
      await laptop.show('Ghost’s screen');
      await expect(projector.getByText(/^Access order given at message no\. \d+\./)).toBeVisible();
      await expect(projector.getByText('Nothing decrypted yet.')).toBeVisible();
      await bastien.send(afterOrder);
      for (const phone of phones) await phone.expectMessage(afterOrder);
      const ghostReads = projector.getByRole('list').filter({ hasText: afterOrder });
      await expect(ghostReads).toContainText(`Bastien: ${afterOrder}`);
      await expect(projector.getByText(hello)).toHaveCount(0);
      await expect(projector.getByText('1 earlier message stays closed to it.')).toBeVisible();
      // Hidden, notices suppressed: every phone still lists six devices, and none says the ghost joined.
      for (const phone of phones) {
        await expect(phone.page.getByText('6 devices')).toBeVisible();
        await expect(phone.page.getByText(/^Ghost joined\.$/)).toHaveCount(0);
      }
      await shot(projector, 'projector-3-ghost', [desktop, { width: 1920, height: 1080 }]);
      // The provider's own view: the hidden entry on its roster, and the traffic to it.
      await laptop.show('Roster');
      const ghostEntry = projector.getByRole('row').filter({
        has: projector.getByRole('rowheader', { name: /^Ghost/ }),
      });
      await expect(ghostEntry).toContainText('hidden');
      await shot(projector, 'projector-3b-roster', [desktop]);
      await laptop.show('Provider’s view');
      const relayed = projector.getByRole('row').filter({ hasText: /^\d+Bastien/ });
      await expect(relayed).toContainText('including the hidden ghost');
      await expect(projector.getByText(afterOrder)).toHaveCount(0);
      await shot(projector, 'projector-3c-provider-view', [desktop, { width: 1920, height: 1080 }]);
      await laptop.show('Who can read');
      await expectCell(projector, `Ana: ${hello}`, 'Ghost', 'cannot read');
      await expectCell(projector, `Bastien: ${afterOrder}`, 'Ghost', 'can read');
    });

    await test.step('a student checks the roster, finds the ghost and reports it', async () => {
      await chloe.page.getByRole('button', { name: 'Check the roster' }).click();
      await expect(chloe.page.getByText(/^Your phone found \d+ problems?:$/)).toBeVisible();
      // Its own roster check: it encrypts to a device no member added (the hidden ghost).
      const finding = chloe.page.getByRole('listitem').filter({
        hasText: /^Your phone encrypts to .+, a device that no member added to the class\./,
      });
      await expect(finding).toHaveCount(1);
      await shot(chloe.page, 'phone-chloe-2-found');
      await finding.getByRole('button', { name: 'Report it to the class' }).click();
      await expect(finding.getByText('Reported: the teacher’s screen shows it.')).toBeVisible();
      await laptop.show('Reports');
      const reports = projector.getByRole('table', {
        name: 'Reports from the phones, first first',
      });
      const row = reports
        .getByRole('row')
        .filter({ has: projector.getByRole('rowheader', { name: 'Chloé' }) });
      await expect(row).toContainText('checked the roster');
      await expect(row).toContainText('Ghost');
      await expect(row).toContainText(/\d+ min \d+ s/);
      await shot(projector, 'projector-4-reports', [desktop, { width: 1920, height: 1080 }]);
    });

    const escrowed = 'Dev, under key escrow';
    await test.step('escrow, then Mallory steals the master key', async () => {
      await laptop.command('Mandate escrow');
      await expect(laptop.console.getByText('Escrow is mandated.')).toBeVisible();
      for (const phone of phones) {
        await expect(phone.page.getByText(/^Key escrow is on/)).toBeVisible();
      }
      await dev.send(escrowed);
      for (const phone of phones) await phone.expectMessage(escrowed);
      await laptop.show('Who can read');
      await expectCell(projector, `Dev: ${escrowed}`, 'Agency', 'can read');
      await expectCell(projector, `Dev: ${escrowed}`, 'Mallory', 'cannot read');
      await laptop.command('Mallory steals the master key');
      await expect(laptop.console.getByText('Mallory holds the master key.')).toBeVisible();
      await expectCell(projector, `Dev: ${escrowed}`, 'Mallory', 'can read');
      // Before escrow, nothing was locked for the agency: the theft does not open it.
      await expectCell(projector, `Ana: ${hello}`, 'Mallory', 'cannot read');
      await shot(projector, 'projector-5-mallory', [desktop, { width: 1920, height: 1080 }]);
    });

    const afterRestart = 'Eun-ji, after the restart';
    await test.step('the server restarts mid-lesson: phones reconnect, nothing lost or doubled', async () => {
      await server.kill();
      for (const phone of phones) {
        await expect(phone.connection).toContainText(/Connection lost|Reconnecting/);
      }
      await shot(eunji.page, 'phone-eunji-3-lost');
      await server.restart();
      // Eun-ji writes as soon as her phone is back: the others, still waiting
      // out their backoff, get it by catching up when they reconnect.
      await expect(eunji.connection).toContainText(/Back online|Online/, { timeout: 20_000 });
      await eunji.send(afterRestart);
      for (const phone of phones) {
        await expect(phone.connection).toContainText(/Back online|Online/, { timeout: 20_000 });
      }
      const all = [hello, afterOrder, escrowed, afterRestart];
      for (const phone of phones) {
        for (const text of all) await phone.expectMessage(text);
      }
      for (const phone of phones) {
        await phone.expectNoSideways();
        // No false replay: no message is refused as "a copy of one already received".
        await expect(phone.chat.getByText(/could not be opened/)).toHaveCount(0);
      }
      await shot(eunji.page, 'phone-eunji-4-after-restart');
      await shot(ana.page, 'phone-ana-4-after-restart');
      await laptop.show('Who can read');
      for (const name of names) {
        if (name !== 'Eun-ji')
          await expectCell(projector, `Eun-ji: ${afterRestart}`, name, 'can read');
      }
      await expectCell(projector, `Eun-ji: ${afterRestart}`, 'Ghost', 'can read');
      await shot(projector, 'projector-6-after-restart', [desktop, { width: 1920, height: 1080 }]);
    });

    await test.step('a reload keeps the phone’s identity and its messages, once each', async () => {
      await dev.page.reload();
      await expect(dev.page.getByText('You are back as Dev.')).toBeVisible();
      await expect(dev.connection).toContainText('Online');
      for (const text of [hello, afterOrder, escrowed, afterRestart]) await dev.expectMessage(text);
      await expect(dev.chat.getByText(/could not be opened/)).toHaveCount(0);
    });

    expect(errors).toEqual([]);
  });

  test('member-signed: the phones refuse the ghost until one phone is ordered to sign it in', async ({
    browser,
  }) => {
    const errors: string[] = [];
    const { laptop } = await openLaptop(browser, server, errors);
    const { projector } = laptop;
    await laptop.console.getByRole('radio', { name: 'members sign the roster' }).check();
    await laptop.command('Open a class');
    await expect(projector.getByText('0 students joined')).toBeVisible();
    const code = (await projector.getByTestId('join-code').innerText()).trim();

    const names = ['Farid', 'Gabrielle', 'Hugo'];
    const { phones } = await openPhones(browser, names, errors);
    const [farid, gabrielle, hugo] = phones as [Phone, Phone, Phone];
    await test.step('three students join; the teacher’s device signs each of them in', async () => {
      for (const phone of phones) await phone.join(`${server.phoneUrl}#/en/live/join?code=${code}`);
      for (const phone of phones) {
        await expect(phone.page.getByText('4 devices')).toBeVisible();
        await expect(phone.page.getByText('Members sign every change to this list.')).toBeVisible();
      }
    });

    await test.step('a prediction vote on the phones, tallied on the projector', async () => {
      await laptop.console
        .getByRole('radio', {
          name: 'After the order, will the Ghost read the messages sent before it?',
        })
        .check();
      await laptop.command('Open the vote');
      const question = 'After the order, will the Ghost read the messages sent before it?';
      for (const phone of phones) {
        await expect(phone.page.getByRole('group', { name: question })).toBeVisible();
      }
      await farid.page
        .getByRole('radio', { name: 'No: only the messages sent after the order' })
        .check();
      await gabrielle.page
        .getByRole('radio', { name: 'No: only the messages sent after the order' })
        .check();
      await hugo.page.getByRole('radio', { name: 'Yes, all of them' }).check();
      await expect(hugo.page.getByText('Your vote: Yes, all of them.')).toBeVisible();
      await expect(projector.getByText('3 phones voted')).toBeVisible();
      await shot(projector, 'projector-8-vote', [desktop]);
      await laptop.command('Close the vote');
      for (const phone of phones) {
        await expect(phone.page.getByRole('group', { name: question })).toHaveCount(0);
      }
    });

    await test.step('two neighbours compare safety numbers: the same digits on both phones', async () => {
      await gabrielle.page.getByLabel('Classmate').selectOption({ label: 'Farid' });
      await farid.page.getByLabel('Classmate').selectOption({ label: 'Gabrielle' });
      const onGabrielle = gabrielle.page.getByRole('list', {
        name: 'Your safety number with Farid',
      });
      const onFarid = farid.page.getByRole('list', { name: 'Your safety number with Gabrielle' });
      const digits = (await onGabrielle.innerText()).replace(/\s+/g, ' ').trim();
      expect(digits).toMatch(/^\d+( \d+)+$/);
      expect((await onFarid.innerText()).replace(/\s+/g, ' ').trim()).toBe(digits);
      await gabrielle.page.getByRole('button', { name: 'Same digits' }).click();
      await expect(
        gabrielle.page.getByText(/^Good: you and Farid see the same keys\./),
      ).toBeVisible();
      await shot(farid.page, 'phone-farid-6-safety-number');
    });

    const before = 'Farid, before the order';
    const refused = 'Gabrielle, after the order: the phones refuse the ghost';
    await test.step('the access order reaches no phone: the chain says no', async () => {
      await farid.send(before);
      for (const phone of phones) await phone.expectMessage(before);
      await laptop.command('Give the access order');
      await expect(laptop.console.getByText('Access order given.')).toBeVisible();
      await gabrielle.send(refused);
      for (const phone of phones) await phone.expectMessage(refused);
      for (const phone of phones) await expect(phone.page.getByText('4 devices')).toBeVisible();
      await laptop.show('Who can read');
      await expectCell(projector, `Gabrielle: ${refused}`, 'Ghost', 'cannot read');
      await laptop.show('Ghost’s screen');
      await expect(projector.getByText('Nothing decrypted yet.')).toBeVisible();
      // Truthfully: the phones refused, so even the message after the order stays closed.
      await expect(projector.getByText(/they did not encrypt for it/)).toBeVisible();
      await expect(projector.getByText('All 2 messages stay closed to it.')).toBeVisible();
      await shot(projector, 'projector-7-member-signed-refused', [desktop]);
    });

    const afterUpdate = 'Farid, after Hugo’s phone was updated';
    await test.step('the ordered client update to one phone: it signs the ghost in, everyone sees it', async () => {
      await laptop.console.getByLabel('Phone to update').selectOption({ label: 'Hugo' });
      await laptop.command('Push the ordered update');
      // The others' phones follow the chain: a signed change, made by Hugo's phone, adds the ghost.
      for (const phone of [farid, gabrielle]) {
        await expect(phone.page.getByText('5 devices')).toBeVisible();
        await expect(phone.page.getByText('ghost: not a classmate')).toBeVisible();
        await expect(phone.page.getByText('Hugo’s phone added Ghost.')).toBeVisible();
      }
      // The updated app hides it from its own user: Hugo's list still shows four.
      await expect(hugo.page.getByText('4 devices')).toBeVisible();
      await expect(hugo.page.getByText('ghost: not a classmate')).toHaveCount(0);
      await shot(gabrielle.page, 'phone-gabrielle-5-ghost-signed-in');
      await farid.send(afterUpdate);
      for (const phone of phones) await phone.expectMessage(afterUpdate);
      await expect(projector.getByText(`Farid: ${afterUpdate}`)).toBeVisible();
      await expect(projector.getByText(refused)).toHaveCount(0);
      await laptop.show('Who can read');
      await expectCell(projector, `Farid: ${afterUpdate}`, 'Ghost', 'can read');
      await expectCell(projector, `Farid: ${afterUpdate}`, 'Gabrielle', 'can read');
      await expectCell(projector, `Farid: ${afterUpdate}`, 'Hugo', 'can read');
      await expect(hugo.connection).toContainText('Online');
    });

    expect(errors).toEqual([]);
  });
});
