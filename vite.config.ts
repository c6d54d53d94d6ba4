/**
 * Builds the extension for one browser: `vite build` (or `--mode chrome`) → dist/chrome,
 * `vite build --mode firefox` → dist/firefox. Both come from the one `manifest.json`
 * (see tools/manifest.ts). A mode rather than an env variable keeps the npm scripts portable.
 */
import { resolve } from 'node:path'
import { crx } from '@crxjs/vite-plugin'
import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'
import { extractorPlugin } from './tools/extractor-plugin.ts'
import { localesPlugin } from './tools/locales-plugin.ts'
import { manifestFor, readManifestSource, targetFromEnv } from './tools/manifest.ts'
import { pageBundle } from './tools/page-bundle.ts'

const root = import.meta.dirname

export default defineConfig(({ mode, command }) => {
  // A build is a production build whatever NODE_ENV the shell has (vitest sets "test"): Vite,
  // its plugins and the libraries' code read it, and the store zips must come out the same for
  // anyone who follows SOURCE-BUILD.md. Vite reads it again after loading this file, and the
  // nested builds (tools/nested-build.ts) run in this process.
  if (command === 'build') process.env.NODE_ENV = 'production'
  const target = targetFromEnv(mode)
  const manifest = manifestFor(readManifestSource(resolve(root, 'manifest.json')), target)

  // The reader and list pages are not named in the manifest; crxjs only builds the pages it finds there.
  const extraPages = {
    reader: resolve(root, 'src/reader/index.html'),
    list: resolve(root, 'src/list/index.html'),
  }

  return {
    plugins: [
      preact(),
      crx({ manifest, browser: target }),
      extractorPlugin(root),
      localesPlugin(),
      // The popup's boot script imports its bundle (see tools/page-bundle.ts).
      pageBundle(root, {
        name: 'popup',
        html: 'src/popup/index.html',
        entry: 'src/popup/main.tsx',
        scriptTag: false,
        preload: true,
      }),
      // So does the list page's (src/list/boot.ts).
      pageBundle(root, {
        name: 'list',
        html: 'src/list/index.html',
        entry: 'src/list/main.tsx',
        scriptTag: false,
        preload: true,
      }),
    ],
    build: {
      outDir: resolve(root, 'dist', target),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: extraPages },
    },
  }
})
