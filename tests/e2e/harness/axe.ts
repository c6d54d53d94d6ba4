/**
 * axe-core, run inside a page of the real extension. The engine's source is evaluated through
 * the DevTools protocol (Runtime.evaluate), which extension pages' CSP does not apply to, so
 * nothing about the extension is changed to test it.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'puppeteer-core'

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

export interface Finding {
  rule: string
  impact: string | null
  help: string
  /** The first few offending elements: their selector and a bit of their markup. */
  nodes: string[]
}

/** Every axe violation on the page as it is now (all rules axe runs by default, any impact). */
export async function axeViolations(page: Page): Promise<Finding[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis)
  if (!loaded) await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    interface AxeResult {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown[]; html: string }[]
      }[]
    }
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<AxeResult> } }).axe
    const { violations } = await axe.run(document)
    return violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`),
    }))
  })
}
