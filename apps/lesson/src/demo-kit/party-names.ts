/**
 * Display names in the page's language. The lesson world gives crypto-demo
 * ids as the names of its non-person parties and conversations
 * (`world/world.ts`); these turn them into `names.<id>` and
 * `conversations.<id>` of the demo strings, before the data reaches a ui view.
 */
import type { ReadReport } from '@e2ee-kit/crypto-demo';
import type { DemoT } from './use-demo-t.js';
import { isNamedPartyId, type ConversationId } from './world/world.js';

/** A party's name in the page's language (people keep their names). */
export function displayName(t: DemoT, name: string): string {
  return isNamedPartyId(name) ? t(`names.${name}`) : name;
}

/** The same thing with its `name` shown in the page's language. */
export function named<T extends { readonly name: string }>(t: DemoT, item: T): T {
  return { ...item, name: displayName(t, item.name) };
}

/** The same reports with the parties' names in the page's language. */
export function namedReports(t: DemoT, reports: readonly ReadReport[]): ReadReport[] {
  return reports.map((report) => ({ ...report, party: named(t, report.party) }));
}

function isConversationId(name: string): name is ConversationId {
  return name === 'pair' || name === 'group';
}

/** A conversation's name (the world names each by its id) in the page's language. */
export function conversationName(t: DemoT, name: string): string {
  return isConversationId(name) ? t(`conversations.${name}`) : name;
}
