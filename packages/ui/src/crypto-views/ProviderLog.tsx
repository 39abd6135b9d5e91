import type { GroupMode, ProviderView, RelayRecord, RosterEntry } from '@e2ee-kit/crypto-demo';
import { useId, type ReactNode } from 'react';
import { classNames } from '../internal/class-names.js';
import { Bytes, type BytesLabels } from '../primitives/Bytes.js';
import { bytesToHex, type BytesEncoding } from '../primitives/bytes-encoding.js';
import { Icon } from '../primitives/Icon.js';
import { StatusBadge } from '../primitives/StatusBadge.js';
import { Timestamp } from './shared.js';

/** Words {@link ProviderLog} shows. Pass some or all of them to translate. */
export interface ProviderLogLabels {
  /** Heading of the whole log. */
  title: string;
  /** The one-line statement under the title. */
  statement: string;
  /** Caption of the public-key directory table. */
  directoryCaption: string;
  /** Column header: device id. */
  device: string;
  /** Column header: user name. */
  user: string;
  /** Column header: fingerprint of the public signing key. */
  signingKey: string;
  /** Column header: fingerprint of the public key-agreement key. */
  agreementKey: string;
  /** Under the directory: what a fingerprint is here. */
  fingerprintNote: string;
  /** Caption of one conversation's member-list table, given the conversation's name. */
  rosterCaption: (conversationName: string) => string;
  /** Column header: which member signed the device in. */
  addedBy: string;
  /** "Added by" of an entry no member signed. */
  addedByProvider: string;
  /** Column header: whether a member's signature vouches for the entry. */
  signature: string;
  /** Cell text: the entry carries a member's signature. */
  signed: string;
  /** Cell text: the entry carries no signature. */
  unsigned: string;
  /** Column header: whether members see the entry in their member list. */
  onMemberList: string;
  /** Cell text: the entry is on the member list. */
  shown: string;
  /** Cell text: the provider hides the entry from the member list. */
  hidden: string;
  /** Column header: whether members got a notice about the entry. */
  notices: string;
  /** Cell text: the notice was shown. */
  noticeShown: string;
  /** Cell text: the provider suppressed the notice. */
  noticeSuppressed: string;
  /** Flag on a roster entry no member signed. */
  ghostFlag: string;
  /** Caption of the relay-log table. */
  relayCaption: string;
  /** Column header: position of the message in the relay log. */
  index: string;
  /** Column header: sending device. */
  from: string;
  /** Column header: recipient devices. */
  to: string;
  /** Column header: sending time. */
  sentAt: string;
  /** Column header: ciphertext size. */
  size: string;
  /** A size in bytes, e.g. "48 bytes". */
  bytesCount: (n: number) => string;
  /** Heading of the relayed ciphertexts. */
  ciphertextHeading: string;
  /** Label of one relayed ciphertext. */
  ciphertextOf: (record: RelayRecord) => string;
  /** Shown when the provider has relayed nothing yet. */
  empty: string;
  /** Words of the {@link Bytes} blocks. */
  bytes?: Partial<BytesLabels>;
}

/** The English words of {@link ProviderLog}. */
export const defaultProviderLogLabels: ProviderLogLabels = {
  title: 'What the provider sees',
  statement: 'The provider never holds a private key.',
  directoryCaption: 'Directory of public keys',
  device: 'Device',
  user: 'User',
  signingKey: 'Signing key (Ed25519)',
  agreementKey: 'Key-agreement key (X25519)',
  fingerprintNote: 'Fingerprint: the first 8 bytes of each public key, in hex.',
  rosterCaption: (name) => `Member list of ${name}`,
  addedBy: 'Added by',
  addedByProvider: 'the provider alone',
  signature: 'Member’s signature',
  signed: 'signed',
  unsigned: 'none',
  onMemberList: 'On the member list',
  shown: 'shown',
  hidden: 'hidden',
  notices: 'Notice to members',
  noticeShown: 'shown',
  noticeSuppressed: 'suppressed',
  ghostFlag: 'Ghost',
  relayCaption: 'Relay log',
  index: '#',
  from: 'From',
  to: 'To',
  sentAt: 'Sent at',
  size: 'Ciphertext size',
  bytesCount: (n) => (n === 1 ? '1 byte' : `${n} bytes`),
  ciphertextHeading: 'Ciphertext it relays',
  ciphertextOf: (r) => `Ciphertext no. ${r.index} from ${r.fromDevice}`,
  empty: 'Nothing relayed yet.',
};

/** Props of {@link ProviderLog}. */
export interface ProviderLogProps {
  /** `provider.view()`. */
  view: ProviderView;
  /** Show only this conversation's roster and messages. Default: all. */
  conversation?: string;
  /** Heading level of the title; sections use the next level. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4;
  /** Words to use instead of the English defaults. */
  labels?: Partial<ProviderLogLabels>;
  /** Locale for dates. Defaults to the browser's. */
  locale?: string;
  /** Time zone for dates. Defaults to the browser's. */
  timeZone?: string;
  /** How ciphertext is written. @defaultValue 'hex' */
  encoding?: BytesEncoding;
  /** Extra class names for the root element. */
  className?: string;
}

/**
 * A public key's short fingerprint for tables: its first 8 bytes in hex, in
 * groups of 4 characters. Enough to tell keys apart on screen; not a security check.
 *
 * @example
 * ```ts
 * keyFingerprint(alice.bundle.signingKey); // e.g. "3f1a 09c2 77d0 e415"
 * ```
 */
export function keyFingerprint(key: Uint8Array): string {
  return bytesToHex(key.subarray(0, 8)).replace(/(.{4})(?=.)/g, '$1 ');
}

