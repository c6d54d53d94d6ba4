/** Where a story comes from: the popup's source line and its details. */
export const sourceMessages = {
  sourceRegion: 'Where this story comes from',
  sourceRepublishedCopy: 'Republished copy',
  sourceExcerpt: 'Excerpt',
  sourceOriginal: 'Original:',
  sourcePublisherShort: 'Publisher:',
  sourceOriginalUnknown: 'The page does not name the original.',
  sourceFrom: 'From',
  sourceDetails: 'Details',
  sourceLessDetails: 'Hide details',
  sourcePublisher: 'Publisher:',
  sourceCanonical: 'Canonical page:',
  sourceThisCopy: 'This copy:',
  sourceThisPage: 'This page:',
  sourceWhyCopy: 'Why Upstream calls this a republished copy (confidence {confidence}):',
  sourceWhatChecked: 'What Upstream checked on this page:',
} as const
