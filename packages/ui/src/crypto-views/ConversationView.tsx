import type { Envelope, PartyRole, ReadReport, ReadableReason } from '@e2ee-kit/crypto-demo';
import { useId, useState, type ReactNode } from 'react';
import { classNames } from '../internal/class-names.js';
import { Bytes, type BytesLabels } from '../primitives/Bytes.js';
import type { BytesEncoding } from '../primitives/bytes-encoding.js';
import { Icon } from '../primitives/Icon.js';
import { StatusBadge, type BadgeStatus } from '../primitives/StatusBadge.js';
import {
  Timestamp,
  defaultPartyRoleLabels,
  defaultReadReasonLabels,
  partyRoleIcons,
  type ReadReason,
} from './shared.js';

/** One message of a {@link ConversationView}: the envelope as relayed, and every party's real read attempt. */
export interface ConversationMessage {
  envelope: Envelope;
  /** From `whoCanRead(envelope, parties)`: one report per party that tried. */
  reports: readonly ReadReport[];
  /** Display name of the sender, e.g. `Alice`. */
  senderName: string;
}

/** A seat the viewer can take: any party that tried to read (a member, the provider, the ghost, Mallory…). */
export interface ConversationSeat {
  /** The party's id, as in `ReadReport.party.id`. */
  id: string;
  name: string;
  role: PartyRole;
}

/** Words {@link ConversationView} shows. Pass some or all of them to translate. */
export interface ConversationViewLabels {
  /** Legend of the seat switch. */
  seatsLegend: string;
  /** Heading of a message, e.g. "Message 3". */
  messageNumber: (n: number) => string;
  /** e.g. "From Alice". */
  from: (senderName: string) => string;
  /** Shown, with a lock, in place of a message this seat cannot read. */
  cannotRead: string;
  /** Label of the ciphertext bytes of an unreadable message. */
  ciphertext: (n: number) => string;
  /** Before the reason a non-member could read, e.g. "Read because: holds a stolen copy of the master key". */
  readBecause: string;
  /** Before the reason this seat could not read. */
  cannotReadBecause: string;
  /** Announced when the seat changes, e.g. "Bob can read 4 of 5 messages." */
  summary: (seatName: string, readable: number, total: number) => string;
  /** Shown when there are no messages. */
  empty: string;
  /** Tags of non-member seats ("ghost", "attacker"…). */
  roles: Readonly<Record<PartyRole, string>>;
  /** Words for each `ReadReport.reason`. */
  reasons: Readonly<Record<ReadReason, string>>;
  /** Button that shows the messages hidden by `latest`, e.g. "Show the 12 earlier messages". */
  showEarlier: (count: number) => string;
  /** Button that hides them again. */
  showLatest: (count: number) => string;
  /** Words of the {@link Bytes} blocks. */
  bytes?: Partial<BytesLabels>;
}

/** The English words of {@link ConversationView}. */
export const defaultConversationViewLabels: ConversationViewLabels = {
  seatsLegend: 'Read the chat as',
  messageNumber: (n) => `Message ${n}`,
  from: (senderName) => `From ${senderName}`,
  cannotRead: 'Encrypted: you cannot read this',
  ciphertext: (n) => `Ciphertext of message ${n}`,
  readBecause: 'Readable because:',
  cannotReadBecause: 'Why not:',
  summary: (seatName, readable, total) =>
    `${seatName} can read ${readable} of ${total} ${total === 1 ? 'message' : 'messages'}.`,
  empty: 'No messages yet.',
  roles: defaultPartyRoleLabels,
  reasons: defaultReadReasonLabels,
  showEarlier: (count) =>
    count === 1 ? 'Show the earlier message' : `Show the ${count} earlier messages`,
  showLatest: (count) => `Show only the latest ${count}`,
};

/** Props of {@link ConversationView}. */
export interface ConversationViewProps {
  messages: readonly ConversationMessage[];
  /** The seats offered by the switch, in order. */
  seats: readonly ConversationSeat[];
  /** Id of the seat the chat is shown from. */
  selectedSeat: string;
  /** Called with a seat id when the viewer picks another seat (one click, or one arrow key). */
  onSelectSeat: (seatId: string) => void;
  /** Heading above the chat, e.g. the conversation's name. */
  title?: ReactNode;
  /** Words to use instead of the English defaults. */
  labels?: Partial<ConversationViewLabels>;
  /** Locale for dates. Defaults to the browser's. */
  locale?: string;
  /** Time zone for dates, e.g. `Europe/Paris`. Defaults to the browser's. */
  timeZone?: string;
  /** How ciphertext is written. @defaultValue 'hex' */
  encoding?: BytesEncoding;
  /**
   * Show only the last `latest` messages, with a button for the earlier ones
   * (long chats). Numbers stay those of the whole chat. Default: all.
   */
  latest?: number;
  className?: string;
}

const readableReasonBadges: Readonly<Record<ReadableReason, BadgeStatus>> = {
  member: 'can-read',
  ghost: 'ghost',
  'escrow-key': 'warning',
  'stolen-key': 'attacker',
};

/**
 * Whether a seat could read a message: the seat's own report, found by party
 * id. A seat with no report did not try, so it cannot read.
 */
export function reportFor(message: ConversationMessage, seatId: string): ReadReport | undefined {
  return message.reports.find((r) => r.party.id === seatId);
}

