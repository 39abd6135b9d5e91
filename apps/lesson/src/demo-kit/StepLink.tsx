import { Link } from 'wouter';
import type { DemoId, LessonContent } from '../content/types.js';
import { buildPath, type Language, type Mode } from '../routing/routes.js';

/**
 * "… in the step “<title>” …": a sentence with a link to the step that shows
 * `demo`, in the same language and mode. Without such a step, the sentence
 * without a link.
 */
export function StepLink({
  demo,
  content,
  lang,
  mode,
  before,
  after,
}: {
  demo: DemoId;
  content: LessonContent;
  lang: Language;
  mode: Mode;
  before: string;
  after: string;
}) {
  for (const chapter of content.chapters) {
    const step = chapter.steps.find((s) => s.demo === demo);
    if (step === undefined) continue;
    const href = buildPath({ kind: 'step', lang, mode, chapter: chapter.slug, step: step.slug });
    return (
      <>
        {before}
        <Link href={href}>{step.title}</Link>
        {after}
      </>
    );
  }
  return (
    <>
      {before}
      {after}
    </>
  );
}
