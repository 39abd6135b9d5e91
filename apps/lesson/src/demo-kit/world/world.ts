/**
 * The live crypto of the lesson: one messenger with Alice, Bob and Carol, a
 * chat between Alice and Bob, a group of the three, and (in chapter 5) a
 * second messenger where key escrow is the law.
 *
 * Everything a class does is an {@link LessonAction}. The world is rebuilt by
 * replaying the actions on a kit seeded once per browser session, so a reload
 * in the middle of the lesson gives back the same keys, messages and bytes.
 * The seed is drawn from the browser's random generator and is kept in the
 * tab's session storage: it is a teaching convenience, and the page says so.
 */
import {
  createKit,
  whoCanRead,
  type Device,
  type EscrowAuthority,
  type Envelope,
  type Party,
  type Provider,
  type ReadReport,
  type Thief,
  Trace,
} from '@e2ee-kit/crypto-demo';

export type PersonId = 'alice' | 'bob' | 'carol';

/**
 * The parties that are not people. crypto-demo wants a name for each; it gets
 * the id, and the page shows `names.<id>` from the demo strings of its
 * language. People keep their names (Alice, Bob, Carol) in every language.
 */
export const namedPartyIds = ['ghost', 'provider', 'escrowProvider', 'agency', 'mallory'] as const;
export type NamedPartyId = (typeof namedPartyIds)[number];

export function isNamedPartyId(name: string): name is NamedPartyId {
  return (namedPartyIds as readonly string[]).includes(name);
}
export type ConversationId = 'pair' | 'group';
/** The two kinds of group of crypto-demo, side by side in chapter 4. */
export type GroupMode = 'provider-managed' | 'member-signed';
export const groupModes: readonly GroupMode[] = ['provider-managed', 'member-signed'];
export type EscrowConversationId = 'class' | 'family';

export type LessonAction =
  | { kind: 'send'; from: PersonId; conversation: ConversationId; text: string }
  | { kind: 'access-order' }
  | { kind: 'escrow-send'; from: PersonId; conversation: EscrowConversationId; text: string }
  | { kind: 'steal-key' }
  | { kind: 'modes-access-order'; mode: GroupMode }
  | { kind: 'modes-client-update' }
  | { kind: 'modes-send'; mode: GroupMode; from: PersonId; text: string };

/** One message with what each party really managed to read of it. */
export interface ReadableMessage {
  envelope: Envelope;
  /** The sender's name as crypto-demo holds it: a person's name, or a {@link NamedPartyId}. */
  senderName: string;
  reports: ReadReport[];
}

export interface EscrowWorld {
  provider: Provider;
  people: Record<PersonId, Device>;
  agency: EscrowAuthority;
  mallory: Thief;
}

/**
 * Chapter 4's side-by-side: a third messenger with one group of Alice, Bob
 * and Carol in each mode, and one ghost that the provider tries to add to both.
 */
export interface ModesWorld {
  provider: Provider;
  people: Record<PersonId, Device>;
  ghost: Device;
  /** The modes whose group got the provider's access order. */
  ordered: readonly GroupMode[];
  /** Whether Bob's app was ordered to sign the ghost into the member-signed group. */
  clientUpdated: boolean;
}

export interface LessonWorld {
  provider: Provider;
  people: Record<PersonId, Device>;
  ghost: Device;
  /** Whether the access order was carried out. */
  ghostJoined: boolean;
  escrow: EscrowWorld;
  keyStolen: boolean;
  modes: ModesWorld;
  actions: readonly LessonAction[];
  /** The real trace of every message sent on the main messenger (for the step-through). */
  traces: WeakMap<Envelope, Trace>;
}

const PEOPLE: readonly { user: PersonId; name: string }[] = [
  { user: 'alice', name: 'Alice' },
  { user: 'bob', name: 'Bob' },
  { user: 'carol', name: 'Carol' },
];

/** Ids of the conversations on the messenger (the same in both worlds' providers). */
export const CONVERSATION_IDS: Record<ConversationId | EscrowConversationId, string> = {
  pair: 'alice-bob',
  group: 'class-group',
  class: 'class-group',
  family: 'alice-bob',
};

/** Ids of the two groups on chapter 4's third messenger. */
export const MODE_CONVERSATION_IDS: Record<GroupMode, string> = {
  'provider-managed': 'managed-group',
  'member-signed': 'signed-group',
};

