import { ConversationView, ProviderLog, type ProviderLogProps } from '@e2ee-kit/ui';
import { useId, useMemo, useState } from 'react';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import {
  CONVERSATION_IDS,
  readableMessages,
  type LessonWorld,
} from '../../demo-kit/world/world.js';
import { conversationName, named, namedReports } from '../../demo-kit/party-names.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';
import { LATEST_ROWS, lessonTimeZone } from '../../demo-kit/constants.js';
import { LiveDemo, type LiveDemoContext } from '../../demo-kit/LiveDemo.js';
import { SendForm } from '../../demo-kit/SendForm.js';
import { useDemoT } from '../../demo-kit/use-demo-t.js';

/**
 * Chapter 2: Alice and Bob chat. Send as either; read the chat from Alice's,
 * Bob's or the provider's seat; beside it, everything the provider holds
 * about the chat: public keys, the member list, metadata and ciphertext.
 */
export function ChatPairDemo({ lang }: DemoProps) {
  return (
    <LiveDemo name="chat-pair" resettable>
      {(context) => <ChatPair {...context} lang={lang} />}
    </LiveDemo>
  );
}

/** The provider's view of one conversation: its directory narrowed to that conversation's devices. */
export function conversationView(
  world: LessonWorld,
  conversation: string,
): ProviderLogProps['view'] {
  const view = world.provider.view();
  const onRoster = new Set(world.provider.conversation(conversation).entries.map((e) => e.device));
  return { ...view, directory: view.directory.filter((d) => onRoster.has(d.device)) };
}

function ChatPair({ world, dispatch, lang }: LiveDemoContext & { lang: string }) {
  const t = useDemoT();
  const ui = useUiLabels();
  const headingId = useId();
  const [seat, setSeat] = useState(world.people.bob.id);
  const conversation = CONVERSATION_IDS.pair;
  const { alice, bob } = world.people;
  const messages = useMemo(
    () =>
      readableMessages(world.provider, conversation, [alice, bob, world.provider]).map((m) => ({
        ...m,
        reports: namedReports(t, m.reports),
      })),
    [world, conversation, alice, bob, t],
  );
  const seats = [alice, bob, world.provider].map((p) =>
    named(t, { id: p.id, name: p.name, role: p.role }),
  );

  return (
    <div className="live-columns">
      <section className="live-section" aria-labelledby={headingId}>
        <h3 id={headingId} className="live-section__title">
          {t('chatPair.chatHeading')}
        </h3>
        <SendForm
          targets={[{ id: 'pair', name: t('conversations.pair'), senders: ['alice', 'bob'] }]}
          onSend={(target, from, text) => {
            dispatch({ kind: 'send', from, conversation: target, text });
          }}
        />
        <ConversationView
          messages={messages}
          latest={LATEST_ROWS}
          seats={seats}
          selectedSeat={seat}
          onSelectSeat={setSeat}
          labels={ui.conversationView}
          locale={lang}
          timeZone={lessonTimeZone}
        />
      </section>
      <div className="live-section">
        <p className="live-text">{t('chatPair.providerHint')}</p>
        <ProviderLog
          view={conversationView(world, conversation)}
          conversation={conversation}
          headingLevel={3}
          labels={{
            ...ui.providerLog,
            rosterCaption: (name) => ui.providerLog.rosterCaption(conversationName(t, name)),
          }}
          locale={lang}
          timeZone={lessonTimeZone}
        />
      </div>
    </div>
  );
}
