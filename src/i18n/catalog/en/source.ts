/**
 * Where a story comes from: the popup's source line and its details, and the source box above the
 * story in the reader tab and the in-page reader (src/shared-ui/source-links.tsx).
 */
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
  // The reader's source box.
  sourceCopiesElsewhere: 'This page copies a story first published elsewhere.',
  sourceOriginallyBy: 'Originally published by {name}',
  sourceRepublishedAt: 'Republished at:',
  sourceWhyMarked: 'Why this is marked as a republished copy',
  sourceWhatCheckedSummary: 'What Upstream checked on this page',
  sourceConfidence: 'Confidence: {percent}',
  sourceSignal: '{signal}:',
  sourcePrintedAddress: '({url})',
} as const