/**
 * The escrow messenger's first messages, as sent (in English). The world
 * outlives a change of language, so the demos show each one in the page's
 * language (`seed.<key>` in the demo strings) when a reader decrypts exactly
 * this text: see `shownText` in `rows.ts`.
 */
export const SEED_TEXTS = {
  homework: 'Homework: page 42',
  doorCode: 'Door code: 4711',
  allergy: 'Allergy: peanuts',
} as const;

/**
 * Builds the world from a seed and replays `actions` on it. Actions that no
 * longer make sense (a second access order) are skipped, never thrown.
 */
export async function createWorld(
  seed: string,
  actions: readonly LessonAction[] = [],
): Promise<LessonWorld> {
  const kit = await createKit({ seed });
  const provider = kit.provider('provider' satisfies NamedPartyId);
  const people = makePeople(kit, provider);
  // A conversation's name is its id too (`conversations.<id>` in the strings).
  people.alice.createConversation(CONVERSATION_IDS.pair, [people.bob], { name: 'pair' });
  people.alice.createConversation(CONVERSATION_IDS.group, [people.bob, people.carol], {
    name: 'group',
  });
  const ghost = kit.ghost(provider, { name: 'ghost' satisfies NamedPartyId });
  syncMembers(people);

  const escrowProvider = kit.provider('escrowProvider' satisfies NamedPartyId);
  const escrowPeople = makePeople(kit, escrowProvider);
  const agency = kit.escrowAuthority({ id: 'agency', name: 'agency' satisfies NamedPartyId });
  escrowProvider.mandateEscrow(agency);
  escrowPeople.alice.createConversation(
    CONVERSATION_IDS.class,
    [escrowPeople.bob, escrowPeople.carol],
    { name: 'group' },
  );
  escrowPeople.alice.createConversation(CONVERSATION_IDS.family, [escrowPeople.bob], {
    name: 'pair',
  });
  // Some history, so that "past messages" exist before anything is stolen.
  escrowPeople.alice.send(CONVERSATION_IDS.class, SEED_TEXTS.homework);
  escrowPeople.bob.send(CONVERSATION_IDS.family, SEED_TEXTS.doorCode);
  escrowPeople.carol.send(CONVERSATION_IDS.class, SEED_TEXTS.allergy);

  const modesProvider = kit.provider('provider' satisfies NamedPartyId);
  const modesPeople = makePeople(kit, modesProvider);
  for (const mode of groupModes) {
    modesPeople.alice.createConversation(
      MODE_CONVERSATION_IDS[mode],
      [modesPeople.bob, modesPeople.carol],
      { name: 'group', mode },
    );
  }
  const modesGhost = kit.ghost(modesProvider, { name: 'ghost' satisfies NamedPartyId });
  syncModes(modesPeople);

  const world: LessonWorld = {
    provider,
    people,
    ghost,
    ghostJoined: false,
    escrow: {
      provider: escrowProvider,
      people: escrowPeople,
      agency,
      mallory: kit.thief({ name: 'mallory' satisfies NamedPartyId }),
    },
    keyStolen: false,
    modes: {
      provider: modesProvider,
      people: modesPeople,
      ghost: modesGhost,
      ordered: [],
      clientUpdated: false,
    },
    actions: [],
    traces: new WeakMap(),
  };
  let replayed = world;
  for (const action of actions) replayed = applyAction(replayed, action);
  return replayed;
}

function makePeople(
  kit: Awaited<ReturnType<typeof createKit>>,
  provider: Provider,
): Record<PersonId, Device> {
  const [alice, bob, carol] = PEOPLE.map((p) => kit.device(provider, p)) as [
    Device,
    Device,
    Device,
  ];
  return { alice, bob, carol };
}

/**
 * Lets every member's client fetch both rosters now, as a real client would
 * on a push from the server. A client that syncs later reads the kit's clock
 * then, so without this the demos that show rosters (on render) would shift
 * the timestamps, and so the bytes, of every later message: a reload, which
 * replays only the actions, would then give different bytes.
 */
function syncMembers(people: Record<PersonId, Device>): void {
  for (const person of Object.values(people)) person.sync(CONVERSATION_IDS.group);
  people.alice.sync(CONVERSATION_IDS.pair);
  people.bob.sync(CONVERSATION_IDS.pair);
}

/** Like {@link syncMembers}, for the two groups of chapter 4's messenger. */
function syncModes(people: Record<PersonId, Device>): void {
  for (const person of Object.values(people)) {
    for (const mode of groupModes) person.sync(MODE_CONVERSATION_IDS[mode]);
  }
}

