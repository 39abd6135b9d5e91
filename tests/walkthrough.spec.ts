import type { Locator, Page } from '@playwright/test';
import { expect, test, type Language, type LessonPage } from './fixtures.js';

/**
 * The whole lesson in presenter mode, driven by the keyboard alone: after the
 * first `page.goto`, every move is a key press (Tab, Shift+Tab, Enter, Space,
 * arrows, typing). Locators only check what is on screen and where focus is.
 * Each demo is used the way a keyboard user would: send messages, issue the
 * access order through its dialog, reveal the hidden notices, run the roster
 * check, let the disguised ghost in, steal the master key, answer the quiz.
 */

const nb = '\u00a0';
const nnb = '\u202f';

/** One quiz question as the lesson shows it, with the positions of its right answers. */
interface Question {
  prompt: string;
  kind: 'single' | 'multiple';
  choices: number;
  correct: readonly number[];
}

/** The words the walkthrough reads or looks for, in each language (from the app's strings). */
interface Words {
  pair: string;
  group: string;
  sendAs: string;
  messageTo: (conversation: string) => string;
  sent: (name: string, conversation: string) => string;
  chatHeading: string;
  seatsLegend: string;
  provider: RegExp;
  providerName: string;
  cannotRead: string;
  seatSummary: (name: string, readable: number, total: number) => string;
  providerTitle: string;
  relayCaption: string;
  ciphertextOf: RegExp;
  groupCaption: string;
  noGroupMessage: string;
  cellCan: (name: string, n: number) => string;
  cellCannot: (name: string, n: number) => string;
  ghost: string;
  issue: string;
  dialogTitle: string;
  cancel: string;
  confirm: string;
  carriedOut: string;
  beforeOrder: string;
  afterOrder: string;
  revealAll: string;
  hideAll: string;
  panelTitles: readonly string[];
  membersShown: (count: number) => string;
  suppressedHeading: string;
  suppressedFlag: string;
  ghostJoined: RegExp;
  partOne: string;
  left: string;
  right: string;
  match: string;
  matchWithGhost: string;
  partTwoCheck: string;
  disguisedLeft: string;
  disguisedRight: string;
  slip: string;
  slipped: string;
  mismatch: string;
  groupsDiffer: (differing: number, total: number) => string;
  runCheck: string;
  rerunCheck: string;
  checkDone: string;
  carolPanel: string;
  unverified: string;
  possibleGhost: string;
  notSigned: string;
  hiddenFromList: string;
  escrowCaption: string;
  steal: string;
  stolen: (count: number, total: number) => string;
  stolenAlready: string;
  beforeTheft: string;
  checkAnswer: string;
  /** QuizSlides (presenter mode): the mark of a right answer, the tally's + button, the next question. */
  slideRight: string;
  moreVotes: (letter: string) => string;
  votesFor: (letter: string) => string;
  nextQuestion: string;
  position: (n: number, total: number) => string;
  rightAnswer: string;
  correctVerdict: string;
  score: (right: number, total: number) => string;
  questions: readonly Question[];
  exitPrompt: RegExp;
  saved: string;
  lastProgress: string;
  messages: { alice: string; bob: string; group: string; afterOrder: string; exit: string };
}

/** Right answers, by position: the same in both languages (apps/lesson/src/content/outline.ts). */
const quizShape: readonly Omit<Question, 'prompt'>[] = [
  { kind: 'single', choices: 4, correct: [1] },
  { kind: 'multiple', choices: 5, correct: [0, 1, 3] },
  { kind: 'single', choices: 4, correct: [0] },
  { kind: 'multiple', choices: 5, correct: [0, 1, 3] },
  { kind: 'single', choices: 4, correct: [0] },
  { kind: 'multiple', choices: 4, correct: [0, 1, 3] },
];

function quiz(prompts: readonly string[]): Question[] {
  return quizShape.map((shape, i) => ({ ...shape, prompt: prompts[i] ?? '' }));
}

