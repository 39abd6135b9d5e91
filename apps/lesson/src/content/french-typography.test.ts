/**
 * French typography, checked on every French string the lesson shows: the
 * lesson text, the French source titles, the app's words (`ui.fr.ts`), the
 * demos' words (`strings.fr.ts`), the live phone's (`live/phone/strings.fr.ts`), the words of the ui components
 * (`ui-labels.fr.ts`, label functions called with sample values) and the
 * French teacher guide (outside code, URLs and the titles of English sources).
 *
 * The convention (Imprimerie nationale, as French publishers use it):
 * - U+202F NARROW NO-BREAK SPACE before ; ! ?
 * - U+00A0 NO-BREAK SPACE before :, after « and before », after n°, and
 *   between a number and its unit (50 minutes, 18 h, 338 voix, 12 octets);
 * - U+202F as the thousands separator (5 200 itérations);
 * - ’ (U+2019) as the apostrophe, never a straight ' in prose.
 * Words: « fournisseur » is the company that runs a messaging service,
 * « serveur » its machine, « messagerie » the app or service users see; the
 * presenter's notes are the « notes de l’enseignant ».
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textFr } from './text.fr.js';
import { sourceList } from './sources.js';
import { uiFr } from '../i18n/ui.fr.js';
import { demosFr } from '../demo-kit/strings.fr.js';
import * as uiLabelsFr from '../demo-kit/ui-labels.fr.js';
import { liveTeacherFr } from '../live/teacher/strings.fr.js';
import { livePhoneFr } from '../live/phone/strings.fr.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const UNITS =
  'minutes?|min|secondes?|heures?|h|jours?|mois|ans|octets?|bits?|Ko|Mo|Go|%|€|itérations?|caractères?|voix';
const show = (s: string) => s.replaceAll(NBSP, '⍽').replaceAll(NNBSP, '·');

/** The typography faults of one French string, each with a little context. */
export function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  const at = (i: number, what: string) =>
    faults.push(`${what}: “${show(text.slice(Math.max(0, i - 20), i + 10))}”`);
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const prev = text.charAt(i - 1);
    const next = text.charAt(i + 1);
    // Punctuation followed by a letter or a slash is not sentence punctuation (URLs, 10:30).
    const ends = next === '' || /[\s)»”’".,!?…]/.test(next);
    if ((c === ';' || c === '!' || c === '?') && ends && i > 0 && !/[!?]/.test(prev)) {
      if (prev !== NNBSP) at(i, `U+202F needed before ${c}`);
    }
    if (c === ':' && ends && i > 0 && prev !== NBSP) at(i, 'U+00A0 needed before :');
    if (c === '«' && next !== NBSP) at(i, 'U+00A0 needed after «');
    if (c === '»' && prev !== NBSP) at(i, 'U+00A0 needed before »');
    if (c === "'") at(i, 'straight apostrophe (’ expected)');
    if (c === '°' && prev === 'n' && next !== NBSP) at(i, 'U+00A0 needed after n°');
  }
  for (const m of text.matchAll(
    new RegExp(`(\\d|\\}\\})([ ${NNBSP}]|)(${UNITS})(?![\\p{L}])`, 'gu'),
  )) {
    at(m.index + 1, `U+00A0 needed between a number and its unit`);
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\d.,])\\d{1,3}[ ${NBSP}]\\d{3}(?!\\d)`, 'g'))) {
    at(m.index + 1, 'U+202F needed as thousands separator');
  }
  return faults;
}

/** Sample arguments for label functions: a stand-in that is a number, a string, a list, a function and any object. */
function sample(n: number, overrides: Record<string, unknown> = {}): unknown {
  const self: unknown = new Proxy(function stand() {}, {
    apply: () => 'Alice',
    get(_target, prop) {
      if (typeof prop === 'string' && Object.hasOwn(overrides, prop)) return overrides[prop];
      if (prop === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? n : 'Alice');
      if (prop === 'length') return n;
      if (typeof prop === 'string' && prop !== 'constructor' && prop in Array.prototype) {
        const list = Array.from({ length: n }, () => self);
        const value: unknown = Reflect.get(list, prop);
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(list)
          : value;
      }
      return self;
    },
  });
  return self;
}

const samples: unknown[] = [
  1,
  2,
  'Alice',
  sample(1),
  sample(2),
  sample(3, {
    ok: false,
    sameAsSenderKey: false,
    shownToSender: false,
    correct: false,
    kind: 'single',
  }),
  sample(2, {
    ok: true,
    sameAsSenderKey: false,
    shownToSender: false,
    correct: false,
    kind: 'multiple',
  }),
  sample(2, { kind: 'member-added' }),
  sample(2, { kind: 'member-added', by: null }),
  sample(2, { kind: 'conversation-created' }),
  sample(2, { kind: 'device-updated' }),
  sample(2, { kind: 'uncertified-device' }),
  sample(2, { kind: 'unexpected-recipient' }),
];

interface Walked {
  strings: { path: string; text: string }[];
  functions: number;
  functionsCalled: number;
}

/** Every string in `value`, at any depth; functions are called with each sample. */
function walk(value: unknown, path: string, out: Walked): Walked {
  if (typeof value === 'string') out.strings.push({ path, text: value });
  else if (typeof value === 'function') {
    out.functions += 1;
    let produced = false;
    for (const arg of samples) {
      let result: unknown;
      try {
        const fn = value as (...args: unknown[]) => unknown;
        result = fn(...Array.from({ length: Math.max(1, fn.length) }, () => arg));
      } catch {
        continue;
      }
      if (typeof result === 'string') {
        produced = true;
        out.strings.push({ path: `${path}(…)`, text: result });
      }
    }
    if (produced) out.functionsCalled += 1;
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, out);
  }
  return out;
}

const walkAll = (value: unknown, path: string) =>
  walk(value, path, { strings: [], functions: 0, functionsCalled: 0 });

const guideUrl = new URL('../../../../docs/teacher-guide.fr.md', import.meta.url);
const englishUrls = sourceList.filter((s) => s.language === 'en').map((s) => s.url);

/**
 * The guide's prose: without fenced code, inline code, links' targets, bare
 * URLs, and the title cell of the source table's rows for English sources
 * (titles keep their own language's typography).
 */
export function guideProse(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .split('\n')
    .map((line) => {
      if (line.startsWith('|') && englishUrls.some((url) => line.includes(url))) {
        const cells = line.split('|');
        cells[2] = '';
        line = cells.join('|');
      }
      return line
        .replace(/`[^`]*`/g, '')
        .replace(/<https?:[^>]*>/g, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/https?:\/\/\S+/g, '');
    })
    .join('\n');
}

