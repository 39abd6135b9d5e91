import { WhoCanReadMatrix } from '@e2ee-kit/ui';
import { useMemo } from 'react';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import { CONVERSATION_IDS, mainParties, readableMessages } from '../../demo-kit/world/world.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';
import { LiveDemo, type LiveDemoContext } from '../../demo-kit/LiveDemo.js';
import { matrixRows } from '../../demo-kit/rows.js';
import { SendForm } from '../../demo-kit/SendForm.js';
import { useDemoT } from '../../demo-kit/use-demo-t.js';
import { LATEST_ROWS } from '../../demo-kit/constants.js';

/**
 * Chapter 2: the class group. Send as Alice, Bob or Carol; the table of who
 * can read each message fills in, each cell a real decryption attempt.
 */
export function ChatGroupDemo(_props: DemoProps) {
  return <LiveDemo name="chat-group">{(context) => <ChatGroup {...context} />}</LiveDemo>;
}

function ChatGroup({ world, dispatch }: LiveDemoContext) {
  const t = useDemoT();
  const ui = useUiLabels();
  const rows = useMemo(
    () =>
      matrixRows(t, readableMessages(world.provider, CONVERSATION_IDS.group, mainParties(world))),
    [world, t],
  );
  return (
    <>
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
        />
      )}
    </>
  );
}
