import type { ConnectionStatus } from '@e2ee-kit/live';
import { Icon, type IconName } from '@e2ee-kit/ui';
import { useEffect, useState } from 'react';
import { isJoinRefusal } from './join-class.js';
import { usePhoneT } from './use-phone-t.js';

/** How long "Back online" stays before the banner says just "Online". */
const backOnlineMs = 6000;

type Shown = 'connecting' | 'online' | 'back-online' | 'retrying' | 'refused' | 'closed';

const icons: Record<Shown, IconName> = {
  connecting: 'server',
  online: 'check',
  'back-online': 'check',
  retrying: 'warning',
  refused: 'cross',
  closed: 'cross',
};

export interface ConnectionBannerProps {
  connection: ConnectionStatus;
  /** Offered when the server refused this phone: start again from the join form. */
  onJoinAgain?: () => void;
}

/**
 * The phone's connection in words, with an icon and a border style per state
 * (never colour alone), in a polite live region: "Reconnecting in 3 s…",
 * then "Back online." A refusal says why, and offers to join again.
 */
export function ConnectionBanner({ connection, onJoinAgain }: ConnectionBannerProps) {
  const t = usePhoneT();
  const { state } = connection;
  // Follows the state's changes while rendering: lost (retrying), then online again.
  const [previous, setPrevious] = useState(state);
  const [lost, setLost] = useState(state === 'retrying');
  const [backOnline, setBackOnline] = useState(false);
  if (previous !== state) {
    setPrevious(state);
    if (state === 'retrying') setLost(true);
    if (state === 'online' && lost) {
      setLost(false);
      setBackOnline(true);
    }
    if (state !== 'online') setBackOnline(false);
  }

  useEffect(() => {
    if (!backOnline) return;
    const timer = setTimeout(() => {
      setBackOnline(false);
    }, backOnlineMs);
    return () => {
      clearTimeout(timer);
    };
  }, [backOnline]);

  const shown: Shown = state === 'online' && backOnline ? 'back-online' : state;
  let text: string;
  switch (shown) {
    case 'connecting':
      text = t('connection.connecting');
      break;
    case 'online':
      text = t('connection.online');
      break;
    case 'back-online':
      text = t('connection.backOnline');
      break;
    case 'retrying':
      text = t('connection.retrying', {
        count: Math.max(1, Math.ceil((connection.retryInMs ?? 0) / 1000)),
      });
      break;
    case 'refused':
      text = t('connection.refused', {
        reason:
          connection.error && isJoinRefusal(connection.error.code)
            ? t(`join.refused.${connection.error.code}`)
            : connection.error?.code === 'bad-token'
              ? t('connection.badToken')
              : t('connection.refusedCode', { code: connection.error?.code ?? '?' }),
      });
      break;
    case 'closed':
      text = t('connection.closed');
      break;
  }

  return (
    <section className="phone-connection" data-state={shown} aria-label={t('connection.label')}>
      <p role="status" className="phone-connection__text">
        <Icon name={icons[shown]} /> {text}
      </p>
      {shown === 'refused' && onJoinAgain ? (
        <button type="button" className="e2k-button phone-button" onClick={onJoinAgain}>
          {t('connection.joinAgain')}
        </button>
      ) : null}
    </section>
  );
}
