import { describe, expect, it } from 'vitest'
import {
  aggregate,
  f1,
  matchShingles,
  mean,
  pagePrecision,
  pageRecall,
  scorePage,
  shingleCounts,
  tokenize,
} from '../../scripts/lib/aeb-score.ts'
import { unmatchedText } from '../../scripts/lib/shingle-diff.ts'

describe('tokenize (Python 3 \\w+ on str)', () => {
  it('splits on punctuation and whitespace, keeps case and underscores', () => {
    expect(tokenize("Hello, World! it's snake_case 3.14")).toEqual([
      'Hello',
      'World',
      'it',
      's',
      'snake_case',
      '3',
      '14',
    ])
  })

  it('treats null and undefined as empty text', () => {
    expect(tokenize(null)).toEqual([])
    expect(tokenize(undefined)).toEqual([])
    expect(tokenize('  — … ')).toEqual([])
  })

  it('keeps non-ASCII letters and numbers in one token', () => {
    expect(tokenize('Straße café Ünïcödé 東京 Москва ٣٤ x² Ⅻ')).toEqual([
      'Straße',
      'café',
      'Ünïcödé',
      '東京',
      'Москва',
      '٣٤',
      'x²',
      'Ⅻ',
    ])
  })

  it('splits on combining marks, as Python does', () => {
    expect(tokenize('हिन्दी')).toEqual(['ह', 'न', 'द'])
    expect(tokenize('cafe\u0301 ok')).toEqual(['cafe', 'ok'])
  })
})

describe('shingleCounts', () => {
  it('makes L-3 overlapping 4-token shingles', () => {
    expect([...shingleCounts(['a', 'b', 'c', 'd', 'e']).entries()]).toEqual([
      ['a b c d', 1],
      ['b c d e', 1],
    ])
  })

  it('makes one shorter shingle from 1..3 tokens and none from 0', () => {
    expect([...shingleCounts(['a']).entries()]).toEqual([['a', 1]])
    expect([...shingleCounts(['a', 'b', 'c']).entries()]).toEqual([['a b c', 1]])
    expect(shingleCounts([]).size).toBe(0)
  })

  it('counts repeated shingles (multiset)', () => {
    const counts = shingleCounts(tokenize('a b c d a b c d'))
    expect(counts.get('a b c d')).toBe(2)
    expect(counts.get('b c d a')).toBe(1)
    expect([...counts.values()].reduce((s, c) => s + c, 0)).toBe(5)
  })
})

describe('matchShingles (per-page normalisation)', () => {
  it('uses min/max of multiset counts and divides by tp+fp+fn', () => {
    // truth: abcd×2, bcda, cdab, dabc (5); pred: abcd×1, xyzw×1
    const c = matchShingles(
      shingleCounts(tokenize('a b c d a b c d')),
      shingleCounts(tokenize('a b c d')),
    )
    expect(c.tp).toBeCloseTo(1 / 5, 12)
    expect(c.fp).toBe(0)
    expect(c.fn).toBeCloseTo(4 / 5, 12)
    expect(c.tp + c.fp + c.fn).toBeCloseTo(1, 12)
  })

  it('counts an extra copy of a shingle as a false positive', () => {
    const c = matchShingles(
      shingleCounts(tokenize('a b c d')),
      shingleCounts(tokenize('a b c d a b c d')),
    )
    expect(c).toEqual({ tp: 1 / 5, fp: 4 / 5, fn: 0 })
  })

  it('leaves all-zero counts alone', () => {
    expect(matchShingles(new Map(), new Map())).toEqual({ tp: 0, fp: 0, fn: 0 })
  })
})

