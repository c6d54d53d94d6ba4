/** Escaping for the Markdown the list exporter writes around toMarkdown's output. */

/**
 * Text shown as-is: every ASCII punctuation mark that Markdown or inline HTML could read as
 * syntax gets a backslash (CommonMark allows escaping any of them), so a title like
 * `<img onerror=…>` or `[x](javascript:…)` stays text.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]{}()<>#+!|~&"]/g, '\\$&').replace(/[\r\n]+/g, ' ')
}

/** A link destination in `<…>` form, which allows spaces and parentheses; `<`/`>` are escaped. */
export function destination(url: string): string {
  return `<${url.replace(/[<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}>`
}
