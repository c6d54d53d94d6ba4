import { describe, expect, it } from 'vitest'
import { toShadowCss } from '../../../src/in-page/shadow-css.ts'

describe('toShadowCss', () => {
  it('turns root selectors into the wrapper class', () => {
    expect(toShadowCss(':root{--a:1}:root[data-theme="dark"]{color-scheme:dark}')).toBe(
      '.u-root{--a:1}.u-root[data-theme="dark"]{color-scheme:dark}',
    )
    expect(toShadowCss('html{color:red}body{margin:0}html,body{x:y}')).toBe(
      '.u-root{color:red}.u-root{margin:0}.u-root,.u-root{x:y}',
    )
  })

  it('leaves selectors that only contain the words alone', () => {
    const css = '.html-block{a:b}.tbody{c:d}#body{e:f}'
    expect(toShadowCss(css)).toBe(css)
  })

  it('sizes rem lengths by our own unit, not the page root font size', () => {
    expect(toShadowCss('a{margin:1rem .5rem -0.25rem;font-size:var(--s,1rem)}')).toBe(
      'a{margin:calc(1 * var(--u-rem)) calc(.5 * var(--u-rem)) calc(-0.25 * var(--u-rem));font-size:var(--s,calc(1 * var(--u-rem)))}',
    )
  })
})
