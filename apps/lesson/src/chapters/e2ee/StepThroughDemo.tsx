import { Trace, type Device, type Envelope } from '@e2ee-kit/crypto-demo';
import { EnvelopeInspector, Icon, MessageStepThrough } from '@e2ee-kit/ui';
import { useEffect, useId, useRef, useState } from 'react';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import { CONVERSATION_IDS, type LessonWorld, type PersonId } from '../../demo-kit/world/world.js';
import { displayName } from '../../demo-kit/party-names.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';
import { lessonTimeZone } from '../../demo-kit/constants.js';
import { LiveDemo, type LiveDemoContext } from '../../demo-kit/LiveDemo.js';
import { SendForm } from '../../demo-kit/SendForm.js';
import { useDemoT, type DemoT } from '../../demo-kit/use-demo-t.js';

/**
 * Chapter 2: one real message of the Alice & Bob chat, step by step, from
 * the trace crypto-demo recorded when it was sent and the trace of the other
 * person's device reading it; then the envelope as it travelled.
 */
export function StepThroughDemo({ lang }: DemoProps) {
  return (
    <LiveDemo name="step-through">{(context) => <StepThrough {...context} lang={lang} />}</LiveDemo>
  );
}

/** Display names by device id, for the steps. */
function deviceNames(t: DemoT, world: LessonWorld): Record<string, string> {
  const names: Record<string, string> = {
    [world.provider.id]: displayName(t, world.provider.name),
  };
  for (const person of Object.values(world.people)) names[person.id] = person.name;
  names[world.ghost.id] = displayName(t, world.ghost.name);
  return names;
}

/** The text of one of the chat's messages, as its sender's trace recorded it. */
function sentText(world: LessonWorld, envelope: Envelope): string {
  const encrypt = world.traces.get(envelope)?.ofStep('encrypt')[0];
  return encrypt === undefined ? '' : new TextDecoder().decode(encrypt.plaintext);
}

/** The other person's device reading the message, recorded step by step. */
function readWithTrace(envelope: Envelope, alice: Device, bob: Device) {
  const reader = envelope.header.senderDevice === alice.id ? bob : alice;
  const trace = new Trace();
  reader.tryRead(envelope, { trace });
  return { reader, trace };
}

function StepThrough({ world, dispatch, lang }: LiveDemoContext & { lang: string }) {
  const t = useDemoT();
  const ui = useUiLabels();
  const pickId = useId();
  const followHeadingId = useId();
  const steps = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<number | undefined>();
  const focusSteps = useRef(false);
  const envelopes = world.provider.envelopes(CONVERSATION_IDS.pair);
  const index = picked !== undefined && picked < envelopes.length ? picked : envelopes.length - 1;
  const envelope = envelopes[index];
  const { alice, bob } = world.people;
  const names = deviceNames(t, world);

  // The other person's device reads it; tryRead changes nothing in the world.
  const opening = envelope === undefined ? undefined : readWithTrace(envelope, alice, bob);
  const sending = envelope === undefined ? undefined : world.traces.get(envelope);

  // The sample button is gone once the message is sent: focus goes to its steps.
  useEffect(() => {
    if (!focusSteps.current || envelope === undefined) return;
    focusSteps.current = false;
    steps.current?.focus();
  }, [envelope]);

  const send = (from: PersonId, text: string) => {
    setPicked(undefined); // follow the new message
    dispatch({ kind: 'send', from, conversation: 'pair', text });
  };

  return (
    <>
      {envelope === undefined ? (
        <div className="live-actions">
          <p>{t('stepThrough.emptyChat')}</p>
          <button
            type="button"
            className="e2k-button e2k-button--primary"
            onClick={() => {
              focusSteps.current = true;
              send('alice', t('stepThrough.sample'));
            }}
          >
            <Icon name="lock" /> {t('stepThrough.sendSample')}
          </button>
        </div>
      ) : (
        <div className="live-field">
          <label htmlFor={pickId}>{t('stepThrough.pick')}</label>
          <select
            id={pickId}
            className="live-select"
            value={index}
            onChange={(event) => {
              setPicked(Number(event.target.value));
            }}
          >
            {envelopes.map((e, i) => (
              <option key={i} value={i}>
                {t('stepThrough.option', {
                  n: i + 1,
                  name: names[e.header.senderDevice] ?? e.header.senderUser,
                  text: sentText(world, e),
                })}
              </option>
            ))}
          </select>
        </div>
      )}

      {envelope !== undefined && sending !== undefined && opening !== undefined ? (
        <div ref={steps} tabIndex={-1} className="live-section">
          <MessageStepThrough
            // A new message starts at step 1.
            key={index}
            send={sending.events}
            open={opening.trace.events}
            reader={opening.reader.id}
            names={names}
            headingLevel={3}
            labels={{
              ...ui.messageStepThrough,
              title: t('stepThrough.title', {
                n: index + 1,
                from: names[envelope.header.senderDevice] ?? envelope.header.senderUser,
                to: opening.reader.name,
              }),
            }}
          />
          <EnvelopeInspector
            envelope={envelope}
            headingLevel={3}
            labels={ui.envelopeInspector}
            locale={lang}
            timeZone={lessonTimeZone}
          />
        </div>
      ) : null}

      <section className="live-section" aria-labelledby={followHeadingId}>
        <h3 id={followHeadingId} className="live-section__title">
          {t('stepThrough.newMessage')}
        </h3>
        <SendForm
          targets={[{ id: 'pair', name: t('conversations.pair'), senders: ['alice', 'bob'] }]}
          onSend={(_target, from, text) => {
            send(from, text);
          }}
        />
      </section>
    </>
  );
}
