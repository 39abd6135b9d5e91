import { Icon } from '@e2ee-kit/ui';
import { useState } from 'react';
import { useDemoT } from './use-demo-t.js';
import { ConfirmButton } from './ConfirmButton.js';

/**
 * "Start over with new keys", after a confirmation: throws the shared world
 * away (every demo's messages, the access order, the theft) and makes new keys.
 */
export function ResetControl({ onReset, ready }: { onReset: () => void; ready: boolean }) {
  const t = useDemoT();
  const [done, setDone] = useState(false);
  return (
    <div className="live-reset">
      <ConfirmButton
        title={t('reset.title')}
        body={t('reset.body')}
        confirmLabel={t('reset.confirm')}
        onConfirm={() => {
          // While keys are being made, a second reset would race the first.
          if (!ready) return;
          setDone(true);
          onReset();
        }}
      >
        <Icon name="key" /> {t('reset.button')}
      </ConfirmButton>
      <p role="status" className="live-reset__status">
        {done && ready ? t('reset.done') : ''}
      </p>
    </div>
  );
}
