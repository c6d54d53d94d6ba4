import { describe, expect, it } from 'vitest'
import { analyzePage, detect } from '../../src/core/detect.ts'
import { page } from './dom.ts'

const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of an invented story about a harbour town and its new ferry schedule, told at some length.</p>`,
).join('')

describe('attribution lines', () => {
  const cases: Array<[string, string]> = [
    [
      'en',
      'The post <a href="https://www.nytimes.com/2026/x.html">X</a> appeared first on <a href="https://www.nytimes.com">New York Times</a>.',
    ],
    [
      'es',
      'La entrada <a href="https://elpais.com/x.html">X</a> se publicó primero en <a href="https://elpais.com/">El País</a>.',
    ],
    [
      'fr',
      'L’article <a href="https://www.lemonde.fr/x.html">X</a> est apparu en premier sur <a href="https://www.lemonde.fr/">Le Monde</a>.',
    ],
    [
      'de',
      'Der Beitrag <a href="https://www.spiegel.de/x">X</a> erschien zuerst auf <a href="https://www.spiegel.de/">Der Spiegel</a>.',
    ],
    [
      'pt',
      'O post <a href="https://g1.globo.com/x">X</a> apareceu primeiro em <a href="https://g1.globo.com/">G1</a>.',
    ],
    [
      'ar',
      'ظهرت المقالة <a href="https://www.aljazeera.net/x">خبر</a> أولاً على <a href="https://www.aljazeera.net/">الجزيرة</a>.',
    ],
    ['source', 'Source: <a href="https://apnews.com/article/abc">AP News</a>'],
    ['original', 'Original source: <a href="https://www.reuters.com/world/x">Reuters</a>'],
    [
      'read-original',
      'Read the original article on <a href="https://www.businessinsider.com/x">Business Insider</a>.',
    ],
    ['provided', '© Provided by USA TODAY'],
    [
      'originally',
      'Originally published on <a href="https://www.latimes.com/x">Los Angeles Times</a>',
    ],
    [
      'republished',
      'This article is republished from <a href="https://theconversation.com/x">The Conversation</a> under a Creative Commons license.',
    ],
    ['fuente', 'Fuente: <a href="https://elpais.com/x.html">El País</a>'],
    ['quelle', 'Quelle: <a href="https://www.tagesschau.de/x">tagesschau.de</a>'],
    ['fonte', 'Fonte: <a href="https://g1.globo.com/x">G1</a>'],
    ['masdar', 'المصدر: <a href="https://www.bbc.com/arabic/x">بي بي سي عربي</a>'],
    ['publie', 'Publié initialement sur <a href="https://www.lemonde.fr/x">Le Monde</a>'],
  ]
  it.each(cases)('%s: flags the page as a copy and links the original', (_name, line) => {
    const doc = page(`<article><h1>A headline</h1>${story}<p>${line}</p></article>`)
    const analysis = analyzePage(doc, doc.URL)
    expect(analysis.detection.isAggregator).toBe(true)
    expect(analysis.detection.signals.map((s) => s.kind)).toContain('attribution')
    expect(analysis.attributions).toHaveLength(1)
    expect(analysis.attributions[0]?.element.tagName).toBe('P')
  })

  it('reads the WordPress footer’s first link as the original and its second as the publisher', () => {
    const doc = page(
      `${story}<p>The post <a href="https://www.nytimes.com/2026/x.html?utm_source=rss">X</a> appeared first on <a href="https://www.nytimes.com">New York Times</a>.</p>`,
    )
    const [a] = analyzePage(doc, doc.URL).attributions
    expect(a?.original?.url).toBe('https://www.nytimes.com/2026/x.html?utm_source=rss')
    expect(a?.publisher).toEqual({ url: 'https://www.nytimes.com/', name: 'New York Times' })
  })
})

describe('an original publisher’s page', () => {
  it('is not flagged for a sentence crediting a wire service, nor for its own nav and canonical', () => {
    const nav =
      '<nav><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>'
    const doc = page(
      `${nav}<article><h1>Fire closes the old mill road</h1>${story}<p>The fire was first reported by the Associated Press.</p><p>Source: staff reports</p></article>${nav}`,
      '<link rel="canonical" href="https://www.riverdalecourier.com/2026/02/01/fire/"><meta property="og:type" content="article">',
      'https://www.riverdalecourier.com/2026/02/01/fire/',
    )
    const detection = detect(doc, doc.URL)
    expect(detection.isAggregator).toBe(false)
    expect(detection.hasArticle).toBe(true)
  })
})

describe('metadata pointing elsewhere', () => {
  it('flags a cross-site canonical and JSON-LD isBasedOn', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'X',
      isBasedOn: 'https://www.reuters.com/world/x',
    }
    const doc = page(
      `<article>${story}</article>`,
      `<link rel="canonical" href="https://www.reuters.com/world/x"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    )
    const detection = detect(doc, doc.URL)
    expect(detection.isAggregator).toBe(true)
    expect(detection.signals.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['canonical', 'json-ld']),
    )
  })
})

describe('pages with no article', () => {
  it('says a home page holds no single story', () => {
    const doc = page(
      '<h2><a href="/a">One</a></h2><h2><a href="/b">Two</a></h2>',
      '',
      'https://dnyuz.com/',
    )
    const detection = detect(doc, doc.URL)
    expect(detection.hasArticle).toBe(false)
    expect(detection.signals.find((s) => s.kind === 'no-article')?.detail).toMatch(/home page/)
  })
})
