import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { DemoId } from '../content/types.js';
import type { DemoProps } from './demo-props.js';

type LazyDemo = LazyExoticComponent<ComponentType<DemoProps>>;

/**
 * Every demo is loaded on demand, so the first page stays light: the crypto
 * demos pull in libsodium (about 150 KB gzip), and only the steps that show
 * them should pay for it. In the single-file build the imports are inlined.
 * The live crypto demos are in `live/`, one folder each.
 */
export const demoRegistry: Record<DemoId, LazyDemo> = {
  'vote-tally': lazy(() =>
    import('./VoteTallyDemo.js').then((module) => ({ default: module.VoteTallyDemo })),
  ),
  'chat-pair': lazy(() =>
    import('./live/chat-pair/ChatPairDemo.js').then((module) => ({ default: module.ChatPairDemo })),
  ),
  'chat-group': lazy(() =>
    import('./live/chat-group/ChatGroupDemo.js').then((module) => ({
      default: module.ChatGroupDemo,
    })),
  ),
  'step-through': lazy(() =>
    import('./live/step-through/StepThroughDemo.js').then((module) => ({
      default: module.StepThroughDemo,
    })),
  ),
  'access-order': lazy(() =>
    import('./live/access-order/AccessOrderDemo.js').then((module) => ({
      default: module.AccessOrderDemo,
    })),
  ),
  'reveal-notices': lazy(() =>
    import('./live/reveal-notices/RevealNoticesDemo.js').then((module) => ({
      default: module.RevealNoticesDemo,
    })),
  ),
  'safety-numbers': lazy(() =>
    import('./live/safety-numbers/SafetyNumbersDemo.js').then((module) => ({
      default: module.SafetyNumbersDemo,
    })),
  ),
  'verify-roster': lazy(() =>
    import('./live/verify-roster/VerifyRosterDemo.js').then((module) => ({
      default: module.VerifyRosterDemo,
    })),
  ),
  'escrow-steal': lazy(() =>
    import('./live/escrow-steal/EscrowStealDemo.js').then((module) => ({
      default: module.EscrowStealDemo,
    })),
  ),
  quiz: lazy(() => import('./QuizDemo.js').then((module) => ({ default: module.QuizDemo }))),
  'exit-question': lazy(() =>
    import('./ExitQuestionDemo.js').then((module) => ({ default: module.ExitQuestionDemo })),
  ),
};
