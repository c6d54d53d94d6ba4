/** The popup's first screen: which blocks of a story body wait one frame (first-screen.ts). */
import { describe, expect, it } from 'vitest'
import { blockParent, holdBackAfter } from '../../src/shared-ui/first-screen.ts'
import { page } from './dom.ts'

const paragraph = (n: number, chars: number) => `<p>${String(n).padEnd(chars, '.')}</p>`

describe('blockParent', () => {
  it('goes down through the wrappers Readability puts around a story', () => {
    const doc = page(`<div><div>\n  ${paragraph(1, 50)}\n${paragraph(2, 50)}\n</div></div>`)
    expect((blockParent(doc.body) as Element).children).toHaveLength(2)
  })

  it('stops at an element that holds text of its own or more than one element', () => {
    const withText = page(`<div>A line of its own<div>${paragraph(1, 50)}</div></div>`)
    expect((blockParent(withText.body) as Element).textContent).toMatch(/^A line/)
    const twoBlocks = page(`${paragraph(1, 50)}${paragraph(2, 50)}`)
    expect(blockParent(twoBlocks.body)).toBe(twoBlocks.body)
  })
})

describe('holdBackAfter', () => {
  it('keeps whole blocks up to the budget, and the one crossing it', () => {
    const doc = page([1, 2, 3, 4, 5].map((n) => paragraph(n, 100)).join(''))
    const rest = holdBackAfter(doc.body, 250)
    expect([...doc.body.children].map((p) => p.textContent?.[0])).toEqual(['1', '2', '3'])
    expect(rest.map((p) => p.textContent?.[0])).toEqual(['4', '5'])
  })

  it('holds nothing back from a story that fits, and loses nothing from one that does not', () => {
    const short = page([1, 2].map((n) => paragraph(n, 100)).join(''))
    expect(holdBackAfter(short.body, 2500)).toEqual([])
    expect(short.body.children).toHaveLength(2)

    const long = page(
      `<div><div>${[1, 2, 3, 4, 5, 6].map((n) => paragraph(n, 900)).join('\n')}</div></div>`,
    )
    const before = long.body.textContent
    const parent = blockParent(long.body)
    const rest = holdBackAfter(parent, 2500)
    expect(rest.length).toBeGreaterThan(0)
    parent.append(...rest)
    expect(long.body.textContent).toBe(before)
  })
})
