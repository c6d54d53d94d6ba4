/**
 * The shape of `tests/fixtures/<family>--<slug>/expected.json`. Each fixture is a page we wrote
 * ourselves: real template markup (class names, structure, duplicated headers, widgets) around
 * invented story text.
 *
 * A fixture directory holds `page.html`, or `build.ts` whose default export returns the page
 * HTML (for pages too big to commit, e.g. the 5 MB page), plus `expected.json`.
 */
export interface FixtureExpectation {
  /** The URL the page is served under (its real host name), passed to extract(). */
  url: string
  /** What a reader should be told: is this an aggregator's copy of another site's story? */
  isAggregator: boolean
  /** Whether the page holds an article at all (false for home pages and headline lists). */
  hasArticle: boolean
  /** The story's headline, exactly (whitespace-normalised). Omit when hasArticle is false. */
  title?: string
  /** Every paragraph of the story, in order; each must appear in article.text. */
  paragraphs?: string[]
  /** Snippets (menu, sidebar, widget, footer text …) that must not appear in article.text. */
  mustNotContain?: string[]
  /** The original article's URL (tracking parameters already stripped): a source of kind `original`. */
  originalUrl?: string
  /** The original publisher's name: the label of the source of kind `publisher`. */
  publisher?: string
  /**
   * The story's byline as a reader would expect to see it (substring match); null when the page
   * names only an outlet or an account as its author, which is no byline.
   */
  byline?: string | null
  /** Expected `lang` (primary subtag match) and `dir`. */
  lang?: string
  dir?: 'ltr' | 'rtl'
  /** Expected signal kinds that must be among detection.signals (e.g. ["attribution"]). */
  signals?: string[]
  /** Substrings that must not appear in article.html (e.g. "<script", "onerror", "javascript:"). */
  htmlMustNotContain?: string[]
}
