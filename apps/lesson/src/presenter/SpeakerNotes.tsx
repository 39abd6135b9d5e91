import { useUi } from '../shell/page-language.js';
import type { Position } from '../routing/positions.js';

/** The teacher's notes for a step, and what comes next. */
export function SpeakerNotes({
  position,
  next,
  id,
  headingLevel = 2,
}: {
  position: Position;
  next: Position | undefined;
  id?: string;
  headingLevel?: 1 | 2;
}) {
  const t = useUi();
  const Heading = `h${headingLevel}` as const;
  const { notes } = position.step;
  return (
    <section className="speaker-notes" id={id} aria-labelledby={`${id ?? 'notes'}-heading`}>
      <Heading id={`${id ?? 'notes'}-heading`} className="speaker-notes__heading">
        {t('notes.heading')}
      </Heading>
      {notes.length > 0 ? (
        <ul className="speaker-notes__list">
          {notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      ) : (
        <p>{t('notes.none')}</p>
      )}
      <p className="speaker-notes__next">
        {next ? t('notes.nextUp', { title: next.step.title }) : t('notes.lastStep')}
      </p>
    </section>
  );
}
