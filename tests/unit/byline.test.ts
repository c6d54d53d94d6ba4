/** A byline names people: outlets, wires and posting accounts are left out. */
import { describe, expect, it } from 'vitest'
import { personByline } from '../../src/core/byline.ts'

const OUTLETS = ['DNYUZ', 'dnyuz.com', 'dnyuz', 'New York Times']

describe('personByline', () => {
  const cases: [string, string | null][] = [
    ['By Marisol Araya', 'Marisol Araya'],
    ['Marisol Araya and Tomás Ruiz', 'Marisol Araya and Tomás Ruiz'],
    ['By New York Times', null],
    ['The New York Times', null],
    ['newsdesk', null],
    ['admin', null],
    ['user_4412', null],
    ['DNYUZ', null],
    ['Associated Press', null],
    ['AP', null],
    ['Reuters Staff', null],
    ['News Desk', null],
    ['Jane Okafor, The New York Times', 'Jane Okafor'],
    ['Jane Okafor | AP', 'Jane Okafor'],
    ['Jane Okafor for Reuters', 'Jane Okafor'],
    ['Jane Okafor, staff reporter', 'Jane Okafor'],
    ['Jane Okafor and The Associated Press', 'Jane Okafor'],
    ['Von Lena Brandt', 'Lena Brandt'],
    ['بقلم سارة الخطيب', 'سارة الخطيب'],
    ['—', null],
  ]
  for (const [raw, shown] of cases) {
    it(`“${raw}” → ${shown === null ? 'no byline' : `“${shown}”`}`, () => {
      expect(personByline(raw, OUTLETS)).toBe(shown)
    })
  }

  it('a name the page gives its own site is not a person', () => {
    expect(personByline('Chicago Grain Courier', ['Chicago Grain Courier'])).toBeNull()
    expect(personByline('Chicago Grain Courier', [])).toBe('Chicago Grain Courier')
  })
})
