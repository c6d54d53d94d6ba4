/** A jsdom document for unit tests, from a body snippet and optional head markup. */
import { parseHtml } from '../../src/cli/parse-html.ts'

export function page(
  body: string,
  head = '',
  url = 'https://aggregator.example/2026/02/01/story/',
): Document {
  return parseHtml(
    `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`,
    url,
  )
}
