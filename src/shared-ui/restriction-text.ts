/** Plain explanations for pages Upstream may not read, one per Restriction. */
import type { Restriction } from '../messaging/outcome.ts'

export const RESTRICTION_TEXT: Record<Restriction, { title: string; text: string }> = {
  'browser-page': {
    title: 'Upstream can’t read this page',
    text: 'This is one of your browser’s own pages. Browsers don’t let extensions read them, so there is no story to show here.',
  },
  'extension-store': {
    title: 'This site is protected',
    text: 'Your browser doesn’t let any extension read its add-on store or account pages. This keeps extensions from changing other extensions.',
  },
  'view-source': {
    title: 'This tab shows source code',
    text: 'You are looking at the source code of a page. Open the page itself, then use Upstream again.',
  },
  pdf: {
    title: 'PDF documents aren’t supported',
    text: 'Upstream reads web pages. This tab shows a PDF document, which it can’t read.',
  },
  'file-access': {
    title: 'Upstream can’t read files on your computer',
    text: 'To let it read saved pages, open the browser’s extension settings, choose Upstream’s details and turn on “Allow access to file URLs”. Then reload the page and try again.',
  },
  'not-web': {
    title: 'This isn’t a web page',
    text: 'Upstream reads web pages: addresses that start with http or https.',
  },
  unreadable: {
    title: 'Upstream can’t read this tab',
    text: 'Your browser doesn’t let extensions read this tab. That happens on pages that failed to load, on source views and on some of the browser’s own pages. If this is an ordinary web page, reload it and try again.',
  },
  'no-permission': {
    title: 'Upstream needs you to ask again',
    text: 'Your browser lets Upstream read a page only right after you click its toolbar button, use its shortcut or its menu on that page. Go back to the page and do that again.',
  },
}
