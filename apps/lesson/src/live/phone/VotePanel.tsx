import type { PhoneSnapshot } from '@e2ee-kit/live';
import { useId, useState } from 'react';
import { errorCode } from './phone-like.js';
import { isVoteQuestionId, useVoteWords } from '../vote-questions.js';
import { usePhoneT } from './use-phone-t.js';

/** `is-it-safe` → "Is it safe": the words of a question or choice this phone has none for. */
function fromSlug(slug: string): string {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The words of the open question: the slide mode's for a known one, its slugs for another. */
function useQuestionWords(vote: NonNullable<PhoneSnapshot['vote']>) {
  const words = useVoteWords();
  const known = isVoteQuestionId(vote.question) ? words(vote.question) : null;
  return {
    question: known?.question ?? fromSlug(vote.question),
    choice: (choice: string) =>
      known?.choices.find((c) => c.id === choice)?.text ?? fromSlug(choice),
  };
}

/**
 * The open prediction question: big radio buttons, one tap votes, a second
 * tap on another choice changes the vote. Only while the teacher keeps the
 * question open (the snapshot's `vote`).
 */
export function VotePanel({
  vote,
  onVote,
}: {
  vote: NonNullable<PhoneSnapshot['vote']>;
  onVote: (choice: string) => void;
}) {
  const t = usePhoneT();
  const words = useQuestionWords(vote);
  const id = useId();
  // The tap shows at once, before the snapshot confirms it.
  const [tapped, setTapped] = useState<{ question: string; choice: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const chosen = tapped?.question === vote.question ? tapped.choice : vote.mine;
  return (
    <section className="phone-section phone-vote" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('vote.heading')}</h2>
      <fieldset className="phone-vote__choices" aria-describedby={`${id}-intro`}>
        <legend className="phone-vote__question">{words.question}</legend>
        <p id={`${id}-intro`} className="phone-field__hint">
          {t('vote.intro')}
        </p>
        {vote.choices.map((choice) => (
          <label key={choice} className="phone-vote__choice">
            <input
              type="radio"
              name={`${id}-choice`}
              value={choice}
              checked={chosen === choice}
              onChange={() => {
                setTapped({ question: vote.question, choice });
                try {
                  onVote(choice);
                  setFailure(null);
                } catch (error) {
                  setFailure(t('vote.failed', { code: errorCode(error) ?? 'error' }));
                }
              }}
            />
            <span>{words.choice(choice)}</span>
          </label>
        ))}
      </fieldset>
      <p role="status" className="phone-status">
        {failure ?? (chosen ? t('vote.yours', { choice: words.choice(chosen) }) : t('vote.none'))}
      </p>
    </section>
  );
}