const parts: [string, unknown][] = [
  ['text.fr', textFr],
  ['ui.fr', uiFr],
  ['strings.fr', demosFr],
  ['ui-labels.fr', uiLabelsFr],
  ['live/teacher/strings.fr', liveTeacherFr],
  ['live/phone/strings.fr', livePhoneFr],
  ['sources (French titles)', sourceList.filter((s) => s.language === 'fr').map((s) => s.title)],
];

describe(typographyFaults, () => {
  it('accepts correct French typography', () => {
    expect(
      typographyFaults(
        `Demandez${NBSP}: qui${NNBSP}? Oui${NNBSP}; «${NBSP}non${NBSP}» l’article n°${NBSP}73, 50${NBSP}minutes, 5${NNBSP}200${NBSP}itérations, https://a.fr/?p=1`,
      ),
    ).toEqual([]);
  });

  it.each([
    ['a plain space before :', 'Demandez : qui'],
    ['no space before :', 'Demandez: qui'],
    ['a plain space before ?', 'qui ?'],
    ['U+00A0 before ;', `oui${NBSP}; non`],
    ['a plain space inside « »', '« non »'],
    ['a straight apostrophe', "l'article"],
    ['a plain space after n°', 'n° 73'],
    ['a plain space before a unit', '50 minutes'],
    ['a plain thousands separator', `5 200${NBSP}itérations`],
  ])('rejects %s', (_name, text) => {
    expect(typographyFaults(text)).not.toEqual([]);
  });
});

describe('French typography in the app', () => {
  it.each(parts)('%s', (name, value) => {
    const { strings } = walkAll(value, name);
    expect(strings.length).toBeGreaterThan(0);
    const faults = strings.flatMap(({ path, text }) =>
      typographyFaults(text).map((fault) => `${path}: ${fault}`),
    );
    expect(faults).toEqual([]);
  });

  it('calls every label function of ui-labels.fr with sample values', () => {
    const { functions, functionsCalled } = walkAll(uiLabelsFr, 'ui-labels.fr');
    expect(functions).toBeGreaterThan(20);
    expect(functionsCalled).toBe(functions);
  });
});

describe('French typography in the teacher guide', () => {
  it('teacher-guide.fr.md', () => {
    const prose = guideProse(readFileSync(guideUrl, 'utf8'));
    const faults = prose
      .split('\n')
      .flatMap((line, i) => typographyFaults(line).map((fault) => `line ${i + 1}: ${fault}`));
    expect(faults).toEqual([]);
  });
});
