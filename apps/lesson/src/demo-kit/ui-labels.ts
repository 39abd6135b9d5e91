/**
 * The words of @e2ee-kit/ui's components in the page's language: ui's own
 * English defaults, or the lesson's French (`ui-labels.fr.ts`). Add a language
 * by writing its file and one entry in `byLanguage`.
 */
import {
  defaultBytesLabels,
  defaultConversationViewLabels,
  defaultEnvelopeInspectorLabels,
  defaultMessageStepThroughLabels,
  defaultProviderLogLabels,
  defaultQuizLabels,
  defaultRosterPanelLabels,
  defaultSafetyNumberCheckLabels,
  defaultVoteTallyLabels,
  defaultWhoCanReadMatrixLabels,
  type BytesLabels,
  type ConversationViewLabels,
  type EnvelopeInspectorLabels,
  type MessageStepThroughLabels,
  type ProviderLogLabels,
  type QuizLabels,
  type RosterPanelLabels,
  type SafetyNumberCheckLabels,
  type VoteTallyLabels,
  type WhoCanReadMatrixLabels,
} from '@e2ee-kit/ui';
import type { Language } from '../routing/routes.js';
import { useLanguage } from '../shell/page-language.js';
import {
  bytesFr,
  conversationViewFr,
  envelopeInspectorFr,
  messageStepThroughFr,
  providerLogFr,
  quizQuestionFr,
  rosterPanelFr,
  safetyNumberCheckFr,
  voteTallyFr,
  whoCanReadMatrixFr,
} from './ui-labels.fr.js';

/** Every ui component the lesson shows, with all its words in one language. */
export interface UiLabels {
  bytes: BytesLabels;
  conversationView: ConversationViewLabels;
  whoCanReadMatrix: WhoCanReadMatrixLabels;
  providerLog: ProviderLogLabels;
  rosterPanel: RosterPanelLabels;
  safetyNumberCheck: SafetyNumberCheckLabels;
  envelopeInspector: EnvelopeInspectorLabels;
  messageStepThrough: MessageStepThroughLabels;
  quizQuestion: QuizLabels;
  voteTally: VoteTallyLabels;
}

const byLanguage: Record<Language, UiLabels> = {
  en: {
    bytes: defaultBytesLabels,
    conversationView: defaultConversationViewLabels,
    whoCanReadMatrix: defaultWhoCanReadMatrixLabels,
    providerLog: defaultProviderLogLabels,
    rosterPanel: defaultRosterPanelLabels,
    safetyNumberCheck: defaultSafetyNumberCheckLabels,
    envelopeInspector: defaultEnvelopeInspectorLabels,
    messageStepThrough: defaultMessageStepThroughLabels,
    quizQuestion: defaultQuizLabels,
    voteTally: defaultVoteTallyLabels,
  },
  fr: {
    bytes: bytesFr,
    conversationView: conversationViewFr,
    whoCanReadMatrix: whoCanReadMatrixFr,
    providerLog: providerLogFr,
    rosterPanel: rosterPanelFr,
    safetyNumberCheck: safetyNumberCheckFr,
    envelopeInspector: envelopeInspectorFr,
    messageStepThrough: messageStepThroughFr,
    quizQuestion: quizQuestionFr,
    voteTally: voteTallyFr,
  },
};

/** The words of every ui component in `lang`. */
export function uiLabels(lang: Language): UiLabels {
  return byLanguage[lang];
}

/** {@link uiLabels} in the page's language. */
export function useUiLabels(): UiLabels {
  return uiLabels(useLanguage());
}
