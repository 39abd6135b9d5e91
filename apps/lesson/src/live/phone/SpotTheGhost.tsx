import type { Finding, PhoneSnapshot } from '@e2ee-kit/live';
import { Icon, StatusBadge } from '@e2ee-kit/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { useLanguage } from '../../shell/page-language.js';
import { errorCode, type PhoneLike } from './phone-like.js';
import { nameOf, useNameOf } from './RosterList.js';
import { usePhoneT } from './use-phone-t.js';

type Phone = Pick<PhoneLike, 'checkRoster' | 'report' | 'safetyNumberWith'>;

/**
 * "Spot the ghost": the phone's own roster check, whose findings a student
 * reports to the class in one tap, and the safety-number comparison with a
 * neighbour.
 */
export function SpotTheGhost({ phone, snapshot }: { phone: Phone; snapshot: PhoneSnapshot }) {
  const t = usePhoneT();
  const id = useId();
  return (
    <section className="phone-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('spot.heading')}</h2>
      <p>{t('spot.intro')}</p>
      <RosterCheck phone={phone} snapshot={snapshot} />
      <NeighbourCompare phone={phone} snapshot={snapshot} />
    </section>
  );
}

interface CheckResult {
  at: number;
  findings: readonly Finding[];
  /** By finding's index: reported (`failed: null`), or the error code of a failed report. */
  reported: Readonly<Record<number, { failed: string | null }>>;
}

