import { WhoCanReadMatrix } from '@e2ee-kit/ui';
import { useMemo } from 'react';
import type { DemoProps } from '../../demo-props.js';
import { CONVERSATION_IDS, mainParties, readableMessages } from '../../world/world.js';
import { matrixLabels } from '../labels.js';
import { LiveDemo, type LiveDemoContext } from '../shared/LiveDemo.js';
import { matrixRows } from '../shared/rows.js';
import { SendForm } from '../shared/SendForm.js';
import { useDemoT } from '../use-demo-t.js';

/**
 * Chapter 2: the class group. Send as Alice, Bob or Carol; the table of who
 * can read each message fills in, each cell a real decryption attempt.
 */
export function ChatGroupDemo(_props: DemoProps) {
  return <LiveDemo name="chat-group">{(context) => <ChatGroup {...context} />}</LiveDemo>;
}

function ChatGroup({ world, dispatch }: LiveDemoContext) {
  const t = useDemoT();
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
        <WhoCanReadMatrix rows={rows} labels={matrixLabels(t, t('chatGroup.caption'))} />
      )}
    </>
  );
}
