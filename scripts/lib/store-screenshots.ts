/**
 * Store screenshots for the demo (`npm start`): exactly 1280×800 pixels, the size both the
 * Chrome Web Store and addons.mozilla.org ask for, written to docs/store/screenshots/. They are
 * taken from the running extension each time, so a redesigned page is re-shot by running the
 * demo again.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'puppeteer-core'
import { ROOT } from '../../tests/e2e/harness/paths.ts'

export const STORE_SIZE = { width: 1280, height: 800 } as const
export const STORE_DIR = join(ROOT, 'docs/store/screenshots')

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(png.buffer, png.byteOffset, png.byteLength)
  if (view.toString('latin1', 12, 16) !== 'IHDR') throw new Error('Not a PNG')
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) }
}

function checkedStoreFile(path: string): string {
  const { width, height } = pngSize(readFileSync(path))
  if (width !== STORE_SIZE.width || height !== STORE_SIZE.height) {
    throw new Error(`${path} is ${width}×${height}, not ${STORE_SIZE.width}×${STORE_SIZE.height}`)
  }
  return path
}

/** The page's viewport at 1280×800, device pixel ratio 1; the page keeps its own size after. */
export async function storeSizedPng(page: Page): Promise<Uint8Array> {
  const before = page.viewport()
  await page.setViewport({ ...STORE_SIZE, deviceScaleFactor: 1 })
  try {
    return await page.screenshot()
  } finally {
    if (before) await page.setViewport(before)
  }
}

/** storeSizedPng, written to docs/store/screenshots/`name`.png. */
export async function storeShot(page: Page, name: string): Promise<string> {
  mkdirSync(STORE_DIR, { recursive: true })
  const path = join(STORE_DIR, `${name}.png`)
  writeFileSync(path, await storeSizedPng(page))
  return checkedStoreFile(path)
}

/**
 * The popup drawn where the browser opens it, under the toolbar at the top right, over a
 * 1280×800 screenshot of the page it was opened on. (A browser window's screenshot leaves the
 * popup out: it is a window of its own.) The two pictures are laid out by a plain page in the
 * same headless browser, so nothing but Chromium is needed.
 */
export async function popupOnPage(
  browser: Browser,
  pagePng: Uint8Array,
  popupPng: Uint8Array,
  name: string,
): Promise<string> {
  const popup = pngSize(popupPng)
  const dataUrl = (png: Uint8Array) =>
    `data:image/png;base64,${Buffer.from(png).toString('base64')}`
  const canvas = await browser.newPage()
  try {
    await canvas.setViewport({ ...STORE_SIZE, deviceScaleFactor: 1 })
    await canvas.setContent(
      `<!doctype html>
      <style>
        html, body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; }
        img { position: absolute; display: block; }
        .page { inset: 0; }
        .popup {
          top: 6px; right: 14px; width: ${popup.width}px; height: ${popup.height}px;
          border: 1px solid rgb(0 0 0 / 0.18); border-radius: 8px;
          box-shadow: 0 10px 30px rgb(0 0 0 / 0.28), 0 2px 6px rgb(0 0 0 / 0.18);
        }
      </style>
      <img class="page" src="${dataUrl(pagePng)}" alt="">
      <img class="popup" src="${dataUrl(popupPng)}" alt="">`,
      { waitUntil: 'load' },
    )
    mkdirSync(STORE_DIR, { recursive: true })
    const path = join(STORE_DIR, `${name}.png`)
    await canvas.screenshot({ path })
    return checkedStoreFile(path)
  } finally {
    await canvas.close()
  }
}
