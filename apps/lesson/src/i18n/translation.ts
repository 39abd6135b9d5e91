/**
 * The type of a translation of an i18next resource, made from the English
 * one: every key of the English object is required, with a string where
 * English has one, and an object literal with a key English lacks is an
 * excess property, at any depth. So a missing or an extra key fails the type
 * check.
 *
 * Plurals, deliberately: i18next picks `key_one`, `key_other`… by the
 * language's plural rules. Each language gives the forms English has
 * (`_one`, `_other`; French uses `_one` for 0 and 1), and may add the other
 * CLDR forms its own rules need (`_zero`, `_two`, `_few`, `_many`) beside a
 * key English pluralises, and nowhere else.
 */
type ExtraPluralForm = 'zero' | 'two' | 'few' | 'many';

type ExtraPlurals<T> = {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${ExtraPluralForm}` : never]?: string;
};

export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
} & ExtraPlurals<T>;
