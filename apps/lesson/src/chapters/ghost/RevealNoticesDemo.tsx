import { Icon, RosterPanel } from '@e2ee-kit/ui';
import { useState } from 'react';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import { CONVERSATION_IDS, type PersonId } from '../../demo-kit/world/world.js';
import { named } from '../../demo-kit/party-names.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';
import { lessonTimeZone } from '../../demo-kit/constants.js';
import { LiveDemo, type LiveDemoContext } from '../../demo-kit/LiveDemo.js';
import { StepLink } from '../../demo-kit/StepLink.js';
import { useDemoT } from '../../demo-kit/use-demo-t.js';

const members: readonly PersonId[] = ['alice', 'bob', 'carol'];

/**
 * Chapter 3: the class group as each member's phone shows it: the member
 * list (no ghost), the notices shown (none) and, behind the teacher's button,
 * the notices the provider told the apps to suppress.
 */
export function RevealNoticesDemo(props: DemoProps) {
  return (
    <LiveDemo name="reveal-notices">
      {(context) => <RevealNotices {...context} {...props} />}
    </LiveDemo>
  );
}

function RevealNotices({ world, content, lang, mode }: LiveDemoContext & DemoProps) {
  const t = useDemoT();
  const ui = useUiLabels();
  const [revealed, setRevealed] = useState(false);
  const group = CONVERSATION_IDS.group;
  const phones = members.map((id) => {
    const device = world.people[id];
    // A client records notices when it fetches the roster.
    device.sync(group);
    return { id, members: device.visibleRoster(group), notices: device.notices(group) };
  });
  const suppressed = phones.reduce((sum, p) => sum + p.notices.filter((n) => !n.shown).length, 0);
  const shown = phones.reduce((sum, p) => sum + p.notices.filter((n) => n.shown).length, 0);

  return (
    <>
      {world.ghostJoined ? null : (
        <p className="live-text">
          <StepLink
            demo="access-order"
            content={content}
            lang={lang}
            mode={mode}
            before={t('revealNotices.noOrder')}
            after={t('revealNotices.noOrderEnd')}
          />
        </p>
      )}
      {suppressed > 0 ? (
        <div className="live-actions">
          <button
            type="button"
            className="e2k-button e2k-button--primary"
            onClick={() => {
              setRevealed((was) => !was);
            }}
          >
            {/* The label says what the button will do next (no aria-pressed: its name changes). */}
            <Icon name={revealed ? 'eye-off' : 'eye'} />{' '}
            {revealed ? t('revealNotices.hideAll') : t('revealNotices.revealAll')}
          </button>
        </div>
      ) : null}
      {suppressed > 0 && shown === 0 ? (
        <p className="live-text">{t('revealNotices.summary', { count: suppressed })}</p>
      ) : null}
      <div className="live-grid">
        {phones.map((phone) => (
          <RosterPanel
            // Remounted when the teacher's button changes, to open or close every panel at once.
            key={`${phone.id}:${String(revealed)}`}
            members={phone.members}
            notices={phone.notices.map((n) => named(t, n))}
            defaultRevealed={revealed}
            headingLevel={3}
            labels={{ ...ui.rosterPanel, title: t(`revealNotices.panelTitle.${phone.id}`) }}
            locale={lang}
            timeZone={lessonTimeZone}
          />
        ))}
      </div>
    </>
  );
}
