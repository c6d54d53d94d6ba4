/** How the packaging scripts describe the machine and sizes in what they print. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { arch } from 'node:os'

/** e.g. "Debian GNU/Linux 12 (bookworm) x64, Node v20.20.2, npm 11.19.1" */
export function buildEnvironment(): string {
  const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()
  return `${osName()} ${arch()}, Node ${process.version}, npm ${npm}`
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8')
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1] ?? process.platform
  } catch {
    return process.platform
  }
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KiB`
    : `${(bytes / 1024 / 1024).toFixed(2)} MiB`
}
