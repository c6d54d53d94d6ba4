import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  type AllowedWarning,
  isClean,
  judge,
  type LintMessage,
  type LintReport,
  parseAllowlist,
  parseLintReport,
  undocumentedIds,
} from '../../tools/lint-allowlist.ts'

const ROOT = join(import.meta.dirname, '../..')

const PREACT: AllowedWarning = {
  id: 'preact-dangerously-set-inner-html',
  library: 'preact',
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  before: 'dangerouslySetInnerHTML',
  at: '[\\w$]+\\.innerHTML\\s*=\\s*[\\w$]+\\.__html\\b',
}

// Shaped like Preact's minified diff, and like the same assignment in code of our own.
const BUNDLE = [
  'd==`dangerouslySetInnerHTML`?f=h:0;f&&(e.innerHTML=f.__html)',
  'function show(x){el.innerHTML=x.__html}',
].join('\n')

/** A warning at the first `needle` on `line` (columns count from 1, as the linter's do). */
function warningAt(line: number, needle: string, code = PREACT.code): LintMessage {
  const text = BUNDLE.split('\n')[line - 1] ?? ''
  return { code, message: PREACT.message, file: 'a.js', line, column: text.indexOf(needle) + 1 }
}

const report = (warnings: LintMessage[], errors: LintMessage[] = []): LintReport => ({
  errors,
  warnings,
  notices: [],
})

describe('judging web-ext lint against the allowlist', () => {
  it('explains a warning in the library code an entry describes', () => {
    const verdict = judge(report([warningAt(1, 'e.innerHTML')]), [PREACT], () => BUNDLE)
    expect(verdict.explained.map((e) => e.id)).toEqual([PREACT.id])
    expect(isClean(verdict)).toBe(true)
  })

  it('does not explain the same assignment elsewhere', () => {
    const verdict = judge(
      report([warningAt(1, 'e.innerHTML'), warningAt(2, 'el.innerHTML')]),
      [PREACT],
      () => BUNDLE,
    )
    expect(verdict.unexplained).toEqual([warningAt(2, 'el.innerHTML')])
    expect(isClean(verdict)).toBe(false)
  })

  it('does not explain another code at the same place', () => {
    const verdict = judge(report([warningAt(1, 'e.innerHTML', 'OTHER')]), [PREACT], () => BUNDLE)
    expect(verdict.unexplained).toHaveLength(1)
  })

  it('fails on any error, and on an entry that matched nothing', () => {
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad' }
    expect(isClean(judge(report([], [error]), [], () => ''))).toBe(false)
    const stale = judge(report([]), [PREACT], () => BUNDLE)
    expect(stale.unused).toEqual([PREACT])
    expect(isClean(stale)).toBe(false)
  })

  it('reads web-ext JSON output', () => {
    const json = JSON.stringify({
      count: 1,
      summary: { errors: 0, notices: 0, warnings: 1 },
      metadata: {},
      errors: [],
      notices: [],
      warnings: [{ _type: 'warning', ...warningAt(1, 'e.innerHTML'), description: 'x' }],
    })
    expect(parseLintReport(json).warnings).toEqual([warningAt(1, 'e.innerHTML')])
  })
})

describe('docs/store/lint-allowlist.json', () => {
  const allowlist = parseAllowlist(
    readFileSync(join(ROOT, 'docs/store/lint-allowlist.json'), 'utf8'),
  )

  it('holds valid patterns', () => {
    for (const entry of allowlist) {
      expect(() => new RegExp(entry.before)).not.toThrow()
      expect(() => new RegExp(entry.at)).not.toThrow()
    }
  })

  it('explains every entry in docs/store/web-ext-lint.md', () => {
    const markdown = readFileSync(join(ROOT, 'docs/store/web-ext-lint.md'), 'utf8')
    expect(undocumentedIds(allowlist, markdown)).toEqual([])
    expect(undocumentedIds(allowlist, '# nothing')).toHaveLength(allowlist.length)
  })
})
