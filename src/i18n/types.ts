/**
 * Types for the message catalogs. A message names its parameters in braces ("Saved to
 * {list}"); the types read those names out of the English text, so `t('key', { list })`
 * is checked at compile time: a missing or misspelt parameter, or an unknown key, is an error.
 */

/** The names in braces in a message text: "Imported {count} of {total}" → "count" | "total". */
export type ParamNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never

/** What `t()` needs for a message: nothing, or one string per parameter. */
export type ParamsOf<S extends string> = [ParamNames<S>] extends [never]
  ? []
  : [params: Record<ParamNames<S>, string | number>]

/** A translation of an area's English catalog: every key, each a string. */
export type TranslationOf<Catalog> = { readonly [Key in keyof Catalog]: string }

/** Bases of an area's counted messages: keys with an `_other` form ("listCount_other" → "listCount"). */
type CountedBasesOf<Area> = {
  [K in keyof Area]: K extends `${infer Base}_other` ? Base : never
}[keyof Area]

/**
 * A translation of one area of the English catalog: every English key, each a string, plus the
 * plural forms the language needs beyond English's `_one`/`_other` (Arabic: `_zero`, `_two`,
 * `_few`, `_many`), chosen at run time with Intl.PluralRules (src/i18n/plural.ts).
 */
export type AreaTranslation<Area> = TranslationOf<Area> & {
  readonly [K in `${CountedBasesOf<Area> & string}_${'zero' | 'two' | 'few' | 'many'}`]?: string
}
