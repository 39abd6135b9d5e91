// Scratch (not committed): drives the real server, the projector and console pages, and Node phones; takes screenshots.
import { chromium } from 'playwright';
import WebSocket from 'ws';
import { LivePhone, memoryKeyStore } from '@e2ee-kit/live';
import { chromiumLaunchOptions } from '@e2ee-kit/chromium';

const origin = 'http://localhost:47813';
const lang = process.argv[2] ?? 'en';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const browser = await chromium.launch({ ...chromiumLaunchOptions, executablePath: '/usr/bin/chromium' });
const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const projector = await context.newPage();
projector.on('console', (m) => { if (m.type() === 'error') console.log('projector console:', m.text()); });
projector.on('pageerror', (e) => console.log('projector error:', e.message));
await projector.goto(`${origin}/#/${lang}/present`);
await sleep(2500);
await projector.screenshot({ path: `/tmp/shots/${lang}-presenter-1366.png` });
await projector.goto(`${origin}/#/${lang}/live/projector`);
await sleep(2500);
const consolePage = await context.newPage();
await consolePage.setViewportSize({ width: 900, height: 760 });
consolePage.on('pageerror', (e) => console.log('console error:', e.message));
await consolePage.goto(`${origin}/#/${lang}/live/console`);
await sleep(1500);
await consolePage.screenshot({ path: `/tmp/shots/${lang}-console-empty.png`, fullPage: true });
await consolePage.getByRole('button', { name: lang === 'en' ? 'Open a class' : 'Ouvrir une classe' }).click();
await sleep(2500);
const code = (await projector.getByTestId('join-code').textContent())?.trim() ?? '';
console.log('code', code);
const url = origin.replace(/^http/, 'ws') + '/ws';
const phones: LivePhone[] = [];
for (const name of ['Dana', 'Eli', 'Farah', 'Gaspard', 'Hélène', 'Idris', 'Jade', 'Kofi']) {
  phones.push(await LivePhone.start({ url, code, name, store: memoryKeyStore(), WebSocket: WebSocket as never }));
  await sleep(400);
}
await sleep(2000);
for (const shotSize of [[1366, 768], [1920, 1080]] as const) {
  await projector.setViewportSize({ width: shotSize[0], height: shotSize[1] });
  await sleep(500);
  await projector.screenshot({ path: `/tmp/shots/${lang}-join-${shotSize[0]}.png` });
}
await projector.setViewportSize({ width: 1366, height: 768 });
phones[0]!.send('See you at 6?');
await sleep(700);
phones[1]!.send('Bring the leaflets.');
await sleep(1500);
const click = async (en: string, fr: string) => {
  await consolePage.getByRole('button', { name: lang === 'en' ? en : fr, exact: true }).click();
  await sleep(1500);
  console.log(en, '→', await consolePage.getByTestId('console-result').textContent());
};
await click('Give the access order', 'Donner l’ordre d’accès');
await click('Push the ordered update', 'Envoyer la mise à jour ordonnée');
await sleep(1500);
phones[2]!.send('Is this still private?');
await sleep(1500);
await click('Mandate escrow', 'Imposer le séquestre');
phones[3]!.send('Who else reads this?');
await sleep(1500);
await click('Mallory steals the master key', 'Mallory vole la clé maîtresse');
for (const p of phones.slice(4, 6)) {
  const findings = p.checkRoster();
  console.log('findings', findings.length);
  if (findings[0]) p.report(findings[0]);
}
await click('Open the vote', 'Ouvrir le vote');
phones.forEach((p, i) => { try { p.vote(['all', 'after', 'after', 'none'][i % 4]!); } catch (e) { console.log('vote', String(e)); } });
await sleep(2000);
await consolePage.screenshot({ path: `/tmp/shots/${lang}-console-full.png`, fullPage: true });
await consolePage.setViewportSize({ width: 1366, height: 768 });
await consolePage.screenshot({ path: `/tmp/shots/${lang}-console-1366.png` });
const panels = lang === 'en'
  ? ['Join', 'Provider’s view', 'Roster', 'Who can read', 'Ghost’s screen', 'Reports', 'Vote']
  : ['Rejoindre', 'Vue du fournisseur', 'Liste des membres', 'Qui peut lire', 'Écran du fantôme', 'Signalements', 'Vote'];
for (const shotSize of [[1366, 768], [1920, 1080]] as const) {
  await projector.setViewportSize({ width: shotSize[0], height: shotSize[1] });
  for (const [i, panel] of panels.entries()) {
    await projector.getByRole('navigation').getByRole('button', { name: panel, exact: true }).click();
    await sleep(400);
    await projector.screenshot({ path: `/tmp/shots/${lang}-${i}-${shotSize[0]}.png` });
  }
}
console.log(JSON.stringify(await projector.evaluate(() => document.documentElement.scrollHeight > innerHeight)));
for (const p of phones) p.close();
await browser.close();
