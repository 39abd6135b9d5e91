import type { Decorator, Preview } from '@storybook/react-vite';
import { useLayoutEffect, type ReactNode } from 'react';
import '../src/styles.css';

type Theme = 'light' | 'dark';
type Scale = 'normal' | 'projector';

/**
 * Puts the story on the theme's own background. axe computes contrast against
 * the real backdrop, so without this a dark-theme story would be checked on
 * Storybook's white page.
 */
function ThemeFrame({
  theme,
  scale,
  fill,
  children,
}: {
  theme: Theme;
  scale: Scale;
  fill: boolean;
  children: ReactNode;
}) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.scale = scale;
    return () => {
      delete root.dataset.theme;
      delete root.dataset.scale;
    };
  }, [theme, scale]);

  return (
    <div
      className="e2k-root"
      data-theme={theme}
      data-scale={scale}
      style={{ padding: '1rem', minHeight: fill ? '100vh' : undefined, boxSizing: 'border-box' }}
    >
      {children}
    </div>
  );
}

const withThemeAndScale: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const scale: Scale = context.globals.scale === 'projector' ? 'projector' : 'normal';
  return (
    <ThemeFrame theme={theme} scale={scale} fill={context.viewMode === 'story'}>
      <Story />
    </ThemeFrame>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour theme of the components',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    scale: {
      description: 'Text size: normal, or large for a classroom projector',
      toolbar: {
        title: 'Scale',
        icon: 'zoom',
        items: [
          { value: 'normal', title: 'Normal' },
          { value: 'projector', title: 'Projector (1.5×)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', scale: 'normal' },
  decorators: [withThemeAndScale],
  parameters: {
    layout: 'fullscreen',
    // Any axe violation fails the story's Vitest test, not only a warning in the panel.
    a11y: { test: 'error' },
    controls: { matchers: { date: /Date$/i } },
  },
};

export default preview;
