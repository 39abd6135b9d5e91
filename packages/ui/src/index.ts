/**
 * @e2ee-kit/ui: React components for the E2EE education kit.
 *
 * Import the stylesheet once in your app: `import '@e2ee-kit/ui/styles.css'`.
 *
 * @packageDocumentation
 */

// Primitives: building blocks for every component of the kit.
export { Icon, iconNames } from './primitives/Icon.js';
export type { IconName, IconProps } from './primitives/Icon.js';

export {
  StatusBadge,
  badgeStatuses,
  statusIcons,
  defaultStatusLabels,
} from './primitives/StatusBadge.js';
export type { BadgeStatus, StatusBadgeProps } from './primitives/StatusBadge.js';

export { Bytes, defaultBytesLabels } from './primitives/Bytes.js';
export type { BytesLabels, BytesProps } from './primitives/Bytes.js';
export { bytesToHex, bytesToBase64Url, encodeBytes } from './primitives/bytes-encoding.js';
export type { BytesEncoding } from './primitives/bytes-encoding.js';

// Components
export { NewsCard, defaultNewsCardLabels, formatCalendarDate } from './components/NewsCard.js';
export type { NewsCardLabels, NewsCardProps, NewsQuote } from './components/NewsCard.js';

export { VoteTally, voteCounts, defaultVoteTallyLabels } from './components/VoteTally.js';
export type { VoteCounts, VoteTallyLabels, VoteTallyProps } from './components/VoteTally.js';

export { QuizQuestion, gradeQuiz, defaultQuizLabels } from './components/QuizQuestion.js';
export type {
  QuizChoice,
  QuizKind,
  QuizLabels,
  QuizQuestionProps,
  QuizResult,
} from './components/QuizQuestion.js';

// Crypto views: render crypto-demo's own data (envelopes, whoCanRead reports, traces, rosters).
export {
  defaultPartyRoleLabels,
  defaultReadReasonLabels,
  formatTimestamp,
} from './crypto-views/shared.js';
export type { ReadReason } from './crypto-views/shared.js';

export {
  ConversationView,
  defaultConversationViewLabels,
  reportFor,
} from './crypto-views/ConversationView.js';
export type {
  ConversationMessage,
  ConversationSeat,
  ConversationViewLabels,
  ConversationViewProps,
} from './crypto-views/ConversationView.js';

export {
  WhoCanReadMatrix,
  defaultWhoCanReadMatrixLabels,
  matrixColumns,
} from './crypto-views/WhoCanReadMatrix.js';
export type {
  WhoCanReadColumn,
  WhoCanReadMatrixLabels,
  WhoCanReadMatrixLayout,
  WhoCanReadMatrixProps,
  WhoCanReadRow,
} from './crypto-views/WhoCanReadMatrix.js';

export {
  EnvelopeInspector,
  defaultEnvelopeInspectorLabels,
} from './crypto-views/EnvelopeInspector.js';
export type {
  EnvelopeInspectorLabels,
  EnvelopeInspectorProps,
} from './crypto-views/EnvelopeInspector.js';

export {
  MessageStepThrough,
  defaultMessageStepThroughLabels,
} from './crypto-views/MessageStepThrough.js';
export type {
  MessageStepThroughLabels,
  MessageStepThroughProps,
  StepExplanation,
} from './crypto-views/MessageStepThrough.js';
export { buildMessageSteps, messageStepIds } from './crypto-views/message-steps.js';
export type { MessageStep, MessageStepId } from './crypto-views/message-steps.js';

export { RosterPanel, defaultRosterPanelLabels } from './crypto-views/RosterPanel.js';
export type { RosterPanelLabels, RosterPanelProps } from './crypto-views/RosterPanel.js';

export {
  SafetyNumberCheck,
  defaultSafetyNumberCheckLabels,
} from './crypto-views/SafetyNumberCheck.js';
export type {
  SafetyNumberCheckLabels,
  SafetyNumberCheckProps,
  SafetyNumberSide,
} from './crypto-views/SafetyNumberCheck.js';

export {
  ProviderLog,
  defaultProviderLogLabels,
  keyFingerprint,
} from './crypto-views/ProviderLog.js';
export type { ProviderLogLabels, ProviderLogProps } from './crypto-views/ProviderLog.js';

// Glue between crypto-demo's objects and the crypto views.
export { seatsFromParties, conversationMessages, matrixRowsFromMessages } from './glue.js';
export type { ConversationMessagesOptions } from './glue.js';
