import { use, useEffect, useRef, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { allPositions, stepRoute } from '../../routing/positions.js';
import { buildPath } from '../../routing/routes.js';
import { useLanguage } from '../../shell/page-language.js';
import { PageFrame } from '../../shell/PageFrame.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useLesson } from '../../step/lesson-data.js';
import { PhoneBackendContext } from './backend-context.js';
import { joinClass } from './join-class.js';
import { JoinForm } from './JoinForm.js';
import type { PhoneJoin, PhoneLike } from './phone-like.js';
import { PhoneClass } from './PhoneClass.js';
import './phone.css';
import { usePhoneT } from './use-phone-t.js';

type Stage =
  | { kind: 'checking' }
  | { kind: 'no-server' }
  /** Looking for keys this browser holds for the URL's code. */
  | { kind: 'resuming' }
  | { kind: 'form'; busy: boolean; refusal: { code: string } | null }
  | { kind: 'class'; phone: PhoneLike; arrival: 'back' | 'joined'; name: string }
  | { kind: 'left' };

export interface LiveJoinPageProps {
  /** The class code in the URL (`?code=`), if any. */
  code?: string;
}

/**
 * `#/<lang>/live/join?code=K7Q2MX`: a student's phone in the live class. It
 * first asks whether a classroom server serves this page; then a phone that
 * holds keys for the code resumes at once, and any other joins with a name.
 */
export default function LiveJoinPage({ code: routeCode }: LiveJoinPageProps) {
  const t = usePhoneT();
  const backend = use(PhoneBackendContext);
  // A language switch moves the hash's query to the page's own (wouter's hash navigation).
  const search = useSearch();
  const initialCode = (routeCode ?? new URLSearchParams(search).get('code') ?? '')
    .trim()
    .toUpperCase();
  const [stage, setStage] = useState<Stage>({ kind: 'checking' });
  useDocumentTitle(t('page.title'));

  useEffect(() => {
    let cancelled = false;
    // A function, so that the type checker does not narrow it across awaits.
    const stopped = () => cancelled;
    void (async () => {
      const served = await backend.hasServer();
      if (stopped()) return;
      if (!served) {
        setStage({ kind: 'no-server' });
        return;
      }
      const name = /^[A-Z0-9]{6}$/.test(initialCode)
        ? await backend.remembered(initialCode).catch(() => undefined)
        : undefined;
      if (stopped()) return;
      if (name === undefined) {
        setStage({ kind: 'form', busy: false, refusal: null });
        return;
      }
      setStage({ kind: 'resuming' });
      try {
        const phone = await backend.start({ code: initialCode, name });
        if (stopped()) {
          phone.close();
          return;
        }
        setStage({ kind: 'class', phone, arrival: 'back', name });
      } catch {
        if (!stopped()) setStage({ kind: 'form', busy: false, refusal: { code: 'unreachable' } });
      }
    })();
    return () => {
      cancelled = true;
    };
    // Once per page: the code typed later goes through the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backend]);

  // Leaving the page closes the connection (the keys stay, to resume).
  const current = stage.kind === 'class' ? stage.phone : null;
  useEffect(() => {
    return () => {
      current?.close();
    };
  }, [current]);

  async function join(request: PhoneJoin) {
    setStage({ kind: 'form', busy: true, refusal: null });
    const remembered = await backend.remembered(request.code).catch(() => undefined);
    if (remembered !== undefined) {
      try {
        const phone = await backend.start({ code: request.code, name: remembered });
        setStage({ kind: 'class', phone, arrival: 'back', name: remembered });
      } catch {
        setStage({ kind: 'form', busy: false, refusal: { code: 'unreachable' } });
      }
      return;
    }
    const outcome = await joinClass(backend, request);
    setStage(
      outcome.ok
        ? { kind: 'class', phone: outcome.phone, arrival: 'joined', name: request.name }
        : { kind: 'form', busy: false, refusal: { code: outcome.code } },
    );
  }

  return (
    <PageFrame>
      <div className="phone-page">
        {stage.kind === 'checking' || stage.kind === 'resuming' ? (
          <p role="status" className="phone-status">
            {stage.kind === 'checking' ? t('page.checking') : t('page.starting')}
          </p>
        ) : stage.kind === 'no-server' ? (
          <NoServer />
        ) : stage.kind === 'form' ? (
          <JoinForm
            initialCode={initialCode}
            busy={stage.busy}
            refusal={stage.refusal}
            onJoin={(request) => {
              void join(request);
            }}
          />
        ) : stage.kind === 'class' ? (
          <PhoneClass
            key={stage.phone.snapshot().code}
            phone={stage.phone}
            arrival={stage.arrival}
            name={stage.name}
            onJoinAgain={() => {
              setStage({ kind: 'form', busy: false, refusal: null });
            }}
            onLeft={() => {
              setStage({ kind: 'left' });
            }}
          />
        ) : (
          <Left />
        )}
      </div>
    </PageFrame>
  );
}

/** The lesson's first step in student mode: what a phone without a live class can follow. */
function OneScreenLink() {
  const t = usePhoneT();
  const lang = useLanguage();
  const first = allPositions(useLesson(lang))[0];
  const href = buildPath(first ? stepRoute(lang, 'student', first) : { kind: 'contents', lang });
  return (
    <p>
      <Link href={href} className="e2k-button e2k-button--primary phone-button">
        {t('page.oneScreen')}
      </Link>
    </p>
  );
}

function NoServer() {
  const t = usePhoneT();
  return (
    <section className="phone-section" aria-labelledby="phone-no-server">
      <h1 id="phone-no-server">{t('noServer.heading')}</h1>
      <p>{t('noServer.body')}</p>
      <OneScreenLink />
    </section>
  );
}

function Left() {
  const t = usePhoneT();
  const status = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    status.current?.focus();
  }, []);
  return (
    <section className="phone-section">
      <h1 ref={status} tabIndex={-1}>
        {t('leave.done')}
      </h1>
      <OneScreenLink />
    </section>
  );
}
