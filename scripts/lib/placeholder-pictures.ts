/**
 * The demo pages' pictures come from publishers' image servers, which the demo browser cannot
 * reach (it resolves only the fixture hosts). Left alone they show as broken images with their
 * alt text; answered with the fixture server's neutral placeholder they show as picture frames,
 * which is what the screenshots should show. Only the page's own picture requests are answered:
 * everything else goes on as usual.
 */
import type { HTTPRequest, Page } from 'puppeteer-core'
import { type FixtureServer, PLACEHOLDER_IMAGE } from '../../tests/e2e/harness/fixture-server.ts'

export async function placeholderPictures(page: Page, server: FixtureServer): Promise<void> {
  await page.setRequestInterception(true)
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url())
    const elsewhere = /^https?:$/.test(url.protocol) && !server.hosts.includes(url.host)
    if (request.resourceType() === 'image' && elsewhere) {
      void request.respond({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE })
    } else {
      void request.continue()
    }
  })
}
