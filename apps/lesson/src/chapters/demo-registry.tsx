import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { DemoId } from '../content/types.js';
import type { DemoProps } from '../demo-kit/demo-props.js';

type LazyDemo = LazyExoticComponent<ComponentType<DemoProps>>;

/**
 * Every demo is loaded on demand, so the first page stays light: the crypto
 * demos pull in libsodium (about 150 KB gzip), and only the steps that show
 * them should pay for it. In the single-file build the imports are inlined.
 * The demos are grouped by chapter, one folder per chapter slug.
 */
export const demoRegistry: Record<DemoId, LazyDemo> = {
  'vote-tally': lazy(() =>
    import('./vote/VoteTallyDemo.js').then((module) => ({ default: module.VoteTallyDemo })),
  ),
  'chat-pair': lazy(() =>
    import('./e2ee/ChatPairDemo.js').then((module) => ({ default: module.ChatPairDemo })),
  ),
  'chat-group': lazy(() =>
    import('./e2ee/ChatGroupDemo.js').then((module) => ({
      default: module.ChatGroupDemo,
    })),
  ),
  'step-through': lazy(() =>
    import('./e2ee/StepThroughDemo.js').then((module) => ({
      default: module.StepThroughDemo,
    })),
  ),
  'access-order': lazy(() =>
    import('./ghost/AccessOrderDemo.js').then((module) => ({
      default: module.AccessOrderDemo,
    })),
  ),
  'reveal-notices': lazy(() =>
    import('./ghost/RevealNoticesDemo.js').then((module) => ({
      default: module.RevealNoticesDemo,
    })),
  ),
  'safety-numbers': lazy(() =>
    import('./catch/SafetyNumbersDemo.js').then((module) => ({
      default: module.SafetyNumbersDemo,
    })),
  ),
  'verify-roster': lazy(() =>
    import('./catch/VerifyRosterDemo.js').then((module) => ({
      default: module.VerifyRosterDemo,
    })),
  ),
  'escrow-steal': lazy(() =>
    import('./escrow/EscrowStealDemo.js').then((module) => ({
      default: module.EscrowStealDemo,
    })),
  ),
  quiz: lazy(() => import('./debate/QuizDemo.js').then((module) => ({ default: module.QuizDemo }))),
  'exit-question': lazy(() =>
    import('./debate/ExitQuestionDemo.js').then((module) => ({ default: module.ExitQuestionDemo })),
  ),
};
