import { useEffect, useId, useRef, useState } from 'react';
import { ClassChat } from './ClassChat.js';
import { ConnectionBanner } from './ConnectionBanner.js';
import { LastError } from './LastError.js';
import type { PhoneLike } from './phone-like.js';
import { RosterList } from './RosterList.js';
import { SpotTheGhost } from './SpotTheGhost.js';
import { usePhoneSnapshot } from './use-phone-snapshot.js';
import { usePhoneT } from './use-phone-t.js';
import { VotePanel } from './VotePanel.js';

export interface PhoneClassProps {
  phone: PhoneLike;
  /** `back`: this browser held keys for the class and resumed; `joined`: a first join. */
  arrival: 'back' | 'joined';
  /** The name known before the server's welcome (a returning phone's). */
  name: string;
  /** The server refused this phone: its keys are gone, back to the join form. */
  onJoinAgain: () => void;
  /** The student left for good (keys forgotten). */
  onLeft: () => void;
}

/**
 * A phone in the class: who it is and its connection, the open vote, the
 * chat, "Spot the ghost", and who it encrypts to. The focus starts on the
 * greeting ("You are back as Dana."), so a screen reader says where it is.
 */
export function PhoneClass({ phone, arrival, name, onJoinAgain, onLeft }: PhoneClassProps) {
  const t = usePhoneT();
  const snapshot = usePhoneSnapshot(phone);
  const greeting = useRef<HTMLParagraphElement>(null);
  const shownName = snapshot.me?.name ?? name;

  useEffect(() => {
    greeting.current?.focus();
  }, []);

  return (
    <div className="phone-class">
      <h1 className="phone-class__title">
        {t('page.title')} <span className="phone-class__code">{snapshot.code}</span>
      </h1>
      <p ref={greeting} tabIndex={-1} className="phone-class__greeting">
        {arrival === 'back'
          ? t('back.welcome', { name: shownName })
          : t('back.joined', { name: shownName })}
      </p>
      <ConnectionBanner
        connection={snapshot.connection}
        onJoinAgain={() => {
          void phone
            .forget()
            .catch(() => undefined)
            .then(() => {
              phone.close();
              onJoinAgain();
            });
        }}
      />
      <LastError error={snapshot.lastError} />
      {snapshot.vote ? (
        <VotePanel
          vote={snapshot.vote}
          onVote={(choice) => {
            phone.vote(choice);
          }}
        />
      ) : null}
      <ClassChat
        snapshot={snapshot}
        onSend={(text) => {
          phone.send(text);
        }}
      />
      <SpotTheGhost phone={phone} snapshot={snapshot} />
      <RosterList snapshot={snapshot} />
      <LeaveClass
        onLeave={async () => {
          await phone.forget();
          phone.close();
          onLeft();
        }}
      />
    </div>
  );
}

/** Leave for good, after a confirmation that says the keys go. */
function LeaveClass({ onLeave }: { onLeave: () => Promise<void> }) {
  const t = usePhoneT();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  return (
    <section className="phone-section phone-leave" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('leave.button')}
      </h2>
      {asking ? (
        <div className="phone-leave__confirm">
          <p ref={question} tabIndex={-1}>
            {t('leave.confirm')}
          </p>
          <div className="phone-compare__answers">
            <button
              type="button"
              className="e2k-button phone-button"
              onClick={() => {
                void onLeave();
              }}
            >
              {t('leave.yes')}
            </button>
            <button
              type="button"
              className="e2k-button e2k-button--primary phone-button"
              onClick={() => {
                setAsking(false);
              }}
            >
              {t('leave.no')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={button}
          type="button"
          className="e2k-button phone-button"
          onClick={() => {
            setAsking(true);
          }}
        >
          {t('leave.button')}
        </button>
      )}
    </section>
  );
}