const words: Record<Language, Words> = {
  en: {
    pair: 'Alice & Bob',
    group: 'Class group',
    sendAs: 'Send as',
    messageTo: (c) => `Message to ${c}`,
    sent: (name, c) => `${name} sent a message to the chat “${c}”.`,
    chatHeading: 'The chat, seen from one seat',
    seatsLegend: 'Read the chat as',
    provider: /^Messenger \(provider\)$/,
    providerName: 'Messenger',
    cannotRead: 'Encrypted: you cannot read this',
    seatSummary: (name, r, n) => `${name} can read ${r} of ${n} message${n === 1 ? '' : 's'}.`,
    providerTitle: 'What the provider sees',
    relayCaption: 'Relay log',
    ciphertextOf: /^Ciphertext no\. \d+ from /,
    groupCaption: 'Who can read each message of the class group',
    noGroupMessage: 'No message yet: send one and watch the table fill in.',
    cellCan: (name, n) => `${name} can read message ${n}`,
    cellCannot: (name, n) => `${name} cannot read message ${n}`,
    ghost: 'Ghost',
    issue: 'Issue the access order',
    dialogTitle: 'Issue the access order?',
    cancel: 'Cancel',
    confirm: 'Issue the order',
    carriedOut:
      'The access order was carried out. A Ghost column was added to the table: it can read only the messages sent after the order.',
    beforeOrder: '(before the order)',
    afterOrder: '(after the order)',
    revealAll: 'Reveal what the provider hid, on all three phones',
    hideAll: 'Hide the suppressed notices again',
    panelTitles: [
      'The class group on Alice’s phone',
      'The class group on Bob’s phone',
      'The class group on Carol’s phone',
    ],
    membersShown: (count) => `Members shown (${count})`,
    suppressedHeading: 'Suppressed by the provider: the user never saw these',
    suppressedFlag: 'Suppressed',
    ghostJoined: /Ghost \(.+\) joined the conversation\./,
    partOne: 'Alice and Bob, on the lesson’s messenger',
    left: 'Alice’s phone (number with Bob)',
    right: 'Bob’s phone (number with Alice)',
    match: 'The numbers match: both phones see the same keys for Alice and Bob.',
    matchWithGhost:
      'The numbers match although the Ghost reads the class group: a safety number compares two people’s keys, not the list of who else is in a group.',
    partTwoCheck: 'Alice and Bob, on the second messenger',
    disguisedLeft: 'Alice’s phone, second messenger (number with Bob)',
    disguisedRight: 'Bob’s phone, second messenger (number with Alice)',
    slip: 'Let the server slip in a disguised ghost',
    slipped:
      'The server registered the ghost as a second device of Bob’s, certified by an identity key that is not Bob’s. Alice’s phone now uses that key for Bob’s half of the number; Bob’s phone does not. The numbers no longer match: comparing them exposes the ghost.',
    mismatch:
      'The numbers do not match: the phones see different keys. Someone may have slipped in a device; do not trust this chat until you know why.',
    groupsDiffer: (d, n) => `${d} of ${n} groups differ.`,
    runCheck: 'Run the check on Carol’s phone',
    rerunCheck: 'Run the check again',
    checkDone: 'Check done: the app encrypts to 1 device the server hides from the list.',
    carolPanel: 'The class group on Carol’s phone',
    unverified: 'Unverified: your app encrypts to 1 device hidden from the list or not certified.',
    possibleGhost: 'Possible ghost',
    notSigned: 'encrypted to, but hidden by the provider',
    hiddenFromList: 'hidden from the member list',
    escrowCaption: 'Who can read each message on the messenger with escrow',
    steal: 'Mallory steals the master key',
    stolen: (count, total) =>
      `Mallory now holds a copy of the master key: she can read ${count} of the ${total} messages, the ones sent before the theft included.`,
    stolenAlready: 'Mallory holds a stolen copy of the master key.',
    beforeTheft: '(before the theft)',
    checkAnswer: 'Check answer',
    slideRight: 'Right answer',
    moreVotes: (letter) => `One more vote for answer ${letter}`,
    votesFor: (letter) => `Votes for answer ${letter}`,
    nextQuestion: 'Next question',
    position: (n, total) => `Question ${n} of ${total}`,
    rightAnswer: 'Right, well done.',
    correctVerdict: 'Correct.',
    score: (r, n) => `Score: ${r} of ${n} questions answered right.`,
    questions: quiz([
      'A ghost is added to a group chat on Tuesday. Which messages can it read?',
      'Alice sends Bob an end-to-end encrypted message. What can the provider’s server see?',
      'Why is key escrow (one master key for the authorities) riskier than a ghost added to one chat?',
      'Which of these can help a careful app catch a ghost?',
      'What happened in the National Assembly on the night of 20 March 2025?',
      'Which of these statements about what happened next are true?',
    ]),
    exitPrompt: /^A friend says: “A backdoor only for the police is fine\./,
    saved: 'Saved on this device.',
    lastProgress: 'Step 3 of 3 · Chapter 7 of 7',
    messages: {
      alice: 'Lunch at noon by the gym?',
      bob: 'Yes, see you there',
      group: 'Test on Friday, revise chapter 4',
      afterOrder: 'Who else is reading this?',
      exit: 'A door for the police is a door for Mallory too: a stolen key reads everything.',
    },
  },
  fr: {
    pair: 'Alice et Bob',
    group: 'Groupe de la classe',
    sendAs: 'Envoyer en tant que',
    messageTo: (c) => `Message pour «${nb}${c}${nb}»`,
    sent: (name, c) => `${name} a envoyé un message dans «${nb}${c}${nb}».`,
    chatHeading: 'La conversation, vue d’un participant',
    seatsLegend: 'Lire la conversation en tant que',
    provider: /^Messagerie \(serveur\)$/,
    providerName: 'Messagerie',
    cannotRead: `Chiffré${nb}: vous ne pouvez pas le lire`,
    seatSummary: (name, r, n) => `Messages lisibles par ${name}${nb}: ${r} sur ${n}.`,
    providerTitle: 'Ce que voit le fournisseur',
    relayCaption: 'Ce que le serveur relaie',
    ciphertextOf: /^Texte chiffré n°\s\d+ de /,
    groupCaption: 'Qui peut lire chaque message du groupe de la classe',
    noGroupMessage: `Aucun message pour l’instant${nb}: envoyez-en un et regardez le tableau se remplir.`,
    cellCan: (name, n) => `${name} peut lire le message ${n}`,
    cellCannot: (name, n) => `${name} ne peut pas lire le message ${n}`,
    ghost: 'Fantôme',
    issue: 'Émettre l’ordre d’accès',
    dialogTitle: `Émettre l’ordre d’accès${nnb}?`,
    cancel: 'Annuler',
    confirm: 'Émettre l’ordre',
    carriedOut: `L’ordre d’accès a été exécuté. Une colonne Fantôme a été ajoutée au tableau${nb}: il ne peut lire que les messages envoyés après l’ordre.`,
    beforeOrder: '(avant l’ordre)',
    afterOrder: '(après l’ordre)',
    revealAll: 'Révéler ce que le fournisseur a caché, sur les trois téléphones',
    hideAll: 'Masquer de nouveau les avertissements supprimés',
    panelTitles: [
      'Le groupe de la classe sur le téléphone d’Alice',
      'Le groupe de la classe sur le téléphone de Bob',
      'Le groupe de la classe sur le téléphone de Carol',
    ],
    membersShown: (count) => `Membres affichés (${count})`,
    suppressedHeading: `Supprimés par le fournisseur${nb}: l’utilisateur ne les a jamais vus`,
    suppressedFlag: 'Supprimé',
    ghostJoined: /Fantôme \(.+\) a rejoint la conversation\./,
    partOne: 'Alice et Bob, sur la messagerie de la leçon',
    left: 'Téléphone d’Alice (numéro avec Bob)',
    right: 'Téléphone de Bob (numéro avec Alice)',
    match: `Les numéros sont identiques${nb}: les deux téléphones voient les mêmes clés pour Alice et Bob.`,
    matchWithGhost: `Les numéros sont identiques alors que le Fantôme lit le groupe de la classe${nb}: un numéro de sécurité compare les clés de deux personnes, pas la liste de ceux qui sont dans un groupe.`,
    partTwoCheck: 'Alice et Bob, sur la seconde messagerie',
    disguisedLeft: 'Téléphone d’Alice, seconde messagerie (numéro avec Bob)',
    disguisedRight: 'Téléphone de Bob, seconde messagerie (numéro avec Alice)',
    slip: 'Laisser le serveur glisser un fantôme déguisé',
    slipped: `Le serveur a inscrit le fantôme comme second appareil de Bob, certifié par une clé d’identité qui n’est pas celle de Bob. Le téléphone d’Alice utilise désormais cette clé pour la moitié du numéro qui concerne Bob${nnb}; celui de Bob, non. Les numéros ne correspondent plus${nb}: les comparer démasque le fantôme.`,
    mismatch: `Les numéros ne correspondent pas${nb}: les téléphones voient des clés différentes. Quelqu’un a peut-être glissé un appareil${nnb}; ne vous fiez pas à cette conversation avant de savoir pourquoi.`,
    groupsDiffer: (d, n) => `${d} groupes sur ${n} diffèrent.`,
    runCheck: 'Lancer la vérification sur le téléphone de Carol',
    rerunCheck: 'Relancer la vérification',
    checkDone: `Vérification faite${nb}: l’application chiffre pour 1 appareil que le serveur cache de la liste.`,
    carolPanel: 'Le groupe de la classe sur le téléphone de Carol',
    unverified: `Non vérifiée${nb}: votre application chiffre pour 1 appareil caché de la liste ou non certifié.`,
    possibleGhost: 'Fantôme possible',
    notSigned: 'destinataire, mais caché par le fournisseur',
    hiddenFromList: 'caché de la liste des membres',
    escrowCaption: 'Qui peut lire chaque message sur la messagerie avec séquestre',
    steal: 'Mallory vole la clé maîtresse',
    stolen: (count, total) =>
      `Mallory détient maintenant une copie de la clé maîtresse${nb}: elle peut lire ${count} des ${total} messages, y compris ceux envoyés avant le vol.`,
    stolenAlready: 'Mallory détient une copie volée de la clé maîtresse.',
    beforeTheft: '(avant le vol)',
    checkAnswer: 'Vérifier',
    slideRight: 'Bonne réponse',
    moreVotes: (letter) => `Une voix de plus pour la réponse ${letter}`,
    votesFor: (letter) => `Votes pour la réponse ${letter}`,
    nextQuestion: 'Question suivante',
    position: (n, total) => `Question ${n} sur ${total}`,
    rightAnswer: 'Bonne réponse, bravo.',
    correctVerdict: 'Correct.',
    score: (r, n) => `Score${nb}: ${r} questions réussies sur ${n}.`,
    questions: quiz([
      `Un fantôme est ajouté à une conversation de groupe le mardi. Quels messages peut-il lire${nnb}?`,
      `Alice envoie à Bob un message chiffré de bout en bout. Que peut voir le serveur du fournisseur${nnb}?`,
      `Pourquoi le séquestre de clés (une clé maîtresse pour les autorités) est-il plus risqué qu’un fantôme ajouté à une seule conversation${nnb}?`,
      `Parmi ces moyens, lesquels peuvent aider une application prudente à démasquer un fantôme${nnb}?`,
      `Que s’est-il passé à l’Assemblée nationale dans la nuit du 20 mars 2025${nnb}?`,
      `Parmi ces affirmations sur la suite des événements, lesquelles sont vraies${nnb}?`,
    ]),
    exitPrompt: /^Un ami vous dit\s*: «\s*Une porte dérobée réservée à la police/,
    saved: 'Enregistré sur cet appareil.',
    lastProgress: 'Étape 3 sur 3 · Chapitre 7 sur 7',
    messages: {
      alice: 'On déjeune à midi près du gymnase ?',
      bob: 'Oui, à tout à l’heure',
      group: 'Contrôle vendredi, révisez le chapitre 4',
      afterOrder: 'Qui d’autre lit ceci ?',
      exit: 'Une porte pour la police est aussi une porte pour Mallory : une clé volée lit tout.',
    },
  },
};

