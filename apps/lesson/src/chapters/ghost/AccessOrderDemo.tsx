import { formatTimestamp, Icon, StatusBadge, WhoCanReadMatrix } from '@e2ee-kit/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import { CONVERSATION_IDS, mainParties, readableMessages } from '../../demo-kit/world/world.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';
import { ConfirmButton } from '../../demo-kit/ConfirmButton.js';
import { LATEST_ROWS, lessonTimeZone } from '../../demo-kit/constants.js';
import { LiveDemo, type LiveDemoContext } from '../../demo-kit/LiveDemo.js';
import { PredictReveal } from '../../demo-kit/PredictReveal.js';
import { predictionWords } from '../../demo-kit/predictions.js';
import { matrixRows, rowLabel } from '../../demo-kit/rows.js';
import { SendForm } from '../../demo-kit/SendForm.js';
import { useDemoT } from '../../demo-kit/use-demo-t.js';

/**
 * Chapter 3: the teacher issues the access order (after a confirmation).
 * The provider adds the ghost to the class group; the table gains its column,
 * which can read only what is sent afterwards. The send form stays, so the
 * class can send after the order. On the projector the class first bets on
 * whether the Ghost will read the older messages.
 */
export function AccessOrderDemo({ lang, mode }: DemoProps) {
  return (
    <LiveDemo name="access-order" resettable>
      {(context) => <AccessOrder {...context} lang={lang} predict={mode === 'present'} />}
    </LiveDemo>
  );
}

function AccessOrder({
  world,
  dispatch,
  lang,
  predict,
}: LiveDemoContext & { lang: string; predict: boolean }) {
  const t = useDemoT();
  const ui = useUiLabels();
  const [announcement, setAnnouncement] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const moveFocus = useRef(false);
  const order = world.provider.view().accessOrders[0];

  const rows = useMemo(() => {
    const messages = readableMessages(world.provider, CONVERSATION_IDS.group, mainParties(world));
    return matrixRows(t, messages, (message, index) => {
      const label = rowLabel(t, message, index + 1);
      if (order === undefined) return label;
      return message.envelope.header.sentAt < order.at
        ? t('accessOrder.rowBefore', { label })
        : t('accessOrder.rowAfter', { label });
    });
  }, [world, order, t]);

  // The issuing button is gone once the order is carried out: focus goes to the news.
  useEffect(() => {
    if (!moveFocus.current || order === undefined) return;
    moveFocus.current = false;
    status.current?.focus();
  }, [order]);

  return (
    <>
      <p className="live-text">{t('accessOrder.intro')}</p>
      {predict ? (
        <PredictReveal {...predictionWords(t, 'accessOrder')} revealed={order !== undefined} />
      ) : null}
      <div className="live-actions">
        {order === undefined ? (
          <ConfirmButton
            primary
            title={t('accessOrder.dialogTitle')}
            body={t('accessOrder.dialogBody')}
            confirmLabel={t('accessOrder.confirm')}
            onConfirm={() => {
              moveFocus.current = true;
              dispatch({ kind: 'access-order' });
              setAnnouncement(t('accessOrder.carriedOut'));
            }}
          >
            <Icon name="ghost" /> {t('accessOrder.issue')}
          </ConfirmButton>
        ) : (
          <p>
            <StatusBadge status="ghost">
              {t('accessOrder.alreadyDone', {
                time: formatTimestamp(order.at, lang, lessonTimeZone),
              })}
            </StatusBadge>
          </p>
        )}
      </div>
      <p ref={status} role="status" tabIndex={-1} className="live-status">
        {announcement}
      </p>
      {order !== undefined ? <p className="live-text">{t('accessOrder.sendAfter')}</p> : null}
      <SendForm
        targets={[
          { id: 'group', name: t('conversations.group'), senders: ['alice', 'bob', 'carol'] },
        ]}
        onSend={(target, from, text) => {
          dispatch({ kind: 'send', from, conversation: target, text });
        }}
      />
      {rows.length === 0 ? (
        <p className="live-text">{t('chatGroup.empty')}</p>
      ) : (
        <WhoCanReadMatrix
          rows={rows}
          latest={LATEST_ROWS}
          labels={{ ...ui.whoCanReadMatrix, caption: t('chatGroup.caption') }}
          {...(order === undefined ? {} : { highlightParty: world.ghost.id })}
        />
      )}
    </>
  );
}
