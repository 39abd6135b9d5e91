import { Icon } from '@e2ee-kit/ui';
import type { ReactNode } from 'react';
import { useLessonWorld } from './world/store.js';
import type { LessonAction, LessonWorld } from './world/world.js';
import { useDemoT } from './use-demo-t.js';
import { ResetControl } from './ResetControl.js';
import './live.css';

/** What a live demo's body gets once the world has loaded. */
export interface LiveDemoContext {
  world: LessonWorld;
  dispatch: (action: LessonAction) => void;
}

export interface LiveDemoProps {
  /** The demo's id, for its test id and styles. */
  name: string;
  /** Offer "Start over with new keys" under the demo. */
  resettable?: boolean;
  children: (context: LiveDemoContext) => ReactNode;
}

/**
 * The frame of every live demo: a polite loading message while libsodium
 * loads and the shared world is rebuilt, the demo itself, and the note that
 * the keys are made in this browser for teaching (once per demo).
 */
export function LiveDemo({ name, resettable = false, children }: LiveDemoProps) {
  const t = useDemoT();
  const { world, dispatch, reset } = useLessonWorld();
  return (
    <div className="live-demo" data-testid={`live-demo-${name}`}>
      {world === undefined ? (
        <p role="status" className="live-demo__loading" data-testid="demo-loading">
          {t('common.loading')}
        </p>
      ) : (
        children({ world, dispatch })
      )}
      <footer className="live-demo__footer">
        <p className="live-demo__seed-note">
          <Icon name="key" /> {t('common.seedNote')}
        </p>
        {resettable ? <ResetControl onReset={reset} ready={world !== undefined} /> : null}
      </footer>
    </div>
  );
}
