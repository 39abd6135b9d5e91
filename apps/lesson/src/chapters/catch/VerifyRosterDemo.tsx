import type { RosterCheck } from '@e2ee-kit/crypto-demo';
import { Icon, RosterPanel } from '@e2ee-kit/ui';
import { useState } from 'react';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import { CONVERSATION_IDS } from '../../demo-kit/world/world.js';
import { named } from '../../demo-kit/party-names.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';
import { lessonTimeZone } from '../../demo-kit/constants.js';
import { LiveDemo, type LiveDemoContext } from '../../demo-kit/LiveDemo.js';
import { StepLink } from '../../demo-kit/StepLink.js';
import { useDemoT, type DemoT } from '../../demo-kit/use-demo-t.js';

/** The check with the devices' names in the page's language. */
function translateCheck(t: DemoT, check: RosterCheck): RosterCheck {
  return {
    ...check,
    entries: check.entries.map((e) => named(t, e)),
    unverified: check.unverified.map((e) => named(t, e)),
  };
}

/**
 * Chapter 4: Carol's client checks every device it encrypts to in the class group,
 * the ones the server hides included, and flags the hidden ghost.
 */
export function VerifyRosterDemo(props: DemoProps) {
  return (
    <LiveDemo name="verify-roster">
      {(context) => <VerifyRoster {...context} {...props} />}
    </LiveDemo>
  );
}

function VerifyRoster({ world, content, lang, mode }: LiveDemoContext & DemoProps) {
  const t = useDemoT();
  const ui = useUiLabels();
  const [runs, setRuns] = useState(0);
  const group = CONVERSATION_IDS.group;
  const carol = world.people.carol;
  const check = runs > 0 ? translateCheck(t, carol.verifyRoster(group)) : undefined;
  const verdict =
    check === undefined
      ? ''
      : check.ok
        ? t('verifyRoster.resultOk')
        : t('verifyRoster.resultGhost', { count: check.unverified.length });

  return (
    <>
      <p className="live-text">{t('verifyRoster.intro')}</p>
      <div className="live-actions">
        <button
          type="button"
          className="e2k-button e2k-button--primary"
          onClick={() => {
            setRuns((n) => n + 1);
          }}
        >
          <Icon name="shield" /> {runs > 0 ? t('verifyRoster.rerun') : t('verifyRoster.run')}
        </button>
      </div>
      {/* Keyed by run, so that running the check again is announced again. */}
      <p role="status" className="live-status">
        <span key={runs}>{verdict}</span>
      </p>
      {check !== undefined && !world.ghostJoined ? (
        <p className="live-text">
          <StepLink
            demo="access-order"
            content={content}
            lang={lang}
            mode={mode}
            before={t('verifyRoster.beforeOrder')}
            after={t('verifyRoster.beforeOrderEnd')}
          />
        </p>
      ) : null}
      {check !== undefined && !check.ok ? (
        <p className="live-text">{t('verifyRoster.afterOrder')}</p>
      ) : null}
      <RosterPanel
        members={carol.visibleRoster(group)}
        notices={carol.notices(group)}
        {...(check === undefined ? {} : { check })}
        headingLevel={3}
        labels={{ ...ui.rosterPanel, title: t('verifyRoster.panelTitle') }}
        locale={lang}
        timeZone={lessonTimeZone}
      />
    </>
  );
}
