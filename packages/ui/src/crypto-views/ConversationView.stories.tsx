import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect } from 'storybook/test';
import {
  onlyParties,
  partyIds,
  scenarioFrom,
  scenarioLoaders,
  type Scenario,
} from '../fixtures/scenario.js';
import {
  ConversationView,
  type ConversationMessage,
  type ConversationViewProps,
} from './ConversationView.js';

const meta = {
  title: 'Crypto views/ConversationView',
  component: ConversationView,
  loaders: scenarioLoaders,
} satisfies Meta<typeof ConversationView>;

export default meta;
type Story = StoryObj<typeof ConversationView>;

/** The scenario's chat with a seat the viewer can switch, as an app would hold it in state. */
function Chat({
  scenario,
  seat,
  messages = scenario.messages,
  seatIds,
  args,
}: {
  scenario: Scenario;
  seat: string;
  messages?: readonly ConversationMessage[];
  seatIds?: readonly string[];
  /** The story's args (Controls): anything but the data and the seat. */
  args: Partial<ConversationViewProps>;
}) {
  const [selected, setSelected] = useState(seat);
  const seats = seatIds ? scenario.seats.filter((s) => seatIds.includes(s.id)) : scenario.seats;
  return (
    <ConversationView
      title={scenario.conversation.name}
      timeZone="Europe/Paris"
      locale="en-GB"
      {...args}
      messages={seatIds ? onlyParties(messages, seatIds) : messages}
      seats={seats}
      selectedSeat={selected}
      onSelectSeat={setSelected}
    />
  );
}

/** Bob, a member: he reads every message, the ones after the access order included. */
export const AsBob: Story = {
  render: (args, context) => (
    <Chat scenario={scenarioFrom(context)} seat={partyIds.bob} args={args} />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Bob can read 5 of 5 messages.')).toHaveAttribute(
      'role',
      'status',
    );
    await expect(canvas.getByText('Meet at the library at 6?')).toBeVisible();
    await expect(canvas.queryByText('Encrypted: you cannot read this')).toBeNull();
  },
};

/** The ghost: every message sent while it sat, hidden, on the roster (Carol's careful client notices it, but the provider's roster still rules whom it encrypts to). */
export const AsGhost: Story = {
  render: (args, context) => (
    <Chat scenario={scenarioFrom(context)} seat={partyIds.ghost} args={args} />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Ghost can read 3 of 5 messages.')).toHaveAttribute(
      'role',
      'status',
    );
    await expect(canvas.getByText('Meet at the library at 6?')).toBeVisible();
    await expect(canvas.getAllByText('Encrypted: you cannot read this')).toHaveLength(2);
    await expect(canvas.getAllByText(/added silently by the provider/)).toHaveLength(3);
  },
};

/** The provider relays everything and reads nothing: it holds no private key. */
export const AsProvider: Story = {
  render: (args, context) => (
    <Chat scenario={scenarioFrom(context)} seat={partyIds.provider} args={args} />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Messenger can read 0 of 5 messages.')).toHaveAttribute(
      'role',
      'status',
    );
    await expect(canvas.getAllByRole('figure', { name: /ciphertext of message/i })).toHaveLength(5);
    await expect(canvas.getAllByText(/holds no keys/)).toHaveLength(5);
  },
};

/** Mallory stole the escrow master key: every message sent under escrow is open to her. */
export const AsMallory: Story = {
  render: (args, context) => (
    <Chat scenario={scenarioFrom(context)} seat={partyIds.mallory} args={args} />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Mallory can read 1 of 5 messages.')).toHaveAttribute(
      'role',
      'status',
    );
    await expect(canvas.getByText('Bring the notes on key escrow.')).toBeVisible();
    await expect(canvas.getByText(/holds a stolen copy of the master key/)).toBeVisible();
  },
};

/** Before the access order: only the three members and the provider. */
export const BeforeAccessOrder: Story = {
  render: (args, context) => {
    const scenario = scenarioFrom(context);
    return (
      <Chat
        scenario={scenario}
        seat={partyIds.carol}
        messages={scenario.messages.filter((m) => m.phase === 'before-order')}
        seatIds={[partyIds.alice, partyIds.bob, partyIds.carol, partyIds.provider]}
        args={args}
      />
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('radio')).toHaveLength(4);
    await expect(canvas.getByText('Carol can read 2 of 2 messages.')).toHaveAttribute(
      'role',
      'status',
    );
  },
};

