import { expect, type Locator, type Page } from '@playwright/test';

export type Language = 'en' | 'fr';
export type Mode = 'present' | 'student';

/** Where the app is: the parts of its `#/<lang>/<mode>/<chapter>/<step>` URL. */
export interface Place {
  lang: Language;
  mode: Mode;
  chapter: string;
  step: string;
}

/** One step of the lesson as a reader meets it. */
export interface StepInfo {
  chapter: string;
  step: string;
  title: string;
}

/** Each language's name on the language switch. */
export const languageNames: Record<Language, string> = { en: 'English', fr: 'Français' };

/**
 * A page object for the lesson app. Locators go by role, label or test id
 * only, so the tests read like what a user does and survive restyling.
 *
 * Works both on the served build (relative URLs) and on the single-file build
 * (`fileUrl` set to `file://…/dist-single/index.html`).
 */
export class LessonPage {
  readonly page: Page;
  /** The document to load; `''` means the test's `baseURL`. */
  readonly documentUrl: string;

  constructor(page: Page, documentUrl = '') {
    this.page = page;
    this.documentUrl = documentUrl;
  }

  // ----- Where to go -----

  /** Opens a hash path, e.g. `/en/student` or `/fr/present/ghost/access-order`. */
  async open(hashPath: string): Promise<void> {
    await this.page.goto(`${this.documentUrl || '/'}#${hashPath}`);
    await expect(this.page.getByRole('main')).toBeVisible();
  }

  /** Opens one step (or, without chapter and step, the mode's starting page). */
  async goto(lang: Language, mode: Mode, chapter?: string, step?: string): Promise<void> {
    const path = [lang, mode, chapter, step].filter((part) => part !== undefined).join('/');
    await this.open(`/${path}`);
    if (chapter !== undefined) await expect(this.stepArticle).toBeVisible();
  }

  async gotoContents(lang: Language): Promise<void> {
    await this.open(`/${lang}/student`);
    await expect(this.title).toBeVisible();
  }

  async gotoHandout(lang: Language): Promise<void> {
    await this.open(`/${lang}/handout`);
    await expect(this.title).toBeVisible();
  }

  // ----- What is on screen -----

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get stepArticle(): Locator {
    return this.page.getByTestId('step');
  }

  /** "Step 2 of 3 · Chapter 3 of 7" */
  get progress(): Locator {
    return this.page.getByTestId('progress');
  }

  get nextLink(): Locator {
    return this.page
      .getByRole('navigation', { name: this.#t('Lesson navigation', 'Navigation dans la leçon') })
      .getByRole('link', { name: this.#t('Next', 'Suivant') });
  }

  get previousLink(): Locator {
    return this.page
      .getByRole('navigation', { name: this.#t('Lesson navigation', 'Navigation dans la leçon') })
      .getByRole('link', { name: this.#t('Previous', 'Précédent') });
  }

  /** The live demo region of the current step (at most one per step). */
  get demo(): Locator {
    return this.page.getByTestId('demo');
  }

  get sources(): Locator {
    return this.page.getByRole('region', { name: 'Sources' });
  }

  get chapterTimer(): Locator {
    return this.page.getByRole('group', { name: this.#t('Chapter timer', 'Minuteur du chapitre') });
  }

  /** The language the page is shown in (from `<html lang>`). */
  async language(): Promise<Language> {
    const lang = await this.page.locator('html').getAttribute('lang');
    if (lang !== 'en' && lang !== 'fr') throw new Error(`unexpected <html lang="${String(lang)}">`);
    return lang;
  }

  /** The place, read from the URL. */
  place(): Promise<Place> {
    const hash = new URL(this.page.url()).hash;
    const [lang, mode, chapter, step] = hash.replace(/^#\/?/, '').split('/');
    if (
      (lang !== 'en' && lang !== 'fr') ||
      (mode !== 'present' && mode !== 'student') ||
      !chapter ||
      !step
    ) {
      throw new Error(`not on a step: ${hash}`);
    }
    return Promise.resolve({ lang, mode, chapter, step });
  }

  /** The step on screen, read from the page itself. */
  async currentStep(): Promise<StepInfo> {
    const article = this.stepArticle;
    await expect(article).toBeVisible();
    return {
      chapter: (await article.getAttribute('data-chapter')) ?? '',
      step: (await article.getAttribute('data-step')) ?? '',
      title: (await this.title.textContent()) ?? '',
    };
  }

  // ----- What a user does -----

  /** Clicks "Next" and waits for the next step. */
  async next(): Promise<void> {
    await this.#moveWith(this.nextLink);
  }

  /** Clicks "Previous" and waits for the previous step. */
  async previous(): Promise<void> {
    await this.#moveWith(this.previousLink);
  }

  /**
   * Clicks a navigation link until the step changes. A demo that finishes
   * loading can shift the layout under the pointer, so a click may land
   * beside the link; it is repeated only while the page is still on the
   * same step, so no step is ever skipped.
   */
  async #moveWith(link: Locator): Promise<void> {
    const before = await this.currentStep();
    const here = `${before.chapter}/${before.step}`;
    await expect(async () => {
      if ((await this.#stepKey()) === here) await link.click();
      await expect.poll(() => this.#stepKey(), { timeout: 3_000 }).not.toBe(here);
    }).toPass({ timeout: 15_000 });
  }

  async #stepKey(): Promise<string> {
    const article = this.stepArticle;
    return `${await article.getAttribute('data-chapter')}/${await article.getAttribute('data-step')}`;
  }

  /** Presses a key (presenter mode) and waits for the step to change. */
  async pressAndMove(key: string): Promise<void> {
    const before = await this.currentStep();
    await this.page.keyboard.press(key);
    await this.#waitForStepOtherThan(before);
  }

  /** Opens the student mode's chapter menu and returns its navigation landmark. */
  async openChapterMenu(): Promise<Locator> {
    await this.page.getByText(/^(Chapters|Chapitres)/).click();
    const menu = this.page.getByRole('navigation', { name: this.#t('Chapters', 'Chapitres') });
    await expect(menu).toBeVisible();
    return menu;
  }

  async switchLanguage(lang: Language): Promise<void> {
    await this.page.getByRole('button', { name: languageNames[lang], exact: true }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  async toggleDarkTheme(): Promise<void> {
    await this.page.getByRole('button', { name: this.#t('Dark theme', 'Thème sombre') }).click();
  }

  /**
   * Walks the whole lesson in student mode from the first step with "Next",
   * calling `visit` on each step. Returns the steps in order.
   */
  async walk(
    lang: Language,
    visit?: (step: StepInfo, index: number) => Promise<void>,
  ): Promise<StepInfo[]> {
    await this.gotoContents(lang);
    await this.page
      .getByRole('link', { name: this.#t('Start the lesson', 'Commencer la leçon') })
      .click();
    const steps: StepInfo[] = [];
    for (;;) {
      const step = await this.currentStep();
      steps.push(step);
      await visit?.(step, steps.length - 1);
      if ((await this.nextLink.count()) === 0) return steps;
      await this.next();
    }
  }

  async #waitForStepOtherThan(before: StepInfo): Promise<void> {
    await expect
      .poll(async () => {
        const article = this.stepArticle;
        return `${await article.getAttribute('data-chapter')}/${await article.getAttribute('data-step')}`;
      })
      .not.toBe(`${before.chapter}/${before.step}`);
  }

  /** An accessible name in either language, so the page object works in both. */
  #t(en: string, fr: string): RegExp {
    return new RegExp(`^(?:${escapeRegExp(en)}|${escapeRegExp(fr)})$`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
