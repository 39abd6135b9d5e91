import { ESCROW_PREFIX, type Envelope, type RosterCheck } from '@e2ee-kit/crypto-demo';
import { useId, type ReactNode } from 'react';
import { classNames } from '../internal/class-names.js';
import { Bytes, type BytesLabels } from '../primitives/Bytes.js';
import type { BytesEncoding } from '../primitives/bytes-encoding.js';
import { Icon } from '../primitives/Icon.js';
import { StatusBadge } from '../primitives/StatusBadge.js';
import { Timestamp } from './shared.js';

/** Words {@link EnvelopeInspector} shows. Pass some or all of them to translate. */
export interface EnvelopeInspectorLabels {
  /** Heading of the whole inspector. */
  title: string;
  /** Heading of the clear-text header section. */
  headerSection: string;
  /** One sentence under the header's heading. */
  headerNote: string;
  /** Label of the conversation id in the header. */
  conversation: string;
  /** Label of the sender's device id. */
  sender: string;
  /** Label of the sender's public key-agreement key. */
  senderKey: string;
  /** Label of the sender's message counter. */
  counter: string;
  /** Label of the sending time. */
  sentAt: string;
  /** Label of the envelope's format version. */
  version: string;
  /** Heading of the wrapped-key section, given how many copies of the key the envelope holds. */
  wrapsSection: (count: number) => string;
  /** One sentence under the wrapped-key heading. */
  wrapsNote: string;
  /** Heading of one wrapped key, e.g. "Key for bob/phone". */
  wrapFor: (recipient: string) => string;
  /** Label of the nonce of one recipient's wrapped key. */
  wrapNonce: (recipient: string) => string;
  /** Label of one recipient's wrapped (locked) key bytes. */
  wrappedKey: (recipient: string) => string;
  /** Flag on a ghost's wrapped key. */
  ghostFlag: string;
  /** Flag on an escrow authority's wrapped key. */
  escrowFlag: string;
  /** Heading of the encrypted-text section. */
  bodySection: string;
  /** Label of the nonce of the encrypted text. */
  bodyNonce: string;
  /** Label of the ciphertext bytes. */
  ciphertext: string;
  /** Heading of the signature section. */
  signatureSection: string;
  /** Label of the signature bytes. */
  signature: string;
  /** Words of the {@link Bytes} blocks. */
  bytes?: Partial<BytesLabels>;
}

/** The English words of {@link EnvelopeInspector}. */
export const defaultEnvelopeInspectorLabels: EnvelopeInspectorLabels = {
  title: 'Inside the envelope',
  headerSection: 'Header',
  headerNote:
    'Sent in clear: the provider and everyone on the way can read it. The signature protects it from changes.',
  conversation: 'Conversation',
  sender: 'Sender',
  senderKey: 'Sender’s public key (X25519)',
  counter: 'Counter',
  sentAt: 'Sent at',
  version: 'Format version',
  wrapsSection: (count) => `Locked copies of the message key (${count})`,
  wrapsNote:
    'The message key, locked once for each recipient. Whoever can open one copy can read the message.',
  wrapFor: (recipient) => `Key for ${recipient}`,
  wrapNonce: (recipient) => `Nonce of the key for ${recipient}`,
  wrappedKey: (recipient) => `Locked key for ${recipient}`,
  ghostFlag: 'Ghost: added by the provider, not by a member',
  escrowFlag: 'Escrow: a copy for the key-escrow authority',
  bodySection: 'Encrypted text',
  bodyNonce: 'Nonce of the text',
  ciphertext: 'Ciphertext',
  signatureSection: 'Signature',
  signature: 'Ed25519 signature of the sender’s device',
};

/** Props of {@link EnvelopeInspector}. */
export interface EnvelopeInspectorProps {
  /** The envelope to show, as `device.send` returns it or the provider relays it. */
  envelope: Envelope;
  /** Device ids to flag as ghosts, e.g. `[ghost.id]`. */
  ghostIds?: readonly string[];
  /**
   * A roster check (`device.verifyRoster(conversation)`): its unverified
   * entries — devices no member signed in — are flagged as ghosts too.
   */
  roster?: RosterCheck;
  /** Heading level of the title; sections use the next level. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4;
  /** Words to use instead of the English defaults. */
  labels?: Partial<EnvelopeInspectorLabels>;
  /** Locale for the date. Defaults to the browser's. */
  locale?: string;
  /** Time zone for the date. Defaults to the browser's. */
  timeZone?: string;
  /** How bytes are written. @defaultValue 'hex' */
  encoding?: BytesEncoding;
  /** Extra class names for the root element. */
  className?: string;
}

