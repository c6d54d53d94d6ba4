/** The toolbar button's badge titles and the page's context menu (src/background/). */
export const backgroundMessages = {
  // The toolbar badge on a copy: at most about four letters fit.
  badgeCopyText: 'copy',
  menuOpenReader: 'Open in reader',
  menuCopyOriginalLink: 'Copy original link',
  menuSaveStory: 'Save to reading list',
  badgeCopyTitle:
    'Upstream: this page republishes another publisher’s story. Click to read it and find the original.',
  badgeNoLink: 'Upstream: no link to copy on this page',
  badgeCopied: 'Upstream: copied {url}',
  badgeCopyFailed: 'Upstream could not copy on this page. Open its popup and use “Copy link”.',
  badgeNothingToSave: 'Upstream: there is no story on this page to save',
  badgeSaved: 'Upstream: {message}',
  badgeSaveFailed: 'Upstream: not saved. {problem}',
} as const
