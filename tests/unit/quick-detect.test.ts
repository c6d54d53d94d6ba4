/**
 * The content script's quick detection (browser selector engine, no repeated-block search) must
 * reach the same verdict as the full analysis on every fixture page; otherwise the badge and the
 * in-page reader would disagree with the popup.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/cli/parse-html.ts'
import { findAttributions, findAttributionsQuick } from '../../src/core/attribution.ts'
import { detect, quickDetect } from '../../src/core/detect.ts'
import { ElementIndex } from '../../src/core/element-index.ts'
import { TextStats } from '../../src/core/text-stats.ts'
import { listFixtures } from '../fixture-loader.ts'

describe('quickDetect', () => {
  it.each(listFixtures().map((f) => [f.name, f] as const))(
    '%s: same verdict as the full analysis and as expected',
    async (_name, fixture) => {
      const doc = parseHtml(await fixture.html(), fixture.expected.url)
      const quick = quickDetect(doc, fixture.expected.url)
      const full = detect(doc, fixture.expected.url)
      expect({ isAggregator: quick.isAggregator, hasArticle: quick.hasArticle }).toEqual({
        isAggregator: full.isAggregator,
        hasArticle: full.hasArticle,
      })
      expect(quick.isAggregator).toBe(fixture.expected.isAggregator)
    },
  )
})

describe('findAttributionsQuick', () => {
  // One line for each family of phrasing, as pages print them (links and all).
  const lines = [
    'The post <a href="https://www.nytimes.com/2026/x.html">X</a> appeared first on <a href="https://www.nytimes.com">New York Times</a>.',
    'La entrada <a href="https://elpais.com/x.html">X</a> se publicó primero en <a href="https://elpais.com/">El País</a>.',
    'L’article <a href="https://www.lemonde.fr/x.html">X</a> est apparu en premier sur <a href="https://www.lemonde.fr/">Le Monde</a>.',
    'Der Beitrag <a href="https://www.spiegel.de/x">X</a> erschien zuerst auf <a href="https://www.spiegel.de/">Der Spiegel</a>.',
    'O post <a href="https://g1.globo.com/x">X</a> apareceu primeiro em <a href="https://g1.globo.com/">G1</a>.',
    'L’articolo <a href="https://www.corriere.it/x">X</a> proviene da <a href="https://www.corriere.it/">Corriere</a>.',
    'Het bericht <a href="https://nos.nl/x">X</a> verscheen eerst op <a href="https://nos.nl/">NOS</a>.',
    'ظهرت المقالة <a href="https://www.aljazeera.net/x">خبر</a> أولاً على <a href="https://www.aljazeera.net/">الجزيرة</a>.',
    '<strong>Source:</strong> <a href="https://apnews.com/article/abc">AP News</a>',
    'Original source: <a href="https://www.reuters.com/world/x">Reuters</a>',
    '<a href="https://www.bbc.com/news/x">Read the original article</a>',
    '© Provided by <a href="https://www.latimes.com/">Los Angeles Times</a>',
    '<em>This article was originally published on <a href="https://www.propublica.org/x">ProPublica</a>.</em>',
    'This article is republished from <a href="https://theconversation.com/x">The Conversation</a> under a Creative Commons license.',
    'Fuente: <a href="https://www.efe.com/x">EFE</a>',
    'Quelle: <a href="https://www.dpa.com/x">dpa</a>',
    'Fonte: <a href="https://www.ansa.it/x">ANSA</a>',
    'المصدر: <a href="https://www.bbc.com/arabic/x">بي بي سي</a>',
    'Publicado originalmente en <a href="https://www.bbc.com/mundo/x">BBC Mundo</a>',
    'Ursprünglich veröffentlicht auf <a href="https://www.zeit.de/x">Zeit Online</a>',
  ]
  const story = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Paragraph ${i} of an invented story about a harbour and its ferries, told at length.</p>`,
  ).join('')

  it.each(lines)('finds what the full scan finds: %s', (line) => {
    const url = 'https://aggregator.example/2026/02/01/story/'
    const doc = parseHtml(
      `<!doctype html><html><body><article>${story}<p>${line}</p></article><footer><ul><li>About</li></ul></footer></body></html>`,
      url,
    )
    const full = findAttributions(
      new ElementIndex(doc.documentElement),
      new URL(url),
      new TextStats(doc.documentElement),
    )
    const quick = findAttributionsQuick(doc.documentElement, new URL(url))
    expect(full.length).toBeGreaterThan(0)
    expect(quick.map((a) => [a.patternId, a.text, a.original?.url])).toEqual(
      full.map((a) => [a.patternId, a.text, a.original?.url]),
    )
  })
})
