/**
 * A fixture page's extraction time in Node, as `npm run bench:speed` measures a page: the same
 * core (`extract`), jsdom, the page parsed once beforehand (parsing is not counted). bench:popup
 * runs one extraction between its clicks, so both see the same machine load.
 */
import { parseHtml } from '../../src/cli/parse-html.ts'
import { extract } from '../../src/core/extract.ts'
import type { Fixture } from '../../tests/fixture-loader.ts'

export interface NodeExtraction {
  /** Times one extraction of the parsed page, in ms. */
  time(): number
  close(): void
}

export async function nodeExtraction(fixture: Fixture): Promise<NodeExtraction> {
  const url = fixture.expected.url
  const doc = parseHtml(await fixture.html(), url)
  // One warm-up, as bench:speed does: the first run also compiles the code.
  if (!extract(doc, url).article) throw new Error(`No article in ${fixture.name} (Node)`)
  return {
    time() {
      const start = performance.now()
      extract(doc, url)
      return performance.now() - start
    },
    close: () => doc.defaultView?.close(),
  }
}