function ScrollTable({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const id = useId();
  // Tables can be wider than a projected screen: the region scrolls and, being focusable, scrolls with the keyboard.
  return (
    <div className="e2k-provider__scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="e2k-provider__table">
        <caption id={id} className="e2k-provider__caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/**
 * Everything the provider stores and relays — and nothing else: the
 * directory (device ids and public-key fingerprints), each roster as the
 * provider holds it (hidden entries and suppressed notices flagged, the
 * ghost's unsigned entry marked), the relay log (from, to, when, size) and
 * the ciphertext bytes. A one-line statement says the provider never holds a
 * private key: there is no plaintext to show, because it has none.
 *
 * @example
 * ```tsx
 * <ProviderLog view={provider.view()} conversation="chat" />
 * ```
 */
export function ProviderLog({
  view,
  conversation,
  headingLevel = 2,
  labels,
  locale,
  timeZone,
  encoding = 'hex',
  className,
}: ProviderLogProps) {
  const words = { ...defaultProviderLogLabels, ...labels };
  const baseId = useId();
  const Title = `h${headingLevel}` as const;
  const Section = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const conversations = view.conversations.filter(
    (c) => conversation === undefined || c.id === conversation,
  );
  const messages = view.messages.filter(
    (m) => conversation === undefined || m.conversation === conversation,
  );

  // Version 2: a provider-managed roster carries no member signature at all; in a member-signed
  // conversation the chain's entries are signed commits, and an entry the provider adds alone
  // (hidden, with no commit) is not. Hidden or silenced entries are the ghost's marks.
  const rosterRow = (e: RosterEntry, mode: GroupMode) => {
    const unsigned = mode === 'provider-managed' || e.hidden;
    const ghostLike = e.hidden || e.suppressNotice;
    return (
      <tr key={e.device} data-signed={String(!unsigned)}>
        <th scope="row">
          <code>{e.device}</code>{' '}
          {ghostLike && <StatusBadge status="ghost">{words.ghostFlag}</StatusBadge>}
        </th>
        <td>{ghostLike ? words.addedByProvider : '—'}</td>
        <td>
          <Icon name={unsigned ? 'cross' : 'check'} /> {unsigned ? words.unsigned : words.signed}
        </td>
        <td>
          <Icon name={e.hidden ? 'eye-off' : 'eye'} /> {e.hidden ? words.hidden : words.shown}
        </td>
        <td>
          <Icon name={e.suppressNotice ? 'eye-off' : 'eye'} />{' '}
          {e.suppressNotice ? words.noticeSuppressed : words.noticeShown}
        </td>
      </tr>
    );
  };

  return (
    <section className={classNames('e2k-provider', className)} aria-labelledby={`${baseId}-title`}>
      <Title id={`${baseId}-title`} className="e2k-provider__title">
        <Icon name="server" /> {words.title}
      </Title>
      <p className="e2k-provider__statement">
        <Icon name="key" /> <strong>{words.statement}</strong>
      </p>

      <ScrollTable caption={words.directoryCaption}>
        <thead>
          <tr>
            <th scope="col">{words.device}</th>
            <th scope="col">{words.user}</th>
            <th scope="col">{words.signingKey}</th>
            <th scope="col">{words.agreementKey}</th>
          </tr>
        </thead>
        <tbody>
          {view.directory.map((d) => (
            <tr key={d.device}>
              <th scope="row">
                <code>{d.device}</code>
              </th>
              <td>{d.user}</td>
              <td>
                <code className="e2k-provider__fingerprint">{keyFingerprint(d.signingKey)}</code>
              </td>
              <td>
                <code className="e2k-provider__fingerprint">{keyFingerprint(d.agreementKey)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="e2k-provider__note">{words.fingerprintNote}</p>

      {conversations.map((c) => (
        <ScrollTable key={c.id} caption={words.rosterCaption(c.name)}>
          <thead>
            <tr>
              <th scope="col">{words.device}</th>
              <th scope="col">{words.addedBy}</th>
              <th scope="col">{words.signature}</th>
              <th scope="col">{words.onMemberList}</th>
              <th scope="col">{words.notices}</th>
            </tr>
          </thead>
          <tbody>{c.entries.map((e) => rosterRow(e, c.mode))}</tbody>
        </ScrollTable>
      ))}

      {messages.length === 0 ? (
        <p className="e2k-provider__empty">{words.empty}</p>
      ) : (
        <>
          <ScrollTable caption={words.relayCaption}>
            <thead>
              <tr>
                <th scope="col">{words.index}</th>
                <th scope="col">{words.from}</th>
                <th scope="col">{words.to}</th>
                <th scope="col">{words.sentAt}</th>
                <th scope="col">{words.size}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.index}>
                  <th scope="row">{m.index}</th>
                  <td>
                    <code>{m.fromDevice}</code>
                  </td>
                  <td>
                    {m.to.map((to, i) => (
                      <span key={to}>
                        {i > 0 && ', '}
                        <code>{to}</code>
                      </span>
                    ))}
                  </td>
                  <td>
                    <Timestamp ms={m.sentAt} locale={locale} timeZone={timeZone} />
                  </td>
                  <td>{words.bytesCount(m.ciphertextBytes)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <Section className="e2k-provider__heading">{words.ciphertextHeading}</Section>
          <ul className="e2k-provider__ciphertexts">
            {messages.map((m) => (
              <li key={m.index}>
                <Bytes
                  label={words.ciphertextOf(m)}
                  value={m.envelope.ciphertext}
                  encoding={encoding}
                  {...(words.bytes === undefined ? {} : { labels: words.bytes })}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