// ----- Keyboard helpers: keys act, locators only look -----

/** A short description of the focused element, for failure messages. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return 'nothing (the page body)';
    const role = el.getAttribute('role');
    const type = el instanceof HTMLInputElement ? ` type=${el.type}` : '';
    const name = el.getAttribute('aria-label') ?? el.textContent.replace(/\s+/g, ' ').trim();
    return `<${el.tagName.toLowerCase()}${role === null ? '' : ` role=${role}`}${type}> “${name.slice(0, 80)}”`;
  });
}

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times.
 * Fails with the path focus took if it never gets there: that is a keyboard
 * trap or an unreachable control.
 */
async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 40 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  if (await isFocused(target)) return;
  const path: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) return;
    path.push(await describeFocus(page));
  }
  throw new Error(
    `${target.toString()} not reached with ${max} × ${backwards ? 'Shift+Tab' : 'Tab'}; focus went:\n  ${path.join('\n  ')}`,
  );
}

/** The focused element shows a focus indicator: an outline or a box shadow. */
async function expectFocusVisible(page: Page, where: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      shadow: style.boxShadow !== 'none' && style.boxShadow !== '',
    };
  });
  expect(ring, `something has focus (${where})`).not.toBeNull();
  expect(
    (ring?.outline ?? false) || (ring?.shadow ?? false),
    `the focused element ${await describeFocus(page)} shows a focus ring (${where})`,
  ).toBe(true);
}