/**
 * One chat seen from one seat. Messages the seat's keys really opened show
 * their text; the others show "encrypted — you cannot read this" with a lock
 * and their real ciphertext bytes. Sender and time are shown for every
 * message, because the header travels in clear for everyone, provider included.
 *
 * The seat switch is a group of native radio buttons: one click, or one arrow
 * key, changes the seat. A polite live region says how many messages the new
 * seat can read. Nothing is decided here: readability comes from the
 * `ReadReport`s, i.e. from real decryption attempts.
 *
 * @example
 * ```tsx
 * const parties = [alice, bob, ghost, provider];
 * const messages = envelopes.map((envelope) => ({
 *   envelope,
 *   senderName: envelope.header.senderUser,
 *   reports: whoCanRead(envelope, parties),
 * }));
 * const [seat, setSeat] = useState(bob.id);
 * <ConversationView
 *   messages={messages}
 *   seats={parties.map(({ id, name, role }) => ({ id, name, role }))}
 *   selectedSeat={seat}
 *   onSelectSeat={setSeat}
 * />
 * ```
 */
export function ConversationView({
  messages,
  seats,
  selectedSeat,
  onSelectSeat,
  title,
  labels,
  locale,
  timeZone,
  encoding = 'hex',
  latest,
  className,
}: ConversationViewProps) {
  const words = { ...defaultConversationViewLabels, ...labels };
  const baseId = useId();
  const [showAll, setShowAll] = useState(false);
  const hidden = latest === undefined || showAll ? 0 : Math.max(0, messages.length - latest);
  const seat = seats.find((s) => s.id === selectedSeat);
  const readable = messages.filter((m) => reportFor(m, selectedSeat)?.canRead === true).length;

  return (
    <section
      className={classNames('e2k-conversation', className)}
      aria-labelledby={title === undefined ? undefined : `${baseId}-title`}
      data-seat={selectedSeat}
    >
      {title !== undefined && (
        <h2 id={`${baseId}-title`} className="e2k-conversation__title">
          {title}
        </h2>
      )}
      <fieldset className="e2k-seats">
        <legend className="e2k-seats__legend">{words.seatsLegend}</legend>
        <div className="e2k-seats__options">
          {seats.map((s) => (
            <label key={s.id} className="e2k-seat" data-role={s.role}>
              <input
                type="radio"
                className="e2k-seat__input"
                name={`${baseId}-seat`}
                value={s.id}
                checked={s.id === selectedSeat}
                onChange={() => {
                  onSelectSeat(s.id);
                }}
              />
              <Icon name={partyRoleIcons[s.role]} />
              <span className="e2k-seat__name">{s.name}</span>
              {s.role !== 'member' && (
                <span className="e2k-seat__role">({words.roles[s.role]})</span>
              )}
            </label>
          ))}
        </div>
      </fieldset>

      <p className="e2k-conversation__summary" role="status">
        {seat !== undefined && messages.length > 0
          ? words.summary(seat.name, readable, messages.length)
          : ''}
      </p>

      {latest !== undefined && messages.length > latest ? (
        <button
          type="button"
          className="e2k-button e2k-button--small e2k-conversation__more"
          aria-expanded={showAll}
          onClick={() => {
            setShowAll(!showAll);
          }}
        >
          {showAll ? words.showLatest(latest) : words.showEarlier(hidden)}
        </button>
      ) : null}
      {messages.length === 0 ? (
        <p className="e2k-conversation__empty">{words.empty}</p>
      ) : (
        <ol className="e2k-conversation__messages" start={hidden + 1}>
          {messages.slice(hidden).map((message, index) => {
            const n = hidden + index + 1;
            const report = reportFor(message, selectedSeat);
            const headingId = `${baseId}-m${n}`;
            const ownMessage = message.envelope.header.senderDevice === selectedSeat;
            return (
              <li
                key={`${message.envelope.header.senderDevice}:${message.envelope.header.counter}:${n}`}
                className={classNames('e2k-message', ownMessage && 'e2k-message--own')}
                data-readable={report?.canRead === true ? 'true' : 'false'}
              >
                <article aria-labelledby={headingId}>
                  <header className="e2k-message__header">
                    <h3 id={headingId} className="e2k-message__heading">
                      {words.messageNumber(n)}
                      <span className="e2k-message__from"> · {words.from(message.senderName)}</span>
                    </h3>
                    <Timestamp
                      ms={message.envelope.header.sentAt}
                      locale={locale}
                      timeZone={timeZone}
                    />
                  </header>
                  {report?.canRead === true ? (
                    <div className="e2k-message__body">
                      <p className="e2k-message__text">{report.text}</p>
                      {report.reason !== 'member' && (
                        <p className="e2k-message__reason">
                          <StatusBadge status={readableReasonBadges[report.reason]}>
                            {words.readBecause} {words.reasons[report.reason]}
                          </StatusBadge>
                        </p>
                      )}
                    </div>
                  ) : (
                    <div className="e2k-message__body e2k-message__body--locked">
                      <p className="e2k-message__locked">
                        <Icon name="lock" />
                        <span>{words.cannotRead}</span>
                      </p>
                      {report !== undefined && (
                        <p className="e2k-message__reason">
                          {words.cannotReadBecause} {words.reasons[report.reason]}
                        </p>
                      )}
                      <Bytes
                        label={words.ciphertext(n)}
                        value={message.envelope.ciphertext}
                        encoding={encoding}
                        {...(words.bytes === undefined ? {} : { labels: words.bytes })}
                      />
                    </div>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