/**
 * Carries out one action on the world's objects and returns the world with
 * the action recorded. The crypto objects are mutable, so the returned object
 * is new only to let React notice the change.
 */
export function applyAction(world: LessonWorld, action: LessonAction): LessonWorld {
  switch (action.kind) {
    case 'send': {
      const text = action.text.trim();
      if (text.length === 0) return world;
      const trace = new Trace();
      const envelope = world.people[action.from].send(CONVERSATION_IDS[action.conversation], text, {
        trace,
      });
      world.traces.set(envelope, trace);
      for (const person of Object.values(world.people)) person.receive();
      world.ghost.receive();
      return { ...world, actions: [...world.actions, action] };
    }
    case 'access-order': {
      if (world.ghostJoined) return world;
      world.provider.executeAccessOrder({
        conversation: CONVERSATION_IDS.group,
        ghost: world.ghost,
      });
      syncMembers(world.people);
      return { ...world, ghostJoined: true, actions: [...world.actions, action] };
    }
    case 'escrow-send': {
      const text = action.text.trim();
      if (text.length === 0) return world;
      world.escrow.people[action.from].send(CONVERSATION_IDS[action.conversation], text);
      return { ...world, actions: [...world.actions, action] };
    }
    case 'steal-key': {
      if (world.keyStolen) return world;
      world.escrow.mallory.steal(world.escrow.agency);
      return { ...world, keyStolen: true, actions: [...world.actions, action] };
    }
    case 'modes-access-order': {
      const { modes } = world;
      if (modes.ordered.includes(action.mode)) return world;
      modes.provider.executeAccessOrder({
        conversation: MODE_CONVERSATION_IDS[action.mode],
        ghost: modes.ghost,
        suppressNotices: true,
        hidden: true,
      });
      syncModes(modes.people);
      return {
        ...world,
        modes: { ...modes, ordered: [...modes.ordered, action.mode] },
        actions: [...world.actions, action],
      };
    }
    case 'modes-client-update': {
      const { modes } = world;
      // The lesson orders the update only after the provider's own order was refused.
      if (modes.clientUpdated || !modes.ordered.includes('member-signed')) return world;
      modes.provider.orderClientUpdate({
        conversation: MODE_CONVERSATION_IDS['member-signed'],
        device: modes.people.bob,
        ghost: modes.ghost,
      });
      syncModes(modes.people);
      return {
        ...world,
        modes: { ...modes, clientUpdated: true },
        actions: [...world.actions, action],
      };
    }
    case 'modes-send': {
      const text = action.text.trim();
      if (text.length === 0) return world;
      const { modes } = world;
      modes.people[action.from].send(MODE_CONVERSATION_IDS[action.mode], text);
      for (const person of Object.values(modes.people)) person.receive();
      modes.ghost.receive();
      return { ...world, modes: { ...modes }, actions: [...world.actions, action] };
    }
  }
}

/** The parties of the main messenger, in column order; the ghost only once it joined. */
export function mainParties(world: LessonWorld): Party[] {
  const { alice, bob, carol } = world.people;
  return world.ghostJoined
    ? [alice, bob, carol, world.provider, world.ghost]
    : [alice, bob, carol, world.provider];
}

/** The parties of one of chapter 4's two groups; the ghost once the provider ordered it in. */
export function modeParties(world: LessonWorld, mode: GroupMode): Party[] {
  const { alice, bob, carol } = world.modes.people;
  const base: Party[] = [alice, bob, carol, world.modes.provider];
  return world.modes.ordered.includes(mode) ? [...base, world.modes.ghost] : base;
}

/** The parties of the escrow messenger, in column order. */
export function escrowParties(world: LessonWorld): Party[] {
  const { alice, bob, carol } = world.escrow.people;
  return [alice, bob, carol, world.escrow.provider, world.escrow.agency, world.escrow.mallory];
}

/** Every message of a conversation, with each party's real attempt to read it. */
export function readableMessages(
  provider: Provider,
  conversation: string,
  parties: readonly Party[],
): ReadableMessage[] {
  return provider.envelopes(conversation).map((envelope) => ({
    envelope,
    senderName:
      provider.directory.find(envelope.header.senderDevice)?.name ?? envelope.header.senderDevice,
    reports: whoCanRead(envelope, parties),
  }));
}
