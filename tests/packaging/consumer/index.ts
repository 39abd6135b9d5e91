// A consumer of both packages' published types, type-checked by the oldest
// TypeScript the READMEs promise (see ../oldest-typescript.spec.ts).
import {
  createKit,
  parseEnvelope,
  serializeEnvelope,
  whoCanRead,
  type Envelope,
  type Party,
} from '@e2ee-kit/crypto-demo';
import {
  ConversationView,
  WhoCanReadMatrix,
  conversationMessages,
  matrixRowsFromMessages,
  seatsFromParties,
  type ConversationViewProps,
  type WhoCanReadMatrixProps,
} from '@e2ee-kit/ui';

export async function build(): Promise<[ConversationViewProps, WhoCanReadMatrixProps]> {
  const kit = await createKit({ seed: 'oldest-typescript' });
  const provider = kit.provider('Messenger');
  const alice = kit.device(provider, { user: 'alice' });
  const bob = kit.device(provider, { user: 'bob' });
  alice.createConversation('chat', [bob]);
  const ghost = kit.ghost(provider);
  provider.executeAccessOrder({ conversation: 'chat', ghost });
  const envelope: Envelope = parseEnvelope(serializeEnvelope(alice.send('chat', 'hi')));
  const parties: Party[] = [alice, bob, ghost, provider];
  const messages = conversationMessages([envelope], {
    parties,
    directory: provider.directory,
    whoCanRead,
  });
  const seats = seatsFromParties(parties);
  return [
    { messages, seats, selectedSeat: seats[0]?.id ?? '', onSelectSeat: () => undefined },
    { rows: matrixRowsFromMessages(messages) },
  ];
}

export const components = [ConversationView, WhoCanReadMatrix] as const;
