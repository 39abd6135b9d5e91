import { Icon, StatusBadge, WhoCanReadMatrix } from '@e2ee-kit/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import {
  CONVERSATION_IDS,
  escrowParties,
  readableMessages,
  type EscrowConversationId,
  type LessonWorld,
  type ReadableMessage,
} from '../../demo-kit/world/world.js';
import { conversationName, displayName } from '../../demo-kit/party-names.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';
import { LiveDemo, type LiveDemoContext } from '../../demo-kit/LiveDemo.js';
import { PredictReveal } from '../../demo-kit/PredictReveal.js';
import { predictionWords } from '../../demo-kit/predictions.js';
import { matrixRows, messageText, shownText } from '../../demo-kit/rows.js';
import { SendForm } from '../../demo-kit/SendForm.js';
import { useDemoT } from '../../demo-kit/use-demo-t.js';
import { LATEST_ROWS } from '../../demo-kit/constants.js';

const escrowConversations: readonly EscrowConversationId[] = ['class', 'family'];

/**
 * Chapter 5: the messenger where key escrow is the law. The table shows who
 * can read every message of both conversations; Mallory steals the master key
 * and her column fills in, past messages included; new messages too.
 */
export function EscrowStealDemo({ mode }: DemoProps) {
  return (
    <LiveDemo name="escrow-steal">
      {(context) => <EscrowSteal {...context} predict={mode === 'present'} />}
    </LiveDemo>
  );
}

/** Every message of the escrow messenger, both conversations, in the order they were sent. */
export function escrowMessages(world: LessonWorld): ReadableMessage[] {
  const parties = escrowParties(world);
  return escrowConversations
    .flatMap((c) => readableMessages(world.escrow.provider, CONVERSATION_IDS[c], parties))
    .sort((a, b) => a.envelope.header.sentAt - b.envelope.header.sentAt);
}

/** How many of the escrow messenger's messages were sent before the key was stolen. */
function sentBeforeTheft(world: LessonWorld, total: number): number | undefined {
  const theft = world.actions.findIndex((a) => a.kind === 'steal-key');
  if (theft < 0) return undefined;
  const sends = world.actions.filter((a) => a.kind === 'escrow-send').length;
  const sendsBefore = world.actions.slice(0, theft).filter((a) => a.kind === 'escrow-send').length;
  // The messages the world starts with were all sent before anything else.
  return total - sends + sendsBefore;
}

function EscrowSteal({ world, dispatch, predict }: LiveDemoContext & { predict: boolean }) {
  const t = useDemoT();
  const ui = useUiLabels();
  const status = useRef<HTMLParagraphElement>(null);
  const [justStolen, setJustStolen] = useState(false);
  const messages = useMemo(() => escrowMessages(world), [world]);
  const before = sentBeforeTheft(world, messages.length);
  const rows = matrixRows(t, messages, (message, index) => {
    const record = world.escrow.provider.conversation(message.envelope.header.conversation);
    const text = shownText(t, messageText(message) ?? '');
    const label = t('escrowSteal.rowLabel', {
      n: index + 1,
      conversation: conversationName(t, record.name),
      name: displayName(t, message.senderName),
      text,
    });
    if (before === undefined) return label;
    return index < before
      ? t('escrowSteal.rowBefore', { label })
      : t('escrowSteal.rowAfter', { label });
  });
  const malloryReads = messages.filter(
    (m) => m.reports.find((r) => r.party.id === world.escrow.mallory.id)?.canRead === true,
  ).length;

  useEffect(() => {
    if (justStolen && world.keyStolen) status.current?.focus();
  }, [justStolen, world.keyStolen]);

  return (
    <>
      <p className="live-text">
        {t('escrowSteal.intro')}
        {world.keyStolen ? null : ` ${t('escrowSteal.nothingYet')}`}
      </p>
      {predict ? (
        <PredictReveal {...predictionWords(t, 'escrowSteal')} revealed={world.keyStolen} />
      ) : null}
      <div className="live-actions">
        {world.keyStolen ? (
          <p>
            <StatusBadge status="attacker">{t('escrowSteal.stolenAlready')}</StatusBadge>
          </p>
        ) : (
          <button
            type="button"
            className="e2k-button e2k-button--primary"
            onClick={() => {
              setJustStolen(true);
              dispatch({ kind: 'steal-key' });
            }}
          >
            <Icon name="mask" /> {t('escrowSteal.steal')}
          </button>
        )}
      </div>
      <p ref={status} role="status" tabIndex={-1} className="live-status">
        {justStolen && world.keyStolen
          ? t('escrowSteal.stolen', { count: malloryReads, total: messages.length })
          : ''}
      </p>
      <SendForm
        targets={[
          {
            id: 'class',
            name: t('conversations.group'),
            senders: ['alice', 'bob', 'carol'],
          },
          { id: 'family', name: t('conversations.pair'), senders: ['alice', 'bob'] },
        ]}
        onSend={(target, from, text) => {
          dispatch({ kind: 'escrow-send', from, conversation: target, text });
        }}
      />
      <WhoCanReadMatrix
        rows={rows}
        latest={LATEST_ROWS}
        labels={{ ...ui.whoCanReadMatrix, caption: t('escrowSteal.caption') }}
      />
      <p className="live-text">{t('escrowSteal.contrast')}</p>
    </>
  );
}