function RosterCheck({ phone, snapshot }: { phone: Phone; snapshot: PhoneSnapshot }) {
  const t = usePhoneT();
  const lang = useLanguage();
  const summary = useRef<HTMLParagraphElement>(null);
  const reportStatus = useRef<Record<number, HTMLParagraphElement | null>>({});
  const [result, setResult] = useState<CheckResult | null>(null);
  // Where the focus goes once the next render is on screen.
  const focusNext = useRef<'results' | number | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'results') summary.current?.focus();
    else reportStatus.current[target]?.focus();
  });

  const nameOfDevice = useNameOf(snapshot.roster);
  const suspectName = (finding: Finding) =>
    finding.suspect === null ? t('spot.unknownSuspect') : nameOfDevice(finding.suspect);
  const time = new Intl.DateTimeFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

  return (
    <div className="phone-check">
      <button
        type="button"
        className="e2k-button e2k-button--primary phone-button"
        onClick={() => {
          setResult({ at: Date.now(), findings: phone.checkRoster(), reported: {} });
          focusNext.current = 'results';
        }}
      >
        <Icon name="eye" /> {t('spot.check')}
      </button>
      {result ? (
        <div className="phone-check__results">
          <p className="phone-note">{t('spot.checked', { time: time.format(result.at) })}</p>
          {/* The focus lands here after a check, so the result is read out. */}
          {result.findings.length === 0 ? (
            <p ref={summary} tabIndex={-1}>
              <StatusBadge status="ok">{t('spot.clean')}</StatusBadge>
            </p>
          ) : (
            <>
              <p ref={summary} tabIndex={-1}>
                <StatusBadge status="ghost">
                  {t('spot.found', { count: result.findings.length })}
                </StatusBadge>
              </p>
              <ul className="phone-findings">
                {result.findings.map((finding, index) => {
                  const reported = result.reported[index];
                  return (
                    <li key={`${finding.method}-${finding.suspect ?? ''}-${index}`}>
                      <p>
                        {finding.reason === 'signed-by-classmate' && finding.by !== undefined
                          ? t('spot.finding.signed-by-classmate', {
                              suspect: suspectName(finding),
                              by: nameOfDevice(finding.by),
                            })
                          : t(`spot.finding.${finding.method}`, { suspect: suspectName(finding) })}
                      </p>
                      {reported?.failed === null ? null : (
                        <button
                          type="button"
                          className="e2k-button phone-button"
                          onClick={() => {
                            let failed: string | null = null;
                            try {
                              phone.report(finding);
                            } catch (error) {
                              failed = errorCode(error) ?? 'error';
                            }
                            setResult({
                              ...result,
                              reported: { ...result.reported, [index]: { failed } },
                            });
                            focusNext.current = index;
                          }}
                        >
                          <Icon name="warning" /> {t('spot.report')}
                        </button>
                      )}
                      <p
                        ref={(element) => {
                          reportStatus.current[index] = element;
                        }}
                        tabIndex={-1}
                        className="phone-status"
                      >
                        {reported === undefined ? null : reported.failed === null ? (
                          <>
                            <Icon name="check" /> {t('spot.reported')}
                          </>
                        ) : (
                          t('spot.reportFailed', { code: reported.failed })
                        )}
                      </p>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}

type Comparison =
  | {
      device: string;
      digits: { digits: string; groups: readonly string[] };
      answer: 'same' | 'different' | null;
      reportFailed?: string;
    }
  | { device: string; failed: string };

function NeighbourCompare({ phone, snapshot }: { phone: Phone; snapshot: PhoneSnapshot }) {
  const t = usePhoneT();
  const id = useId();
  const answerRef = useRef<HTMLParagraphElement>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const moveFocus = useRef(false);
  const classmates = snapshot.roster.filter(
    (member) => member.device !== snapshot.me?.device && member.role !== 'ghost',
  );

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    answerRef.current?.focus();
  });

  const choose = (device: string) => {
    if (device === '') {
      setComparison(null);
      return;
    }
    try {
      setComparison({ device, digits: phone.safetyNumberWith(device), answer: null });
    } catch (error) {
      setComparison({ device, failed: errorCode(error) ?? 'error' });
    }
  };

  const name = comparison ? nameOf(snapshot.roster, comparison.device) : '';

  return (
    <div className="phone-compare">
      <h3 id={`${id}-heading`}>{t('compare.heading')}</h3>
      <p>{t('compare.intro')}</p>
      {classmates.length === 0 ? (
        <p className="phone-note">{t('compare.nobody')}</p>
      ) : (
        <div className="phone-field">
          <label htmlFor={`${id}-who`}>{t('compare.choose')}</label>
          <select
            id={`${id}-who`}
            className="phone-field__input"
            value={comparison?.device ?? ''}
            onChange={(event) => {
              choose(event.target.value);
            }}
          >
            <option value="">{t('compare.placeholder')}</option>
            {classmates.map((member) => (
              <option key={member.device} value={member.device}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {comparison && 'failed' in comparison ? (
        <p className="phone-field__error">
          {t('compare.failed', { name, code: comparison.failed })}
        </p>
      ) : null}
      {comparison && 'digits' in comparison ? (
        <div className="phone-compare__result">
          <p id={`${id}-digits`} className="phone-compare__label">
            {t('compare.digitsLabel', { name })}
          </p>
          <ol className="phone-digits" aria-labelledby={`${id}-digits`}>
            {comparison.digits.groups.map((group, index) => (
              <li key={index}>{group}</li>
            ))}
          </ol>
          <p>{t('compare.question', { name })}</p>
          <div className="phone-compare__answers">
            <button
              type="button"
              className="e2k-button phone-button"
              aria-pressed={comparison.answer === 'same'}
              onClick={() => {
                setComparison({ ...comparison, answer: 'same' });
                moveFocus.current = true;
              }}
            >
              <Icon name="check" /> {t('compare.same')}
            </button>
            <button
              type="button"
              className="e2k-button phone-button"
              aria-pressed={comparison.answer === 'different'}
              onClick={() => {
                if (comparison.answer === 'different') {
                  moveFocus.current = true;
                  return;
                }
                try {
                  phone.report({
                    method: 'safety-number',
                    suspect: null,
                    detail: `Safety number with ${comparison.device} differs.`,
                  });
                  setComparison({ ...comparison, answer: 'different' });
                } catch (error) {
                  setComparison({
                    ...comparison,
                    answer: null,
                    reportFailed: errorCode(error) ?? 'error',
                  });
                }
                moveFocus.current = true;
              }}
            >
              <Icon name="cross" /> {t('compare.different')}
            </button>
          </div>
          <p ref={answerRef} tabIndex={-1} role="status" className="phone-status">
            {comparison.answer === 'same'
              ? t('compare.sameResult', { name })
              : comparison.answer === 'different'
                ? t('compare.differentResult', { name })
                : ''}
          </p>
        </div>
      ) : null}
    </div>
  );
}
