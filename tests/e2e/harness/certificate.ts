/**
 * A self-signed certificate for the fixtures' real host names, made with openssl once per set
 * of hosts and kept in the OS temp folder. Browsers are told to accept it
 * (`--ignore-certificate-errors` in Chromium, `acceptInsecureCerts` in Firefox).
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Certificate {
  key: Buffer
  cert: Buffer
}

export function certificateFor(hosts: readonly string[]): Certificate {
  const sorted = [...new Set(hosts)].sort()
  const hash = createHash('sha256').update(sorted.join(',')).digest('hex').slice(0, 16)
  const dir = join(tmpdir(), `upstream-e2e-cert-${hash}`)
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  if (!existsSync(certFile)) {
    const tmp = `${dir}.${process.pid}`
    mkdirSync(tmp, { recursive: true })
    const san = sorted.map((h) => `DNS:${h}`).join(',')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '365',
        '-subj',
        '/CN=Upstream test fixtures',
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        join(tmp, 'key.pem'),
        '-out',
        join(tmp, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    )
    // Another run may have made it meanwhile; either copy is as good.
    try {
      renameSync(tmp, dir)
    } catch {
      rmSync(tmp, { recursive: true, force: true })
    }
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) }
}
