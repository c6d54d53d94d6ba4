import { describe, expect, it } from 'vitest'
import type { ExtractionResult } from '../../src/core/types.ts'
import { isExtractOutcome, isRequestMessage, responseGuards } from '../../src/messaging/validate.ts'
import { isExtractionResult } from '../../src/messaging/validate-result.ts'
import { tabIdFromLocation } from '../../src/reader/tab-param.ts'
import { bestOriginalLink, safeHttpUrl, safeSources } from '../../src/shared/links.ts'

const result: ExtractionResult = {
  isAggregator: true,
  detection: { confidence: 0.9, signals: [{ kind: 'attribution', detail: 'The post …' }] },
  article: {
    title: 'T',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    html: '<p>x</p>',
    text: 'x',
    wordCount: 1,
    readingTimeMinutes: 1,
  },
  noArticleReason: null,
  sources: [
    { url: 'javascript:alert(1)', label: 'bad', kind: 'original' },
    { url: 'https://www.nytimes.com/a.html', label: 'Original', kind: 'original' },
    { url: 'https://www.nytimes.com/', label: 'NYT', kind: 'publisher' },
    { url: 'https://dnyuz.com/a/', label: 'This page', kind: 'page' },
  ],
}

describe('message and result validation', () => {
  it('accepts well-formed requests only', () => {
    expect(isRequestMessage({ type: 'extractTab', tabId: 3, trigger: 'gesture' })).toBe(true)
    expect(isRequestMessage({ type: 'extractTab', tabId: 3 })).toBe(false)
    expect(isRequestMessage({ type: 'getTabOutcome', tabId: -1 })).toBe(false)
    expect(isRequestMessage({ type: 'deleteEverything', tabId: 1 })).toBe(false)
    expect(isRequestMessage({ type: 'syncAutoMode' })).toBe(true)
    expect(isRequestMessage({ type: 'loadInPageReader' })).toBe(true)
    expect(
      isRequestMessage({ type: 'reportPageVerdict', isAggregator: true, hasArticle: true }),
    ).toBe(true)
    expect(
      isRequestMessage({ type: 'reportPageVerdict', isAggregator: 'yes', hasArticle: 1 }),
    ).toBe(false)
    expect(isRequestMessage('extractTab')).toBe(false)
    const outcome = { tabId: 2, pageUrl: 'https://dnyuz.com/a/', at: 1, kind: 'article', result }
    expect(isRequestMessage({ type: 'keepOutcome', outcome })).toBe(true)
    expect(isRequestMessage({ type: 'keepOutcome', outcome: { ...outcome, tabId: 'x' } })).toBe(
      false,
    )
    expect(isRequestMessage({ type: 'keepOutcome' })).toBe(false)
  })

  it('checks the shape of results that came from a page', () => {
    expect(isExtractionResult(result)).toBe(true)
    expect(isExtractionResult({ ...result, sources: [{ url: 1 }] })).toBe(false)
    expect(isExtractionResult({ ...result, article: { ...result.article, html: null } })).toBe(
      false,
    )
  })

  it('checks stored outcomes', () => {
    const base = { tabId: 1, pageUrl: null, at: 1 }
    expect(isExtractOutcome({ ...base, kind: 'article', result })).toBe(true)
    expect(
      isExtractOutcome({ ...base, kind: 'article', result: { ...result, article: null } }),
    ).toBe(false)
    expect(isExtractOutcome({ ...base, kind: 'restricted', restriction: 'pdf' })).toBe(true)
    expect(isExtractOutcome({ ...base, kind: 'restricted', restriction: 'nope' })).toBe(false)
  })

  it('checks the background’s answer to the reader: a stored outcome or none, and the tab', () => {
    const outcome = { tabId: 1, pageUrl: null, at: 1, kind: 'article', result }
    const guard = responseGuards.getTabOutcome
    expect(guard({ outcome, sourceOpen: true })).toBe(true)
    expect(guard({ outcome: null, sourceOpen: false })).toBe(true)
    expect(guard({ outcome: null })).toBe(false)
    expect(guard({ outcome: { ...outcome, kind: 'story' }, sourceOpen: true })).toBe(false)
    expect(guard(outcome)).toBe(false)
  })
})

describe('links', () => {
  it('only lets http(s) through', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBe(null)
    expect(safeHttpUrl('data:text/html,x')).toBe(null)
    expect(safeHttpUrl('https://example.com/a b')).toBe('https://example.com/a%20b')
    expect(safeSources(result).map((s) => s.kind)).toEqual(['original', 'publisher', 'page'])
  })

  it('copies the original article, else the canonical URL, else the page', () => {
    expect(bestOriginalLink(result)).toBe('https://www.nytimes.com/a.html')
    const pageOnly = { ...result, sources: result.sources.filter((s) => s.kind === 'page') }
    expect(bestOriginalLink(pageOnly)).toBe('https://dnyuz.com/a/')
    expect(bestOriginalLink({ ...result, sources: [] })).toBe(null)
  })
})

describe('tabIdFromLocation', () => {
  it('reads ?tab=<id> and nothing else', () => {
    expect(tabIdFromLocation('?tab=42')).toBe(42)
    expect(tabIdFromLocation('?tab=4x2')).toBe(null)
    expect(tabIdFromLocation('?tab=-1')).toBe(null)
    expect(tabIdFromLocation('')).toBe(null)
  })
})
