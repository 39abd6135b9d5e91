import { expect, type Locator, type Page } from '@playwright/test';
import type { LessonPage } from './lesson-page.js';

/**
 * The presenter console (the notes window), opened from a projected step with
 * its "Open notes window" button. Locators go by role, label or test id.
 */
export class PresenterConsole {
  readonly page: Page;

  private constructor(page: Page) {
    this.page = page;
  }

  /** Clicks "Open notes window" on the projector and waits for the console to show its step. */
  static async open(projector: LessonPage): Promise<PresenterConsole> {
    const [popup] = await Promise.all([
      projector.page.waitForEvent('popup'),
      projector.page
        .getByRole('link', { name: /^(Open notes window|Ouvrir la fenêtre des notes)$/ })
        .click(),
    ]);
    const console = new PresenterConsole(popup);
    await expect(console.title).toHaveText((await projector.currentStep()).title);
    return console;
  }

  /** The current step's title. */
  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get notes(): Locator {
    return this.page.getByRole('region', { name: /^(Speaker notes|Notes de l’enseignant)$/ });
  }

  /** The next step's title, demo and first line. */
  get nextStep(): Locator {
    return this.page.getByTestId('console-next');
  }

  get nextTitle(): Locator {
    return this.page.getByTestId('console-next-title');
  }

  get chapterClock(): Locator {
    return this.page.getByTestId('console-chapter-clock');
  }

  get lessonClock(): Locator {
    return this.page.getByTestId('console-lesson-clock');
  }

  /** "Optional step", shown on the steps that can be skipped. */
  get optionalMark(): Locator {
    return this.page.getByTestId('console-optional');
  }

  /**
   * Presses a key in the console (as a clicker would, with the console's window
   * in front) and waits for the projector to move and the console to follow.
   */
  async pressAndMoveProjector(key: string, projector: LessonPage): Promise<void> {
    const before = await projector.currentStep();
    await this.page.keyboard.press(key);
    await expect
      .poll(async () => {
        const place = await projector.place();
        return `${place.chapter}/${place.step}`;
      })
      .not.toBe(`${before.chapter}/${before.step}`);
    await expect(this.title).toHaveText((await projector.currentStep()).title);
  }
}
