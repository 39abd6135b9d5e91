import type { PhoneSnapshot } from '@e2ee-kit/live';
import { Icon } from '@e2ee-kit/ui';
import { useState } from 'react';
import { usePhoneT } from './use-phone-t.js';

const explained = ['rate-limited', 'not-a-member', 'too-large', 'no-vote', 'offline'] as const;
type Explained = (typeof explained)[number];
const isExplained = (code: string): code is Explained =>
  (explained as readonly string[]).includes(code);

/**
 * The last thing the server or this phone refused (a frame, a forged roster
 * change), until the student puts it away. Its message is the server's or
 * crypto-demo's English; the codes students meet most have their own words.
 */
export function LastError({ error }: { error: PhoneSnapshot['lastError'] }) {
  const t = usePhoneT();
  const [dismissed, setDismissed] = useState<PhoneSnapshot['lastError']>(null);
  const shown = error && error !== dismissed ? error : null;
  return (
    <div className="phone-last-error" role="status">
      {shown ? (
        <>
          <p>
            <Icon name="warning" />{' '}
            {isExplained(shown.code)
              ? t(`lastError.${shown.code}`)
              : t('lastError.other', { code: shown.code, message: shown.message })}
          </p>
          <button
            type="button"
            className="e2k-button phone-button"
            onClick={() => {
              setDismissed(shown);
            }}
          >
            {t('lastError.dismiss')}
          </button>
        </>
      ) : null}
    </div>
  );
}
