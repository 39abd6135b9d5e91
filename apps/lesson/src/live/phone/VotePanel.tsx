import type { PhoneSnapshot } from '@e2ee-kit/live';
import { useId, useState } from 'react';
import { errorCode } from './phone-like.js';
import { livePhoneEn } from './strings.en.js';
import { usePhoneT, type PhoneT } from './use-phone-t.js';

type KnownQuestion = keyof typeof livePhoneEn.vote.questions;

function isKnownQuestion(question: string): question is KnownQuestion {
  return Object.hasOwn(livePhoneEn.vote.questions, question);
}

/** `is-it-safe` → "Is it safe": the words of a question or choice this phone has none for. */
function fromSlug(slug: string): string {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function questionText(t: PhoneT, question: string): string {
  return isKnownQuestion(question) ? t(`vote.questions.${question}.question`) : fromSlug(question);
}

function choiceText(t: PhoneT, question: string, choice: string): string {
  if (isKnownQuestion(question)) {
    const choices: Readonly<Record<string, string>> = livePhoneEn.vote.questions[question].choices;
    if (Object.hasOwn(choices, choice)) {
      // Keys checked just above; i18next's types cannot follow a key built at run time.
      return t(`vote.questions.${question}.choices.${choice}` as 'vote.heading');
    }
  }
  return fromSlug(choice);
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
  const id = useId();
  // The tap shows at once, before the snapshot confirms it.
  const [tapped, setTapped] = useState<{ question: string; choice: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const chosen = tapped?.question === vote.question ? tapped.choice : vote.mine;
  return (
    <section className="phone-section phone-vote" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('vote.heading')}</h2>
      <fieldset className="phone-vote__choices" aria-describedby={`${id}-intro`}>
        <legend className="phone-vote__question">{questionText(t, vote.question)}</legend>
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
            <span>{choiceText(t, vote.question, choice)}</span>
          </label>
        ))}
      </fieldset>
      <p role="status" className="phone-status">
        {failure ??
          (chosen
            ? t('vote.yours', { choice: choiceText(t, vote.question, chosen) })
            : t('vote.none'))}
      </p>
    </section>
  );
}
