import { UserError } from './errors.ts'

export const FORMATS = ['json', 'markdown', 'html', 'text'] as const
export type Format = (typeof FORMATS)[number]

export type CliArgs =
  | { help: true }
  | {
      help: false
      /** A file path, or `-` for stdin. */
      input: string
      /** The page's absolute http(s) URL, normalised by the URL parser. */
      url: string
      format: Format
    }

export const USAGE = `Usage: upstream <file.html | file.html.gz | -> --url <page-url> [--format <format>]

Reads a saved web page and prints its article, and for news-aggregator copies, where the
story was originally published.

Arguments:
  <file>                 the saved page; \`-\` reads stdin. Read as bytes, so the page's own
                         charset (BOM, <meta charset>, http-equiv) decides the decoding.
                         Gzipped input (a .gz name or gzip bytes) is decompressed.

Options:
  --url <url>            the page's address, an absolute http(s) URL (required); it resolves
                         the page's relative links. Also --url=<url>.
  -f, --format <format>  output format (default: json). Also --format=<format>.
                           json      the extraction result as one JSON object
                           markdown  title, byline/date/source links, then the article body
                           html      a standalone HTML document of the article
                           text      the title, a blank line, then the article's plain text
  -h, --help             show this help

When the page holds no article, json still prints the result (article: null and
noArticleReason set); the other formats print nothing on stdout and the reason on stderr.

Exit status: 0 when the page was read (with or without an article), 2 for bad usage or an
unreadable input, 1 for an internal error.
`

/**
 * Parses argv (without `node` and the script). Hand-rolled rather than node:util parseArgs so
 * every mistake gets one short, specific message and `-` can be the input.
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const positionals: string[] = []
  let url: string | undefined
  let format: string | undefined
  let optionsEnded = false

  // Help wins over everything else on the line, as users add it to a failing command to learn why.
  const endOfOptions = argv.indexOf('--')
  const optionPart = endOfOptions === -1 ? argv : argv.slice(0, endOfOptions)
  if (optionPart.includes('--help') || optionPart.includes('-h')) return { help: true }

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg)
      continue
    }
    if (arg === '--') {
      optionsEnded = true
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg
    const inline = name === arg ? undefined : arg.slice(eq + 1)
    // Reads the option's value from `--name=value` or from the next argument.
    const value = (): string => {
      if (inline !== undefined) return inline
      const next = argv[i + 1]
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        throw new UserError(`option ${name} needs a value`)
      }
      i++
      return next
    }
    switch (name) {
      case '--url':
        if (url !== undefined) throw new UserError('--url given more than once')
        url = value()
        break
      case '-f':
      case '--format':
        if (format !== undefined) throw new UserError('--format given more than once')
        format = value()
        break
      default:
        throw new UserError(`unknown option ${name} (see --help)`)
    }
  }

  if (positionals.length === 0) {
    throw new UserError('missing input: give a file path or - for stdin (see --help)')
  }
  if (positionals.length > 1) {
    throw new UserError(`expected one input, got ${positionals.length}: ${positionals.join(' ')}`)
  }
  if (url === undefined) throw new UserError('missing --url <page-url> (see --help)')
  return {
    help: false,
    input: positionals[0]!,
    url: validateUrl(url),
    format: validateFormat(format ?? 'json'),
  }
}

function validateFormat(format: string): Format {
  const found = FORMATS.find((f) => f === format)
  if (!found) {
    throw new UserError(`bad --format ${JSON.stringify(format)}: use one of ${FORMATS.join(', ')}`)
  }
  return found
}

/** The URL resolves the page's relative links and becomes a source link, so it must be absolute. */
function validateUrl(raw: string): string {
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    throw new UserError(`bad --url ${JSON.stringify(raw)}: not an absolute URL`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UserError(`bad --url ${JSON.stringify(raw)}: must be http or https`)
  }
  return parsed.href
}
