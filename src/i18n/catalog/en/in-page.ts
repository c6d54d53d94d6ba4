/** The in-page reader (auto reader mode), shown over the page itself. */
export const inPageMessages = {
  inPageBrand: 'Upstream reader',
  inPageShowOriginal: 'Show original page',
  inPageShowOriginalHint: 'Show the page as the site made it (Escape)',
} as const