/** Whether focus is in a field that keeps presenter keys to itself. */
function focusIsInAField(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
  });
}

const presenterKeys = ['ArrowRight', 'Space', 'PageDown'] as const;

/**
 * Moves through the lesson with the presenter keys (→, Space, PageDown in
 * turn) until `chapter/step`, checking at each move that the title changed
 * and that focus went to the new title. The first key is PageDown, because
 * Space would press a focused button instead.
 */
async function presentUntil(
  lesson: LessonPage,
  titles: string[],
  chapter: string,
  step: string,
): Promise<void> {
  const { page } = lesson;
  for (let i = 0; i < 25; i += 1) {
    const here = await lesson.place();
    if (here.chapter === chapter && here.step === step) return;
    expect(
      await focusIsInAField(page),
      `focus must leave the text field before the presenter keys (it is on ${await describeFocus(page)})`,
    ).toBe(false);
    const key = i === 0 ? 'PageDown' : (presenterKeys[i % presenterKeys.length] ?? 'ArrowRight');
    const before = (await lesson.currentStep()).title;
    await lesson.pressAndMove(key);
    await expect(lesson.title).not.toHaveText(before);
    await expect(lesson.title, 'focus moves to the new step’s title').toBeFocused();
    if (i === 0) await expectFocusVisible(page, 'the new step’s title');
    titles.push((await lesson.currentStep()).title);
  }
  throw new Error(`did not reach ${chapter}/${step}`);
}

