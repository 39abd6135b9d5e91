import { Icon, WhoCanReadMatrix } from '@e2ee-kit/ui';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import {
  MODE_CONVERSATION_IDS,
  modeParties,
  readableMessages,
  type GroupMode,
  type LessonAction,
  type LessonWorld,
} from '../../demo-kit/world/world.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';
import { LiveDemo } from '../../demo-kit/LiveDemo.js';
import { matrixRows } from '../../demo-kit/rows.js';
import { useDemoT } from '../../demo-kit/use-demo-t.js';

/** The rows a slide has room for in each half. */
const LATEST = 3;

const TEXT_KEYS = ['twoModes.text1', 'twoModes.text2', 'twoModes.text3', 'twoModes.text4'] as const;

/**
 * Chapter 4: the same access order against two groups of Alice, Bob and
 * Carol on a third messenger. In the group the server runs, the Ghost joins
 * silently; in the member-signed group the members' apps ignore it, until
 * the order targets Bob's app, which signs the Ghost in. Every check mark is
 * a real decryption (`whoCanRead`).
 */
export function TwoModesDemo(_props: DemoProps) {
  return (
    <LiveDemo name="two-modes">
      {({ world, dispatch }) => (
        <>
          <ModeGroup mode="provider-managed" world={world} dispatch={dispatch} />
          <ModeGroup mode="member-signed" world={world} dispatch={dispatch} />
        </>
      )}
    </LiveDemo>
  );
}

function ModeGroup({
  mode,
  world,
  dispatch,
}: {
  mode: GroupMode;
  world: LessonWorld;
  dispatch: (action: LessonAction) => void;
}) {
  const t = useDemoT();
  const ui = useUiLabels();
  const headingId = useId();
  const status = useRef<HTMLParagraphElement>(null);
  const moveFocus = useRef(false);
  const { modes } = world;
  const ordered = modes.ordered.includes(mode);
  const signed = mode === 'member-signed';
  const updated = signed && modes.clientUpdated;
  const conversation = MODE_CONVERSATION_IDS[mode];

  const messages = useMemo(
    () => readableMessages(modes.provider, conversation, modeParties(world, mode)),
    [world, modes.provider, conversation, mode],
  );
  const rows = useMemo(() => matrixRows(t, messages), [t, messages]);

  const state = !ordered
    ? signed
      ? t('twoModes.signedBefore')
      : t('twoModes.managedBefore')
    : !signed
      ? t('twoModes.managedAfter')
      : updated
        ? t('twoModes.signedUpdated')
        : t('twoModes.signedRefused');

  // A button that is gone once used hands the focus to the news it made.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    status.current?.focus();
  }, [state]);

  const send = () => {
    const key = TEXT_KEYS[messages.length % TEXT_KEYS.length] ?? TEXT_KEYS[0];
    dispatch({ kind: 'modes-send', mode, from: 'alice', text: t(key) });
  };

  return (
    <section className="live-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="live-section__title">
        {signed ? t('twoModes.signedTitle') : t('twoModes.managedTitle')}
      </h3>
      <p ref={status} role="status" tabIndex={-1} className="live-status">
        {state}
      </p>
      <div className="live-actions">
        {!ordered ? (
          <button
            type="button"
            className="e2k-button e2k-button--primary"
            onClick={() => {
              moveFocus.current = true;
              dispatch({ kind: 'modes-access-order', mode });
            }}
          >
            <Icon name="ghost" /> {t('twoModes.issue')}
          </button>
        ) : null}
        {signed && ordered && !updated ? (
          <button
            type="button"
            className="e2k-button e2k-button--primary"
            onClick={() => {
              moveFocus.current = true;
              dispatch({ kind: 'modes-client-update' });
            }}
          >
            <Icon name="ghost" /> {t('twoModes.clientUpdate')}
          </button>
        ) : null}
        <button type="button" className="e2k-button" onClick={send}>
          {t('twoModes.send')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="live-text">{t('twoModes.empty')}</p>
      ) : (
        <WhoCanReadMatrix
          rows={rows}
          latest={LATEST}
          labels={{
            ...ui.whoCanReadMatrix,
            caption: signed ? t('twoModes.signedCaption') : t('twoModes.managedCaption'),
          }}
          {...(ordered ? { highlightParty: modes.ghost.id } : {})}
        />
      )}
    </section>
  );
}
