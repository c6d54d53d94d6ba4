import { parseArgs, USAGE } from './args.ts'
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UserError } from './errors.ts'
import { readInput } from './read-input.ts'

/**
 * `upstream <file | -> --url <page-url> [--format json|markdown|html|text]`: wiring only.
 * Each step lives in its own module; this file turns their outcomes into stdout, one stderr
 * line and an exit code.
 */
async function run(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv)
  if (args.help) {
    await write(USAGE)
    return EXIT_OK
  }
  const bytes = await readInput(args.input)
  // Loaded only now: jsdom and the extraction pipeline take over a second to import, which
  // --help and usage errors should not pay.
  const [{ extractPage }, { render }] = await Promise.all([
    import('./extract-page.ts'),
    import('./render.ts'),
  ])
  const result = extractPage(bytes, args.url)
  const output = render(result, args.format)
  if (output === null) {
    // Not an error: the page was read and holds no article. Scripts see empty stdout + exit 0.
    warn(result.noArticleReason ?? 'no article found on this page')
    return EXIT_OK
  }
  await write(output)
  return EXIT_OK
}

/** Resolves once the text is handed to the OS, so a large output is never cut by the exit. */
function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()))
  })
}

/** Exactly one line on stderr, whatever the message holds (a file name may contain a newline). */
function warn(message: string): void {
  process.stderr.write(`upstream: ${message.replace(/\s*[\r\n]+\s*/g, ' ').trim()}\n`)
}

// A reader that stops early (`| head`) closes the pipe; that is its choice, not our failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK)
  warn(`cannot write output: ${error.message}`)
  process.exit(EXIT_INTERNAL)
})

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      warn(error.message)
      process.exitCode = EXIT_USAGE
      return
    }
    // A bug of ours: one line by default; UPSTREAM_DEBUG=1 shows the stack for a bug report.
    const message = error instanceof Error ? error.message : String(error)
    warn(`internal error: ${message}`)
    if (process.env.UPSTREAM_DEBUG && error instanceof Error && error.stack) {
      process.stderr.write(`${error.stack}\n`)
    }
    process.exitCode = EXIT_INTERNAL
  },
)