/** The kind of a wrapped key's recipient: a ghost (by id or by roster check), an escrow authority, or a device. */
export function wrapKind(to: string, ghostIds: ReadonlySet<string>): 'ghost' | 'escrow' | 'device' {
  if (to.startsWith(ESCROW_PREFIX)) return 'escrow';
  return ghostIds.has(to) ? 'ghost' : 'device';
}

/**
 * Every field of one envelope as it travels, with the real bytes: the header
 * (conversation, sender, counter, time), one wrapped copy of the message key
 * per recipient (nonce + wrapped key), the encrypted text and the signature.
 * A ghost's copy and an escrow copy are flagged with icon and words.
 *
 * @example
 * ```tsx
 * <EnvelopeInspector envelope={envelope} roster={carol.verifyRoster('chat')} />
 * ```
 */
export function EnvelopeInspector({
  envelope,
  ghostIds = [],
  roster,
  headingLevel = 2,
  labels,
  locale,
  timeZone,
  encoding = 'hex',
  className,
}: EnvelopeInspectorProps) {
  const words = { ...defaultEnvelopeInspectorLabels, ...labels };
  const baseId = useId();
  const ghosts = new Set([...ghostIds, ...(roster?.unverified.map((e) => e.device) ?? [])]);
  const Title = `h${headingLevel}` as const;
  const Section = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const h = envelope.header;
  const bytes = (label: ReactNode, value: Uint8Array) => (
    <Bytes
      label={label}
      value={value}
      encoding={encoding}
      {...(words.bytes === undefined ? {} : { labels: words.bytes })}
    />
  );

  return (
    <section className={classNames('e2k-envelope', className)} aria-labelledby={`${baseId}-title`}>
      <Title id={`${baseId}-title`} className="e2k-envelope__title">
        <Icon name="lock" /> {words.title}
      </Title>

      <section className="e2k-envelope__section" aria-labelledby={`${baseId}-header`}>
        <Section id={`${baseId}-header`} className="e2k-envelope__heading">
          {words.headerSection}
        </Section>
        <p className="e2k-envelope__note">{words.headerNote}</p>
        <dl className="e2k-envelope__fields">
          <div>
            <dt>{words.conversation}</dt>
            <dd>
              <code>{h.conversation}</code>
            </dd>
          </div>
          <div>
            <dt>{words.sender}</dt>
            <dd>
              <code>{h.senderDevice}</code> (<code>{h.senderUser}</code>)
            </dd>
          </div>
          <div>
            <dt>{words.counter}</dt>
            <dd>{h.counter}</dd>
          </div>
          <div>
            <dt>{words.sentAt}</dt>
            <dd>
              <Timestamp ms={h.sentAt} locale={locale} timeZone={timeZone} />
            </dd>
          </div>
          <div>
            <dt>{words.version}</dt>
            <dd>{envelope.version}</dd>
          </div>
        </dl>
        {bytes(words.senderKey, h.senderKey)}
      </section>

      <section className="e2k-envelope__section" aria-labelledby={`${baseId}-wraps`}>
        <Section id={`${baseId}-wraps`} className="e2k-envelope__heading">
          {words.wrapsSection(envelope.wraps.length)}
        </Section>
        <p className="e2k-envelope__note">{words.wrapsNote}</p>
        <ol className="e2k-envelope__wraps">
          {envelope.wraps.map((wrap, i) => {
            const kind = wrapKind(wrap.to, ghosts);
            return (
              <li
                key={`${wrap.to}:${i}`}
                className={`e2k-envelope__wrap e2k-envelope__wrap--${kind}`}
                data-kind={kind}
              >
                <p className="e2k-envelope__wrap-to">
                  <Icon name={kind === 'ghost' ? 'ghost' : kind === 'escrow' ? 'key' : 'user'} />
                  <span>{words.wrapFor(wrap.to)}</span>
                  {kind === 'ghost' && <StatusBadge status="ghost">{words.ghostFlag}</StatusBadge>}
                  {kind === 'escrow' && (
                    <StatusBadge status="warning">{words.escrowFlag}</StatusBadge>
                  )}
                </p>
                <div className="e2k-envelope__wrap-bytes">
                  {bytes(words.wrapNonce(wrap.to), wrap.nonce)}
                  {bytes(words.wrappedKey(wrap.to), wrap.key)}
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <section className="e2k-envelope__section" aria-labelledby={`${baseId}-body`}>
        <Section id={`${baseId}-body`} className="e2k-envelope__heading">
          {words.bodySection}
        </Section>
        {bytes(words.bodyNonce, envelope.nonce)}
        {bytes(words.ciphertext, envelope.ciphertext)}
      </section>

      <section className="e2k-envelope__section" aria-labelledby={`${baseId}-signature`}>
        <Section id={`${baseId}-signature`} className="e2k-envelope__heading">
          {words.signatureSection}
        </Section>
        {bytes(words.signature, envelope.signature)}
      </section>
    </section>
  );
}
