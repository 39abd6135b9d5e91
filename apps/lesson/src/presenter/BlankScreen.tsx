import { useEffect, useRef, useState } from 'react';
import { useUi } from '../shell/page-language.js';
import './presenter-console.css';

const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/**
 * The projected screen blanked (B or . on the keyboard, a clicker's "blank
 * screen" button, or the console): a black layer over everything. Any key or
 * click brings the slide back, and that key does nothing else, so a nervous
 * PageDown does not skip a step. Screen readers hear that the screen went
 * blank and came back; the layer itself is hidden from them.
 */
export function BlankScreen({ blanked, onShow }: { blanked: boolean; onShow: () => void }) {
  const t = useUi();
  // "Shown again" is said only after the screen was blank once.
  const [wasBlanked, setWasBlanked] = useState(false);
  if (blanked && !wasBlanked) setWasBlanked(true);
  const latestOnShow = useRef(onShow);
  useEffect(() => {
    latestOnShow.current = onShow;
  });

  useEffect(() => {
    if (!blanked) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (modifierKeys.has(event.key)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      latestOnShow.current();
    };
    // Capture, so that the key reaches neither the presenter keys nor the page.
    addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }, [blanked]);

  return (
    <>
      <p className="visually-hidden" role="status">
        {blanked ? t('blank.on') : wasBlanked ? t('blank.off') : ''}
      </p>
      {blanked ? (
        <div
          className="blank-screen"
          data-testid="blank-screen"
          aria-hidden="true"
          onClick={onShow}
        />
      ) : null}
    </>
  );
}
