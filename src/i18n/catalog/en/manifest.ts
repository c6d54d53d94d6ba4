/** What the browser shows for the extension itself: store name, toolbar title, shortcuts. */
export const manifestMessages = {
  extName: 'Upstream',
  extDescription:
    'A clean reader for news-aggregator pages that links you to the story’s original publisher.',
  actionTitle: 'Upstream: read this story',
  commandToggleReader: 'Open or close the reader for the current tab',
  commandSaveStory: 'Save the current story to the reading list',
} as const