describe('per-page precision and recall rules', () => {
  it('identical texts score P = R = 1 and are exact', () => {
    const text = 'The quick brown fox jumps over the lazy dog.\n\nAgain, the fox.'
    const s = scorePage(text, text)
    expect(s).toMatchObject({ precision: 1, recall: 1, f1: 1, exact: true, fp: 0, fn: 0 })
    expect(s.tp).toBe(1)
  })

  it('P = R = 1 whenever fp = fn = 0, even with tp = 0', () => {
    expect(pagePrecision({ tp: 0, fp: 0, fn: 0 })).toBe(1)
    expect(pageRecall({ tp: 0, fp: 0, fn: 0 })).toBe(1)
  })

  it('P = 0 when tp = fp = 0, R = 0 when tp = fn = 0', () => {
    expect(pagePrecision({ tp: 0, fp: 0, fn: 1 })).toBe(0)
    expect(pageRecall({ tp: 0, fp: 1, fn: 0 })).toBe(0)
  })

  it('an empty prediction has P = R = 0 and counts only towards recall', () => {
    const s = scorePage('one two three four five', '')
    expect(s).toMatchObject({ precision: 0, recall: 0, hasPredicted: false, hasTruth: true })
    expect(s.exact).toBe(false)
  })

  it('empty truth and empty prediction: exact, P = R = 1, in neither mean', () => {
    const s = scorePage('', '  ')
    expect(s).toMatchObject({ precision: 1, recall: 1, exact: true })
    expect(s.hasPredicted || s.hasTruth).toBe(false)
  })

  it('short texts (< 4 tokens) compare as one whole shingle', () => {
    expect(scorePage('Breaking news', 'Breaking news!')).toMatchObject({ precision: 1, recall: 1 })
    const s = scorePage('Breaking news', 'Breaking news today')
    expect(s).toMatchObject({ precision: 0, recall: 0, exact: false })
    expect(s.fp).toBeCloseTo(0.5, 12)
  })

  it('computes tp/(tp+fp) and tp/(tp+fn) on normalised counts', () => {
    // truth shingles: 1 2 3 4, 2 3 4 5, 3 4 5 6 ; pred: 2 3 4 5, 3 4 5 6, 4 5 6 7, 5 6 7 8
    const s = scorePage('1 2 3 4 5 6', '2 3 4 5 6 7 8')
    expect(s.precision).toBeCloseTo(2 / 4, 12)
    expect(s.recall).toBeCloseTo(2 / 3, 12)
    expect(s.f1).toBeCloseTo(f1(2 / 4, 2 / 3), 12)
  })

  it('accuracy needs equal token lists, ignoring punctuation but not case', () => {
    expect(scorePage('Hello, world!', 'Hello world').exact).toBe(true)
    expect(scorePage('Hello world', 'hello world').exact).toBe(false)
    expect(scorePage('a b c d e', 'b c d e a').exact).toBe(false)
  })
})

describe('aggregate', () => {
  it('takes F1 of the mean P and mean R, not the mean of per-page F1', () => {
    const pages = [
      scorePage('a b c d a b c d', 'a b c d'), // P 1, R 0.2
      scorePage('1 2 3 4 5 6', '2 3 4 5 6 7 8'), // P 0.5, R 2/3
    ]
    const m = aggregate(pages)
    const meanP = (1 + 0.5) / 2
    const meanR = (0.2 + 2 / 3) / 2
    expect(m.precision).toBeCloseTo(meanP, 12)
    expect(m.recall).toBeCloseTo(meanR, 12)
    expect(m.f1).toBeCloseTo((2 * meanP * meanR) / (meanP + meanR), 12)
    const meanOfF1s = (f1(1, 0.2) + f1(0.5, 2 / 3)) / 2
    expect(Math.abs(m.f1 - meanOfF1s)).toBeGreaterThan(0.01)
  })

  it('averages P over pages with a predicted shingle and R over pages with a true shingle', () => {
    const pages = [
      scorePage('one two three four', 'one two three four'), // P 1, R 1
      scorePage('one two three four', ''), // excluded from P; R 0
      scorePage('', 'spam spam spam spam'), // P 0; excluded from R
      scorePage('', ''), // in neither
    ]
    const m = aggregate(pages)
    expect(m.precision).toBeCloseTo(0.5, 12)
    expect(m.recall).toBeCloseTo(0.5, 12)
    expect(m.accuracy).toBeCloseTo(2 / 4, 12)
    expect(m.pages).toBe(4)
  })

  it('gives NaN means for an empty selection (Python would raise)', () => {
    expect(Number.isNaN(aggregate([]).precision)).toBe(true)
    expect(Number.isNaN(mean([]))).toBe(true)
  })
})

describe('unmatchedText', () => {
  it('returns the runs of tokens whose shingles the other text lacks', () => {
    const truth = 'one two three four five six'
    const pred = 'Menu Home News one two three four five six Share this story now'
    expect(unmatchedText(pred, truth)).toBe('Menu Home News … Share this story now')
    expect(unmatchedText(truth, pred)).toBe('')
    expect(unmatchedText(truth, '')).toBe('one two three four five six')
  })

  it('reports a repeated passage once the other text has run out of copies', () => {
    expect(unmatchedText('a b c d x a b c d', 'a b c d')).toBe('x a b c d')
  })
})
