/**
 * The browser's own floors for bench:popup: copies of a build whose popup is static HTML and no
 * script, timed with the same clicks in the same run. One line: what the browser takes to show
 * any popup on this machine. Our popup as rendered for the page, scripts removed: what showing
 * this much story takes with no work of ours at all.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'puppeteer-core'
import { type Chromium, clickToolbar, settledState } from '../../tests/e2e/harness/chromium.ts'
import { CHROME_EXTENSION_ID } from '../../tests/e2e/harness/paths.ts'

export const ONE_LINE_POPUP =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Upstream</title></head>' +
  '<body><div data-testid="popup" data-state="article"><article data-testid="story">' +
  '<p>A story of one line.</p></article></div></body></html>'

/**
 * A profile in which the extension's button is pinned to the toolbar. A fresh profile leaves a
 * new extension in the extensions menu: its "toolbar click" (triggerAction, like its keyboard
 * shortcut) first pops its icon out into the toolbar and Chrome opens the popup only when that
 * layout animation has finished (ExtensionsToolbarContainer::PopOutAction), about 200 ms later.
 */
export function pinnedProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-bench-pinned-'))
  mkdirSync(join(dir, 'Default'))
  writeFileSync(
    join(dir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { pinned_extensions: [CHROME_EXTENSION_ID] } }),
  )
  return dir
}

/** A copy of the build whose popup is the given static HTML. */
export function staticPopupBuild(dist: string, html: string): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-bench-floor-'))
  cpSync(dist, dir, { recursive: true })
  writeFileSync(join(dir, 'src/popup/index.html'), html)
  return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Our popup as rendered for the page in `tab`, as static HTML without its scripts. */
export async function renderedPopup(chromium: Chromium, tab: Page): Promise<string> {
  await tab.bringToFront()
  const popup = await clickToolbar(chromium, tab)
  try {
    await settledState(popup, 'popup', { wholeStory: false })
    // Everything the story's first frame and what follows it puts on the page (a popup that
    // renders in steps has finished only once the whole story is there; builds from before it
    // was marked do not say when that is).
    await new Promise((resolve) => setTimeout(resolve, 500))
    const html = await popup.evaluate(() => document.documentElement.outerHTML)
    return `<!doctype html>${html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')}`
  } finally {
    await popup.close()
  }
}
