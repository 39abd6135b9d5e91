import type { DemoId, LessonContent } from '../content/types.js';
import type { Language, Mode } from '../routing/routes.js';

/** What every demo component receives. The words around it come from the step. */
export interface DemoProps {
  id: DemoId;
  lang: Language;
  mode: Mode;
  /** The whole lesson in the page's language (the quiz and exit question live there). */
  content: LessonContent;
}
