/** The story view (headline, byline, date, reading time) and the detection signals. */
export const storyMessages = {
  storyUntitled: 'Untitled story',
  storyByline: 'By {names}',
  storyReadingTime: '{duration} read',
  signalAttribution: 'Attribution line',
  signalCanonical: 'Canonical link',
  signalOgUrl: 'Social-card address',
  signalJsonLd: 'Structured data',
  signalTemplate: 'Known aggregator template',
  signalRepeatedMenus: 'Repeated menus',
  signalOriginalPublisher: 'Publisher’s own page',
  signalNoArticle: 'No single story',
  signalPointsTo: '{field} points to {host}',
  signalNames: '{field} names {name}',
  signalTemplateRepublishes: '{name} republishes other publishers’ stories',
  signalTemplateName: '{name} template',
  signalRepeatedBlocks: '{blocks} navigation or search blocks printed up to {copies} times',
} as const
