/** The extension's own pages, as paths from its root (for `runtime.getURL`). */
export const LIST_PAGE = 'src/list/index.html'
export const READER_PAGE = 'src/reader/index.html'
