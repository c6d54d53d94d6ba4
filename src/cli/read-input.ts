import { readFile, stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { UserError } from './errors.ts'

/**
 * Upper bound on a page, raw or decompressed. Real pages, even bloated ones, stay far below it;
 * the cap keeps a gzip bomb or a stray multi-gigabyte file from exhausting memory in jsdom.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024

const gunzipAsync = promisify(gunzip)

/**
 * Reads the input as BYTES (never as a string): decoding is the parser's job, because only it
 * can see the BOM / `<meta charset>` that says whether the page is UTF-8, windows-1252, Shift_JIS…
 */
export async function readInput(
  input: string,
  stdin: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
): Promise<Uint8Array> {
  const raw = input === '-' ? await readStdin(stdin) : await readPath(input)
  const name = input === '-' ? 'stdin' : input
  // Sniff the magic as well as the name: pages saved by curl/wget often keep gzip bytes under .html.
  const isGzip = input.endsWith('.gz') || (raw[0] === 0x1f && raw[1] === 0x8b)
  return isGzip ? await gunzipInput(raw, name) : raw
}

async function readPath(path: string): Promise<Uint8Array> {
  try {
    // stat first: a directory or a huge file is refused before any byte is buffered.
    const info = await stat(path)
    if (info.isDirectory()) throw new UserError(`cannot read ${path}: is a directory`)
    if (info.size > MAX_INPUT_BYTES) throw new UserError(`cannot read ${path}: ${tooLarge()}`)
    return await readFile(path)
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(`cannot read ${path}: ${describeFsError(error)}`)
  }
}

async function readStdin(stdin: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<Uint8Array> {
  // Waiting on a terminal looks like a hang; `-` only makes sense with a pipe or a redirect.
  if (stdin.isTTY) throw new UserError('no page on stdin: pipe one in, or give a file path')
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : Buffer.from(chunk)
    total += buf.length
    if (total > MAX_INPUT_BYTES) throw new UserError(`cannot read stdin: ${tooLarge()}`)
    chunks.push(buf)
  }
  return Buffer.concat(chunks, total)
}

async function gunzipInput(raw: Uint8Array, name: string): Promise<Uint8Array> {
  try {
    return await gunzipAsync(raw, { maxOutputLength: MAX_INPUT_BYTES })
  } catch (error) {
    if (errorCode(error) === 'ERR_BUFFER_TOO_LARGE') {
      throw new UserError(`cannot read ${name}: decompressed ${tooLarge()}`)
    }
    const detail = error instanceof Error ? error.message : String(error)
    throw new UserError(`cannot read ${name}: bad gzip data (${detail})`)
  }
}

function tooLarge(): string {
  return `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/** Node's fs messages repeat the syscall and path; users need only the reason. */
function describeFsError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file'
    case 'EISDIR':
      return 'is a directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOTDIR':
      return 'a component of the path is not a directory'
    case 'ELOOP':
      return 'too many symbolic links'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
