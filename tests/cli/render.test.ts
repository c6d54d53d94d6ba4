import { describe, expect, it } from 'vitest'
import { formatHtml } from '../../src/cli/format-html.ts'
import { formatJson } from '../../src/cli/format-json.ts'
import { toMarkdown } from '../../src/core/markdown.ts'
import type { Article, ExtractionResult } from '../../src/core/types.ts'

// In-process checks of the renderers on hand-built results, so they do not depend on what
// extraction happens to find on a page (cli.test.ts covers the whole pipeline).

function result(article: Partial<Article> | null, extra: Partial<ExtractionResult> = {}) {
  const full: ExtractionResult = {
    isAggregator: true,
    detection: { confidence: 0.9, signals: [{ kind: 'attribution', detail: 'The post …' }] },
    article: article && {
      title: 'Harbor Seals Return',
      byline: 'Mara Quell',
      siteName: 'Daily Aggregate',
      publishedTime: '2024-03-05T10:00:00Z',
      lang: 'en',
      dir: 'ltr',
      excerpt: null,
      leadImage: null,
      html: '<p>Body.</p>',
      text: 'Body.',
      wordCount: 1,
      readingTimeMinutes: 1,
      ...article,
    },
    noArticleReason: article ? null : 'No story was found on this page.',
    sources: [
      { url: 'https://herald.example/news/seals', label: 'Coastal Herald', kind: 'original' },
      { url: 'javascript:alert(1)', label: 'evil', kind: 'publisher' },
      { url: 'https://herald.example/news/seals', label: 'Coastal Herald', kind: 'canonical' },
      { url: 'https://aggr.example/seals', label: 'This page', kind: 'page' },
    ],
    ...extra,
  }
  return full
}

describe('toMarkdown', () => {
  it('writes the title, a metadata block with source links, then the body', () => {
    const md = toMarkdown(result({}))
    expect(md).toBe(
      `${[
        '# Harbor Seals Return',
        'By Mara Quell · Daily Aggregate · 2024-03-05T10:00:00Z',
        'Originally published by [Coastal Herald](https://herald.example/news/seals)',
        'Aggregator copy: [https://aggr.example/seals](https://aggr.example/seals)',
        '---',
        'Body.',
      ].join('\n\n')}\n`,
    )
  })

  it('never links a non-http source and shows a URL once', () => {
    const md = toMarkdown(result({}))
    expect(md).not.toContain('javascript:')
    expect(md.match(/herald\.example\/news\/seals/g)).toHaveLength(1)
  })

  it('escapes Markdown in inserted strings and does not double "By"', () => {
    const md = toMarkdown(result({ title: 'Seals *and* <b>tides</b> #', byline: 'By Mara_Quell' }))
    expect(md).toMatch(/^# Seals \\\*and\\\* \\<b>tides\\<\/b> \\#\n/)
    expect(md).toContain('\n\nBy Mara\\_Quell · ')
  })

  it('converts tables, code, lists and strikethrough the GFM way', () => {
    const html = [
      '<h2>Counts</h2>',
      '<table><thead><tr><th>Day</th><th>Seals</th></tr></thead><tbody><tr><td>Mon</td><td>30</td></tr></tbody></table>',
      '<pre><code class="language-js">const n = 42\n</code></pre>',
      '<pre>plain\n  pre</pre>',
      '<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul>',
      '<ol start="9"><li>nine</li><li>ten</li></ol>',
      '<p><del>old</del> <strong>new</strong> <em>now</em></p>',
    ].join('')
    const md = toMarkdown(result({ html }))
    expect(md).toContain('\n## Counts\n')
    expect(md).toMatch(/\| Day +\| Seals +\|\n\| -+ \| -+ \|\n\| Mon +\| 30 +\|/)
    expect(md).toContain('\n```js\nconst n = 42\n```\n')
    expect(md).toContain('\n```\nplain\n  pre\n```\n')
    expect(md).toContain('\n- one\n  - inner\n- two\n')
    expect(md).toContain('\n9. nine\n10. ten\n')
    expect(md).toContain('~~old~~ **new** _now_')
  })

  it('keeps text about HTML as text', () => {
    const md = toMarkdown(result({ html: '<p>Use &lt;script&gt; and &amp;amp; carefully.</p>' }))
    expect(md).toContain('Use \\<script> and \\&amp; carefully.')
  })

  it('returns an empty string when there is no article', () => {
    expect(toMarkdown(result(null))).toBe('')
  })
})

describe('formatHtml', () => {
  it('escapes every inserted string', () => {
    const r = result({
      title: '<script>alert(1)</script> & "quotes"',
      byline: '<img src=x onerror=alert(1)>',
      lang: 'en" onload="x',
    })
    r.sources[0] = { url: 'https://herald.example/a"b', label: '<b>Herald</b>', kind: 'original' }
    const html = formatHtml(r, r.article!)
    expect(html).toContain(
      '<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</title>',
    )
    expect(html).toContain('<html lang="en&quot; onload=&quot;x" dir="ltr">')
    expect(html).toContain('By &lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain(
      '<a href="https://herald.example/a&quot;b">&lt;b&gt;Herald&lt;/b&gt;</a>',
    )
    expect(html).not.toContain('javascript:')
    expect(html).not.toMatch(/<script|<img/)
  })
})

describe('formatJson', () => {
  it('drops fields outside the documented shape, such as a signal weight', () => {
    const r = result({})
    const withWeight = {
      ...r,
      detection: { ...r.detection, signals: [{ kind: 'attribution', detail: 'x', weight: 0.8 }] },
    }
    const json = JSON.parse(formatJson(withWeight)) as { detection: { signals: object[] } }
    expect(json.detection.signals).toEqual([{ kind: 'attribution', detail: 'x' }])
  })
})
