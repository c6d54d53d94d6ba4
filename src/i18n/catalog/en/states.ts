/** The panels shown instead of a story: loading, no article, pages Upstream may not read. */
export const stateMessages = {
  stateLoading: 'Reading the page…',
  stateNoArticleTitle: 'No article on this page',
  noArticleHomePage: 'This is the site’s home page, a list of headlines rather than one story.',
  noArticleListPage: 'This page lists headlines (a section, tag or archive page), not one story.',
  noArticleStoryList: 'This page is a list of stories, not one story.',
  noArticleNotOneStory: 'This page does not hold a single story.',
  noArticleNothingFound: 'No story was found on this page.',
  noArticleTooLittleText: 'This page has too little text to be a story.',
  noArticleHeadlineList: 'This page lists headlines rather than telling one story.',
  restrictedBrowserPageTitle: 'Upstream can’t read this page',
  restrictedBrowserPageText:
    'This is one of your browser’s own pages. Browsers don’t let extensions read them, so there is no story to show here.',
  restrictedStoreTitle: 'This site is protected',
  restrictedStoreText:
    'Your browser doesn’t let any extension read its add-on store or account pages. This keeps extensions from changing other extensions.',
  restrictedViewSourceTitle: 'This tab shows source code',
  restrictedViewSourceText:
    'You are looking at the source code of a page. Open the page itself, then use Upstream again.',
  restrictedPdfTitle: 'PDF documents aren’t supported',
  restrictedPdfText:
    'Upstream reads web pages. This tab shows a PDF document, which it can’t read.',
  restrictedFileTitle: 'Upstream can’t read files on your computer',
  restrictedFileText:
    'To let it read saved pages, open the browser’s extension settings, choose Upstream’s details and turn on “Allow access to file URLs”. Then reload the page and try again.',
  restrictedNotWebTitle: 'This isn’t a web page',
  restrictedNotWebText: 'Upstream reads web pages: addresses that start with http or https.',
  restrictedUnreadableTitle: 'Upstream can’t read this tab',
  restrictedUnreadableText:
    'Your browser doesn’t let extensions read this tab. That happens on pages that failed to load, on source views and on some of the browser’s own pages. If this is an ordinary web page, reload it and try again.',
  restrictedNoPermissionTitle: 'Upstream needs you to ask again',
  restrictedNoPermissionText:
    'Your browser lets Upstream read a page only right after you click its toolbar button, use its shortcut or its menu on that page. Go back to the page and do that again.',
} as const
