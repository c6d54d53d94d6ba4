/**
 * One manifest source (`/manifest.json`, written for Chrome) and the Firefox variant derived from
 * it at build time, so the two can never drift apart by hand.
 */
import { readFileSync } from 'node:fs'
import type { ManifestV3Export } from '@crxjs/vite-plugin'

export type Target = 'chrome' | 'firefox'

type Manifest = Extract<ManifestV3Export, { manifest_version: number }>

/** The add-on id Firefox keys storage and the moz-extension UUID pref on. */
export const GECKO_ID = 'upstream@example.org'

export function targetFromEnv(value: string | undefined): Target {
  return value === 'firefox' ? 'firefox' : 'chrome'
}

export function readManifestSource(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest
}

export function manifestFor(source: Manifest, target: Target): Manifest {
  if (target === 'chrome') return source
  const { key: _key, minimum_chrome_version: _minChrome, background, ...rest } = source
  const worker = background && 'service_worker' in background ? background.service_worker : null
  if (!worker) throw new Error('manifest.json must declare background.service_worker')
  return {
    ...rest,
    // Firefox MV3 runs the background as an event page (it has a DOM) declared with `scripts`.
    background: { scripts: [worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }
}
