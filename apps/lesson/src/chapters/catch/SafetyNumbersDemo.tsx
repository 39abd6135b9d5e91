import { Icon, SafetyNumberCheck } from '@e2ee-kit/ui';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';
import { LiveDemo, type LiveDemoContext } from '../../demo-kit/LiveDemo.js';
import { PredictReveal } from '../../demo-kit/PredictReveal.js';
import { predictionWords } from '../../demo-kit/predictions.js';
import { useDemoT } from '../../demo-kit/use-demo-t.js';
import { useScrollFocusable } from '../../demo-kit/use-scroll-focusable.js';
import { loadDisguise, slipInSharedGhost, type Disguise } from './disguise.js';

/**
 * Chapter 4: Alice and Bob compare safety numbers. On the lesson's messenger
 * they match even with the ghost in the class group (a safety number is about
 * two people's keys, not a group's members). On a second, small messenger the
 * server disguises the ghost as Bob's second device, and the numbers differ
 * (on the projector, after the class has bet on it).
 */
export function SafetyNumbersDemo({ mode }: DemoProps) {
  return (
    <LiveDemo name="safety-numbers">
      {(context) => (
        <>
          <LessonPair {...context} />
          <DisguisedGhost predict={mode === 'present'} />
        </>
      )}
    </LiveDemo>
  );
}

function LessonPair({ world }: LiveDemoContext) {
  const t = useDemoT();
  const ui = useUiLabels();
  const { alice, bob } = world.people;
  const [left, right] = useMemo(
    () => [alice.safetyNumberWith('bob'), bob.safetyNumberWith('alice')] as const,
    [alice, bob],
  );
  const match = left.digits === right.digits;
  const box = useRef<HTMLDivElement>(null);
  useScrollFocusable(box);
  return (
    // Named (a group, not a second landmark: the check inside is the region), as
    // on the slide this box scrolls and can then take the focus.
    <div ref={box} role="group" className="live-section" aria-label={t('safetyNumbers.partOne')}>
      <SafetyNumberCheck
        left={{ label: t('safetyNumbers.left'), number: left }}
        right={{ label: t('safetyNumbers.right'), number: right }}
        headingLevel={3}
        labels={{
          ...ui.safetyNumberCheck,
          title: t('safetyNumbers.partOne'),
          match: t('safetyNumbers.match'),
        }}
      />
      {match ? (
        <p className="live-text">
          {world.ghostJoined ? t('safetyNumbers.matchWithGhost') : t('safetyNumbers.matchNoGhost')}
        </p>
      ) : null}
    </div>
  );
}

function DisguisedGhost({ predict }: { predict: boolean }) {
  const t = useDemoT();
  const ui = useUiLabels();
  const headingId = useId();
  const status = useRef<HTMLParagraphElement>(null);
  const [disguise, setDisguise] = useState<Disguise>();
  const moveFocus = useRef(false);
  const box = useRef<HTMLElement>(null);
  useScrollFocusable(box);

  useEffect(() => {
    let mounted = true;
    void loadDisguise().then((loaded) => {
      if (mounted) setDisguise(loaded);
    });
    return () => {
      mounted = false;
    };
  }, []);

  // The button is gone once the ghost is in: focus goes to what happened.
  useEffect(() => {
    if (!moveFocus.current || disguise?.ghost === undefined) return;
    moveFocus.current = false;
    status.current?.focus();
  }, [disguise]);

  return (
    <section ref={box} className="live-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="live-section__title">
        {t('safetyNumbers.partTwo')}
      </h3>
      <p className="live-text">{t('safetyNumbers.partTwoIntro')}</p>
      {predict ? (
        <PredictReveal
          {...predictionWords(t, 'safetyNumbers')}
          revealed={disguise?.ghost !== undefined}
        />
      ) : null}
      {disguise === undefined ? (
        <p role="status" className="live-text" data-testid="demo-loading">
          {t('safetyNumbers.loading')}
        </p>
      ) : (
        <>
          {disguise.ghost === undefined ? (
            <div className="live-actions">
              <button
                type="button"
                className="e2k-button e2k-button--primary"
                onClick={() => {
                  void slipInSharedGhost().then((next) => {
                    moveFocus.current = true;
                    setDisguise(next);
                  });
                }}
              >
                <Icon name="ghost" /> {t('safetyNumbers.slip')}
              </button>
            </div>
          ) : null}
          <p ref={status} role="status" tabIndex={-1} className="live-text">
            {disguise.ghost === undefined ? '' : t('safetyNumbers.slipped')}
          </p>
          <SafetyNumberCheck
            left={{
              label: t('safetyNumbers.disguisedLeft'),
              number: disguise.alice.safetyNumberWith('bob'),
            }}
            right={{
              label: t('safetyNumbers.disguisedRight'),
              number: disguise.bob.safetyNumberWith('alice'),
            }}
            showQr={false}
            headingLevel={4}
            labels={{
              ...ui.safetyNumberCheck,
              title: t('safetyNumbers.partTwoCheck'),
              match: t('safetyNumbers.match'),
            }}
          />
        </>
      )}
    </section>
  );
}