/** One click on a seat, then one arrow key: each changes the seat and what can be read. */
export const SwitchSeats: Story = {
  render: (args, context) => (
    <Chat scenario={scenarioFrom(context)} seat={partyIds.alice} args={args} />
  ),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: /ghost/i }));
    await expect(canvas.getByRole('radio', { name: /ghost/i })).toBeChecked();
    await expect(canvas.getByText('Ghost can read 3 of 5 messages.')).toHaveAttribute(
      'role',
      'status',
    );
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: /messenger/i })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: /messenger/i })).toHaveFocus();
    await expect(canvas.getByText('Messenger can read 0 of 5 messages.')).toHaveAttribute(
      'role',
      'status',
    );
  },
};

/** No message yet. */
export const Empty: Story = {
  render: (args, context) => (
    <Chat scenario={scenarioFrom(context)} seat={partyIds.alice} messages={[]} args={args} />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No messages yet.')).toBeVisible();
  },
};

/** Every visible word comes from `labels`: here, French. */
export const Translated: Story = {
  args: {
    locale: 'fr-FR',
    labels: {
      seatsLegend: 'Lire la conversation en tant que',
      messageNumber: (n) => `Message ${n}`,
      from: (name) => `De ${name}`,
      cannotRead: 'Chiffré — vous ne pouvez pas le lire',
      ciphertext: (n) => `Texte chiffré du message ${n}`,
      readBecause: 'Lisible car :',
      cannotReadBecause: 'Pourquoi :',
      summary: (name, readable, total) => `${name} peut lire ${readable} messages sur ${total}.`,
      empty: 'Aucun message.',
      roles: {
        member: 'membre',
        ghost: 'fantôme',
        provider: 'fournisseur',
        'escrow-authority': 'séquestre',
        thief: 'attaquant',
      },
      reasons: {
        member: 'membre de la conversation',
        ghost: 'ajouté en silence par le fournisseur',
        'escrow-key': 'détient la clé maîtresse du séquestre',
        'stolen-key': 'détient la clé volée du séquestre',
        'not-a-recipient': 'pas destinataire',
        'holds-no-keys': 'ne détient aucune clé',
        tampered: 'le message a été modifié',
        'unknown-sender': 'l’expéditeur n’est pas celui qu’il prétend',
      },
      bytes: {
        showAll: 'Tout afficher',
        showLess: 'Réduire',
        copy: 'Copier',
        copied: 'Copié',
        byteCount: (n) => `${n} octets`,
      },
    },
  },
  render: (args, context) => (
    <div lang="fr">
      <Chat scenario={scenarioFrom(context)} seat={partyIds.ghost} args={args} />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Ghost peut lire 3 messages sur 5.')).toHaveAttribute(
      'role',
      'status',
    );
    await expect(canvas.getAllByText('Chiffré — vous ne pouvez pas le lire')).toHaveLength(2);
  },
};

/** Large text for a classroom projector. */
export const Projector: Story = {
  globals: { scale: 'projector' },
  render: (args, context) => (
    <Chat scenario={scenarioFrom(context)} seat={partyIds.ghost} args={args} />
  ),
};

/** A long chat: only the latest messages, numbered as in the whole chat, and a button for the rest. */
export const LatestOnly: Story = {
  render: (args, context) => (
    <Chat scenario={scenarioFrom(context)} seat={partyIds.bob} args={{ latest: 2, ...args }} />
  ),
  play: async ({ canvas, userEvent }) => {
    // The summary still counts the whole chat.
    await expect(canvas.getByText('Bob can read 5 of 5 messages.')).toBeVisible();
    await expect(canvas.getAllByRole('article')).toHaveLength(2);
    await expect(canvas.getByRole('article', { name: /^Message 4/ })).toBeVisible();
    await expect(canvas.queryByRole('article', { name: /^Message 1 / })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Show the 3 earlier messages' }));
    await expect(canvas.getAllByRole('article')).toHaveLength(5);
  },
};
