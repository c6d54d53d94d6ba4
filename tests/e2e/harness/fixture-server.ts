/**
 * Serves every fixture page under its real address on loopback:
 *
 * - an HTTPS server (self-signed certificate for all fixture hosts) that Chromium reaches through
 *   `--host-resolver-rules` (`MAP dnyuz.com 127.0.0.1:<port>` …), so the page's URL is exactly
 *   expected.url;
 * - an HTTP proxy for Firefox, which has no resolver rules: plain `GET http://host/…` is answered
 *   from the fixtures, `CONNECT host:443` is tunnelled to the HTTPS server. Any other host is
 *   refused, so nothing the browser tries leaves the machine.
 */
import { once } from 'node:events'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { type Fixture, listFixtures } from '../../fixture-loader.ts'
import { certificateFor } from './certificate.ts'

export interface FixtureServer {
  fixtures: Fixture[]
  /** Every host name a fixture is served under. */
  hosts: string[]
  httpsPort: number
  proxyPort: number
  /** host + path of every request, in order (for debugging and for "was it served" checks). */
  requests: string[]
  fixture(name: string): Fixture
  /** Chromium's `--host-resolver-rules`: fixture hosts to loopback, every other name to nowhere. */
  hostResolverRules(): string
  close(): Promise<void>
}

const NOT_FOUND = '<!doctype html><title>Not found</title><p>Not a fixture page.</p>'

/**
 * The fixtures' pictures are not bundled; any image URL on a fixture host gets this neutral
 * placeholder, so pages and screenshots show a picture frame rather than a broken image.
 */
export const PLACEHOLDER_IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
<rect width="1200" height="800" fill="#d9dde3"/>
<path d="M0 800 L380 420 L600 640 L800 470 L1200 800 Z" fill="#b7bec8"/>
<circle cx="900" cy="250" r="80" fill="#c7cdd5"/>
</svg>`
const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif)$/i

export async function startFixtureServer(): Promise<FixtureServer> {
  const fixtures = listFixtures()
  const byAddress = new Map<string, Fixture>()
  for (const f of fixtures) {
    const url = new URL(f.expected.url)
    byAddress.set(url.host + url.pathname, f)
  }
  const hosts = [...new Set(fixtures.map((f) => new URL(f.expected.url).host))]
  const html = new Map<string, Promise<string>>()
  const requests: string[] = []

  const serve = (host: string, path: string, res: http.ServerResponse): void => {
    requests.push(host + path)
    const fixture = byAddress.get(host + new URL(path, 'http://x').pathname)
    if (!fixture && IMAGE_PATH.test(new URL(path, 'http://x').pathname)) {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' })
      res.end(PLACEHOLDER_IMAGE)
      return
    }
    if (!fixture) {
      res.writeHead(404, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      })
      res.end(NOT_FOUND)
      return
    }
    let body = html.get(fixture.name)
    if (!body) {
      body = fixture.html()
      html.set(fixture.name, body)
    }
    body.then(
      (text) => {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
        })
        res.end(text)
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(String(error))
      },
    )
  }

  const secure = https.createServer(certificateFor(hosts), (req, res) =>
    serve(req.headers.host ?? '', req.url ?? '/', res),
  )

  const tunnels = new Set<net.Socket>()
  const proxy = http.createServer((req, res) => {
    const raw = req.url ?? '/'
    // A proxy request carries the absolute URL; a direct one only the path.
    if (/^https?:\/\//i.test(raw)) {
      const url = new URL(raw)
      if (!hosts.includes(url.host)) {
        requests.push(`refused ${url.host}`)
        res.writeHead(403).end()
        return
      }
      serve(url.host, url.pathname + url.search, res)
      return
    }
    serve(req.headers.host ?? '', raw, res)
  })
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? ''
    const host = target.replace(/:443$/, '')
    if (!hosts.includes(host)) {
      requests.push(`refused ${target}`)
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    const upstream = net.connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      tunnels.add(socket)
      socket.on('error', () => socket.destroy())
      socket.on('close', () => tunnels.delete(socket))
    }
  })

  secure.listen(0, '127.0.0.1')
  proxy.listen(0, '127.0.0.1')
  await Promise.all([once(secure, 'listening'), once(proxy, 'listening')])
  const httpsPort = (secure.address() as net.AddressInfo).port
  const proxyPort = (proxy.address() as net.AddressInfo).port

  return {
    fixtures,
    hosts,
    httpsPort,
    proxyPort,
    requests,
    fixture(name) {
      const found = fixtures.find((f) => f.name === name)
      if (!found) throw new Error(`No fixture named ${name}`)
      return found
    },
    hostResolverRules() {
      return [
        ...hosts.map((h) => `MAP ${h} 127.0.0.1:${httpsPort}`),
        'MAP * ~NOTFOUND',
        'EXCLUDE localhost',
        'EXCLUDE 127.0.0.1',
      ].join(', ')
    },
    async close() {
      for (const socket of tunnels) socket.destroy()
      for (const server of [secure, proxy]) {
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      }
    },
  }
}
