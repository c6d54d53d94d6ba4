/**
 * A Vite build run from inside the main build's plugins (the injected scripts, the popup): kept
 * in memory, minified, Preact's JSX, one stylesheet. Callers add what differs (entry, format).
 */
import preact from '@preact/preset-vite'
import { type BuildEnvironmentOptions, build, type Rolldown } from 'vite'

export type NestedOutput = (Rolldown.OutputChunk | Rolldown.OutputAsset)[]

export async function nestedBuild(
  root: string,
  options: BuildEnvironmentOptions,
): Promise<NestedOutput> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [preact()],
    build: {
      write: false,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      cssCodeSplit: false,
      ...options,
    },
  })
  return (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []))
}