/** The five-digit groups of one side of a safety-number check, in order. */
async function safetyGroups(side: Locator): Promise<string[]> {
  const text = (await side.textContent()) ?? '';
  return text.match(/\d{5}/g) ?? [];
}

for (const lang of ['en', 'fr'] as const) {
  test(`the whole lesson by keyboard alone, presenter mode (${lang})`, async ({
    lesson,
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    const w = words[lang];
    const demo = lesson.demo;
    const titles: string[] = [];

    // ----- Chapter 1: the only non-keyboard action is opening the first step -----
    await lesson.goto(lang, 'present', 'vote', 'the-bill');
    expect(await lesson.language()).toBe(lang);
    titles.push((await lesson.currentStep()).title);
    await page.keyboard.press('Tab');
    await expectFocusVisible(page, 'first Tab: the skip link');

    // ----- Chapter 2: Alice and Bob -----
    await presentUntil(lesson, titles, 'e2ee', 'alice-and-bob');
    const sendAs = demo.getByRole('group', { name: w.sendAs });
    await expect(sendAs, 'the demo has loaded').toBeVisible();
    const box = demo.getByRole('textbox', { name: w.messageTo(w.pair) });

    await tabTo(page, sendAs.getByRole('radio', { name: 'Alice' }));
    await expect(sendAs.getByRole('radio', { name: 'Alice' })).toBeChecked();
    await expectFocusVisible(page, 'the sender radio group');
    await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.type(w.messages.alice);
    await page.keyboard.press('Enter');
    await expect(demo.getByText(w.sent('Alice', w.pair))).toBeVisible();
    await expect(
      demo.getByRole('form', { name: w.messageTo(w.pair) }),
      'the focus leaves the box for its form, where the clicker works',
    ).toBeFocused();
    await expect(box).toHaveValue('');
    await expectFocusVisible(page, 'the send form after a send');

    // Bob sends: Tab goes back into the form, to the sender choice, one arrow to Bob.
    await page.keyboard.press('Tab');
    await expect(sendAs.getByRole('radio', { name: 'Alice' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(sendAs.getByRole('radio', { name: 'Bob' })).toBeChecked();
    await expect(sendAs.getByRole('radio', { name: 'Bob' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.type(w.messages.bob);
    await page.keyboard.press('Enter');
    await expect(demo.getByText(w.sent('Bob', w.pair))).toBeVisible();

    // Bob's seat (the default) reads both messages.
    const chat = demo.getByRole('region', { name: w.chatHeading });
    const seats = chat.getByRole('group', { name: w.seatsLegend });
    const bobSeat = seats.getByRole('radio', { name: 'Bob' });
    const providerSeat = seats.getByRole('radio', { name: w.provider });
    await expect(bobSeat).toBeChecked();
    await expect(chat.getByRole('article')).toHaveCount(2);
    await expect(chat.getByText(w.messages.alice, { exact: true })).toBeVisible();
    await expect(chat.getByText(w.messages.bob, { exact: true })).toBeVisible();

    // The provider's seat, by keyboard: Tab past Send to the seat switch, one arrow.
    await tabTo(page, bobSeat);
    await page.keyboard.press('ArrowRight');
    await expect(providerSeat).toBeChecked();
    await expect(providerSeat).toBeFocused();
    await expect(chat.getByText(w.seatSummary(w.providerName, 0, 2))).toBeVisible();
    await expect(chat.getByText(w.cannotRead)).toHaveCount(2);
    await expect(chat).not.toContainText(w.messages.alice);
    await expect(chat).not.toContainText(w.messages.bob);

    // What the provider holds: metadata and ciphertext, never the text.
    const providerView = demo.getByRole('region', { name: w.providerTitle });
    const relay = providerView.getByRole('region', { name: w.relayCaption });
    await expect(relay.getByRole('row')).toHaveCount(3); // header + two messages
    await expect(providerView.getByRole('figure', { name: w.ciphertextOf })).toHaveCount(2);
    await expect(providerView).not.toContainText(w.messages.alice);
    await expect(providerView).not.toContainText(w.messages.bob);

    // Back to Bob's seat: the text is there again.
    await page.keyboard.press('ArrowLeft');
    await expect(bobSeat).toBeChecked();
    await expect(chat.getByText(w.messages.bob, { exact: true })).toBeVisible();

    // The provider's wide tables scroll sideways with the arrows once focused,
    // instead of turning the page (they were out of keyboard reach before).
    const directory = providerView.getByRole('region').first();
    await page.keyboard.press('Tab');
    await expect(directory).toBeFocused();
    await expectFocusVisible(page, 'a scrollable table of the provider view');
    const overflows = await directory.evaluate((el) => el.scrollWidth > el.clientWidth);
    if (overflows) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => directory.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect((await lesson.place()).step, 'the arrow scrolled, the page stayed').toBe(
        'alice-and-bob',
      );
    }

    // ----- Chapter 2: the class group -----
    await presentUntil(lesson, titles, 'e2ee', 'a-group');
    const groupSendAs = demo.getByRole('group', { name: w.sendAs });
    await expect(demo.getByText(w.noGroupMessage)).toBeVisible();
    await expect(demo.getByRole('grid')).toHaveCount(0);
    await tabTo(page, groupSendAs.getByRole('radio', { name: 'Alice' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(groupSendAs.getByRole('radio', { name: 'Carol' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(demo.getByRole('textbox', { name: w.messageTo(w.group) })).toBeFocused();
    await page.keyboard.type(w.messages.group);
    await page.keyboard.press('Enter');
    const groupGrid = demo.getByRole('grid', { name: w.groupCaption });
    await expect(groupGrid.getByRole('rowheader')).toHaveCount(1);
    await expect(groupGrid.getByRole('rowheader')).toContainText(w.messages.group);
    await expect(groupGrid.getByRole('gridcell', { name: w.cellCan('Carol', 1) })).toBeVisible();
    await expect(
      groupGrid.getByRole('gridcell', { name: w.cellCannot(w.providerName, 1) }),
    ).toBeVisible();
    // The focus left the box for its form: the clicker keys work from here.
    await expect(demo.getByRole('form', { name: w.messageTo(w.group) })).toBeFocused();

    // ----- Chapter 3: the access order -----
    await presentUntil(lesson, titles, 'ghost', 'access-order');
    const orderGrid = demo.getByRole('grid', { name: w.groupCaption });
    const ghostHeader = orderGrid.getByRole('columnheader', { name: new RegExp(`^${w.ghost}`) });
    await expect(orderGrid.getByRole('rowheader')).toHaveCount(1);
    await expect(ghostHeader).toHaveCount(0);

    await tabTo(page, demo.getByRole('button', { name: w.issue }));
    await expectFocusVisible(page, 'the access-order button');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: w.dialogTitle });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: w.cancel }), 'Cancel has focus').toBeFocused();
    await expectFocusVisible(page, 'Cancel in the dialog');
    // Arrows inside the dialog must not turn the page behind it.
    await page.keyboard.press('ArrowRight');
    expect((await lesson.place()).step).toBe('access-order');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: w.confirm })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(
      demo.getByRole('status').filter({ hasText: w.carriedOut }),
      'focus goes to the news once the button is gone',
    ).toBeFocused();
    await expect(ghostHeader).toBeVisible();
    await expect(orderGrid.getByRole('gridcell', { name: w.cellCannot(w.ghost, 1) })).toBeVisible();

    // A new message after the order: the ghost reads it, and only it.
    await tabTo(
      page,
      demo.getByRole('group', { name: w.sendAs }).getByRole('radio', { name: 'Alice' }),
    );
    await page.keyboard.press('Tab');
    await page.keyboard.type(w.messages.afterOrder);
    await page.keyboard.press('Enter');
    const rows = orderGrid.getByRole('rowheader');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText(w.beforeOrder);
    await expect(rows.nth(1)).toContainText(w.afterOrder);
    await expect(rows.nth(1)).toContainText(w.messages.afterOrder);
    await expect(orderGrid.getByRole('gridcell', { name: w.cellCan(w.ghost, 2) })).toBeVisible();
    await expect(orderGrid.getByRole('gridcell', { name: w.cellCan(w.ghost, 1) })).toHaveCount(0);
    // The grid by keyboard: one tab stop, End to the Ghost column, ↓ to the new message.
    await tabTo(page, orderGrid.getByRole('gridcell', { name: w.cellCan('Alice', 1) }));
    await expectFocusVisible(page, 'a cell of the who-can-read grid');
    await page.keyboard.press('End');
    await expect(orderGrid.getByRole('gridcell', { name: w.cellCannot(w.ghost, 1) })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(orderGrid.getByRole('gridcell', { name: w.cellCan(w.ghost, 2) })).toBeFocused();
    expect((await lesson.place()).step, 'arrows in the grid stay in the grid').toBe('access-order');

    // ----- Chapter 3: the hidden notices -----
    await presentUntil(lesson, titles, 'ghost', 'the-hidden-notice');
    const reveal = demo.getByRole('button', { name: w.revealAll });
    const panels = w.panelTitles.map((name) => demo.getByRole('region', { name }));
    for (const panel of panels) {
      await expect(panel).toContainText(w.membersShown(3));
      await expect(panel.getByRole('heading', { name: w.suppressedHeading })).toBeHidden();
    }
    await tabTo(page, reveal);
    await page.keyboard.press('Space');
    // The button now says what it will do next, and keeps the focus.
    const hide = demo.getByRole('button', { name: w.hideAll });
    await expect(hide).toBeFocused();
    for (const panel of panels) {
      await expect(panel.getByRole('heading', { name: w.suppressedHeading })).toBeVisible();
      const hidden = panel
        .getByRole('listitem')
        .filter({ hasText: w.suppressedFlag })
        .filter({ hasText: w.ghostJoined });
      await expect(hidden).toHaveCount(1);
      await expect(hidden).toBeVisible();
    }

    // ----- Chapter 4: safety numbers -----
    await presentUntil(lesson, titles, 'catch', 'safety-numbers');
    const lessonPair = demo.getByRole('region', { name: w.partOne });
    const left = await safetyGroups(lessonPair.getByRole('region', { name: w.left }));
    const right = await safetyGroups(lessonPair.getByRole('region', { name: w.right }));
    expect(left).toHaveLength(12);
    expect(right, 'the invisible ghost leaves Alice’s and Bob’s numbers equal').toEqual(left);
    await expect(lessonPair).toContainText(w.match);
    await expect(demo.getByText(w.matchWithGhost)).toBeVisible();

    const disguised = demo.getByRole('region', { name: w.partTwoCheck });
    const disguisedLeft = disguised.getByRole('region', { name: w.disguisedLeft });
    const disguisedRight = disguised.getByRole('region', { name: w.disguisedRight });
    await tabTo(page, demo.getByRole('button', { name: w.slip }));
    expect(await safetyGroups(disguisedRight)).toEqual(await safetyGroups(disguisedLeft));
    await page.keyboard.press('Enter');
    await expect(demo.getByRole('status').filter({ hasText: w.slipped })).toBeFocused();
    await expect(disguised).toContainText(w.mismatch);
    const aliceSees = await safetyGroups(disguisedLeft);
    const bobSees = await safetyGroups(disguisedRight);
    expect(aliceSees).toHaveLength(12);
    expect(bobSees).toHaveLength(12);
    const differing = aliceSees.filter((group, i) => group !== bobSees[i]).length;
    expect(differing, 'the disguised ghost changes Alice’s number').toBeGreaterThan(0);
    await expect(disguised).toContainText(w.groupsDiffer(differing, 12));

    // ----- Chapter 4: the roster check -----
    await presentUntil(lesson, titles, 'catch', 'verify-the-roster');
    const carol = demo.getByRole('region', { name: w.carolPanel });
    await expect(carol).not.toContainText(w.possibleGhost);
    await tabTo(page, demo.getByRole('button', { name: w.runCheck }));
    await page.keyboard.press('Enter');
    await expect(demo.getByRole('status').filter({ hasText: w.checkDone })).toBeVisible();
    await expect(demo.getByRole('button', { name: w.rerunCheck })).toBeFocused();
    await expect(carol).toContainText(w.unverified);
    const flagged = carol.getByRole('listitem').filter({ hasText: w.possibleGhost });
    await expect(flagged).toHaveCount(1);
    await expect(flagged).toContainText(w.ghost);
    await expect(flagged).toContainText(w.notSigned);
    await expect(flagged).toContainText(w.hiddenFromList);
    await expectFocusVisible(page, 'the roster check button');

    // ----- Chapter 5: Mallory steals the master key -----
    await presentUntil(lesson, titles, 'escrow', 'mallory');
    const escrowGrid = demo.getByRole('grid', { name: w.escrowCaption });
    await expect(escrowGrid, 'the demo has loaded').toBeVisible();
    const past = await escrowGrid.getByRole('rowheader').count();
    expect(past, 'the escrow messenger has past messages').toBeGreaterThan(0);
    for (let n = 1; n <= past; n += 1) {
      await expect(
        escrowGrid.getByRole('gridcell', { name: w.cellCannot('Mallory', n) }),
      ).toBeVisible();
    }
    await tabTo(page, demo.getByRole('button', { name: w.steal }));
    await page.keyboard.press('Space');
    await expect(demo.getByRole('status').filter({ hasText: w.stolen(past, past) })).toBeFocused();
    await expect(demo.getByText(w.stolenAlready)).toBeVisible();
    for (let n = 1; n <= past; n += 1) {
      await expect(
        escrowGrid.getByRole('gridcell', { name: w.cellCan('Mallory', n) }),
      ).toBeVisible();
      await expect(escrowGrid.getByRole('rowheader').nth(n - 1)).toContainText(w.beforeTheft);
    }

    // ----- Chapter 7: the quiz on the projector (QuizSlides), by keyboard -----
    // One question per screen: the teacher enters the show of hands on the
    // tally, reveals with R, and the right answers (and only they) are marked.
    await presentUntil(lesson, titles, 'debate', 'quiz');
    const slide = demo.getByTestId('quiz-slide');
    for (const [index, question] of w.questions.entries()) {
      await expect(slide.getByText(w.position(index + 1, w.questions.length))).toBeVisible();
      await expect(slide.getByRole('heading', { level: 3 })).toHaveText(question.prompt);
      const choices = slide.getByRole('listitem');
      await expect(choices).toHaveCount(question.choices);
      await expect(slide.getByText(w.slideRight)).toHaveCount(0);
      // Two hands for the first right answer, one for answer A.
      const letter = 'ABCDEF'[question.correct[0] ?? 0] ?? 'A';
      await tabTo(page, slide.getByRole('button', { name: w.moreVotes(letter), exact: true }));
      if (index === 0) await expectFocusVisible(page, 'the tally’s + button');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Space');
      await expect(slide.getByRole('spinbutton', { name: w.votesFor(letter) })).toHaveValue('2');
      await page.keyboard.press('r');
      for (let i = 0; i < question.choices; i += 1) {
        if (question.correct.includes(i)) await expect(choices.nth(i)).toContainText(w.slideRight);
        else await expect(choices.nth(i)).not.toContainText(w.slideRight);
      }
      await expect(slide.getByRole('status')).not.toBeEmpty();
      if (index < w.questions.length - 1) {
        await tabTo(page, slide.getByRole('button', { name: w.nextQuestion }));
        await page.keyboard.press('Enter');
      }
    }
    await expect(slide.getByRole('button', { name: w.nextQuestion })).toBeDisabled();

    // ----- Chapter 7: the same quiz in the student view, every answer right -----
    await lesson.goto(lang, 'student', 'debate', 'quiz');
    const checkButtons = demo.getByRole('button', { name: w.checkAnswer });
    await expect(checkButtons).toHaveCount(w.questions.length);
    for (const [index, question] of w.questions.entries()) {
      const group = demo.getByRole('group', { name: question.prompt });
      const choices = group.getByRole(question.kind === 'single' ? 'radio' : 'checkbox');
      await expect(choices).toHaveCount(question.choices);
      await tabTo(page, choices.first());
      if (question.kind === 'single') {
        const right = question.correct[0] ?? 0;
        // Arrows move and choose; on the first choice, Space chooses it.
        if (right === 0) await page.keyboard.press('Space');
        for (let i = 0; i < right; i += 1) await page.keyboard.press('ArrowDown');
        await expect(choices.nth(right)).toBeFocused();
      } else {
        for (let i = 0; i < question.choices; i += 1) {
          await expect(choices.nth(i)).toBeFocused();
          if (question.correct.includes(i)) await page.keyboard.press('Space');
          if (i < question.choices - 1) await page.keyboard.press('Tab');
        }
      }
      for (let i = 0; i < question.choices; i += 1) {
        if (question.correct.includes(i)) await expect(choices.nth(i)).toBeChecked();
        else await expect(choices.nth(i)).not.toBeChecked();
      }
      await page.keyboard.press('Tab');
      await expect(checkButtons.nth(index)).toBeFocused();
      if (index === 0) await expectFocusVisible(page, 'the quiz’s check button');
      await page.keyboard.press('Enter');
      await expect(demo.getByRole('status').nth(index)).toHaveText(w.rightAnswer);
      await expect(group.getByText(w.correctVerdict, { exact: true })).toHaveCount(
        question.correct.length,
      );
    }
    await expect(demo.getByTestId('quiz-score')).toHaveText(
      w.score(w.questions.length, w.questions.length),
    );

    // ----- Chapter 7: the exit question, back on the projector -----
    await lesson.goto(lang, 'present', 'debate', 'quiz');
    await presentUntil(lesson, titles, 'debate', 'exit-question');
    const answer = demo.getByRole('textbox', { name: w.exitPrompt });
    await tabTo(page, answer);
    await expectFocusVisible(page, 'the exit question');
    await page.keyboard.type(w.messages.exit);
    await expect(answer).toHaveValue(w.messages.exit);
    await expect(demo.getByRole('status')).toHaveText(w.saved);
    expect((await lesson.place()).step).toBe('exit-question');

    // Every step was visited once, each with its own title, to the last one.
    await expect(lesson.progress).toHaveText(w.lastProgress);
    expect(new Set(titles).size, `distinct titles: ${titles.join(' | ')}`).toBe(titles.length);
    expect(titles.length).toBeGreaterThanOrEqual(20);

    await testInfo.attach(`walkthrough-${lang}`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  });
}
