import { Component, Suspense, useId, useRef, type ReactNode } from 'react';
import { useUi } from '../shell/page-language.js';
import type { DemoProps } from '../demo-kit/demo-props.js';
import { useChangeHighlight } from '../demo-kit/use-change-highlight.js';
import { demoRegistry } from './demo-registry.js';

/** Shows a fallback when a demo throws or its chunk fails to load. */
class DemoErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * The place on a step where its live demo goes: a labelled region, a loading
 * message while the demo's code arrives, and an error message if it fails.
 * The heading is the step's `demoTitle` from the lesson text, so it shows
 * before the demo's code (and its strings) arrive.
 * On the projector, what a demo changes is brought into view and flashes.
 */
export function DemoSlot({ title, ...props }: DemoProps & { title: string }) {
  const t = useUi();
  const headingId = useId();
  const Demo = demoRegistry[props.id];
  const region = useRef<HTMLElement>(null);
  useChangeHighlight(region, props.mode === 'present');
  return (
    <section
      ref={region}
      // On a slide the demo's box may scroll (e.g. with the notes open): keyboard users can reach it.
      tabIndex={props.mode === 'present' ? 0 : undefined}
      className="demo"
      aria-labelledby={headingId}
      data-testid="demo"
      data-demo={props.id}
    >
      <h2 id={headingId} className="demo__title">
        {title}
      </h2>
      <DemoErrorBoundary fallback={<p role="alert">{t('demo.failed')}</p>}>
        <Suspense
          fallback={
            <p role="status" data-testid="demo-loading">
              {t('demo.loading')}
            </p>
          }
        >
          <Demo {...props} />
        </Suspense>
      </DemoErrorBoundary>
    </section>
  );
}
