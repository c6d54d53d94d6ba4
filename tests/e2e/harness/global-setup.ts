/** Vitest global setup for the e2e run: make sure dist/ is built from the current sources. */
import { ensureBuilt } from './build.ts'

export default function setup(): void {
  ensureBuilt(['chrome', 'firefox'])
}
