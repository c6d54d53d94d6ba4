// @joplin/turndown-plugin-gfm ships no types. Declared here (an ambient file visible to the whole
// program) because src/core/markdown.ts needs them; only the plugins we use are declared.
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown'

  /** All of the below: tables, strikethrough, task lists, highlighted code blocks. */
  export const gfm: TurndownService.Plugin
  export const tables: TurndownService.Plugin
  export const strikethrough: TurndownService.Plugin
  export const taskListItems: TurndownService.Plugin
  export const highlightedCodeBlock: TurndownService.Plugin
}
