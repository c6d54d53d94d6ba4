/**
 * Draws the toolbar/store icons (icons/icon-{16,32,48,128}.png) without any image library: an
 * up arrow over two wave lines ("upstream") in white on a rounded blue square, rasterised with
 * 4×4 supersampling and written by a minimal PNG encoder (node:zlib for deflate and CRC-32).
 * Run: npx tsx tools/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'

type Rgba = [number, number, number, number]

const BLUE: Rgba = [11, 87, 208, 255]
const WHITE: Rgba = [255, 255, 255, 255]
const SIZES = [16, 32, 48, 128] as const
const SAMPLES = 4

function inRoundedSquare(x: number, y: number, r: number): boolean {
  const cx = Math.min(Math.max(x, r), 1 - r)
  const cy = Math.min(Math.max(y, r), 1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

function inTriangle(x: number, y: number): boolean {
  // Apex (0.5, 0.14), base from (0.2, 0.47) to (0.8, 0.47).
  if (y > 0.47 || y < 0.14) return false
  const half = ((y - 0.14) / (0.47 - 0.14)) * 0.3
  return Math.abs(x - 0.5) <= half
}

function inShaft(x: number, y: number): boolean {
  return x >= 0.405 && x <= 0.595 && y >= 0.45 && y <= 0.66
}

function inWave(x: number, y: number, baseY: number): boolean {
  if (x < 0.2 || x > 0.8) return false
  const curve = baseY + 0.035 * Math.sin((x - 0.2) * Math.PI * 2 * 1.67)
  return Math.abs(y - curve) <= 0.034
}

function colourAt(x: number, y: number): Rgba | null {
  if (!inRoundedSquare(x, y, 0.2)) return null
  const mark = inTriangle(x, y) || inShaft(x, y) || inWave(x, y, 0.75) || inWave(x, y, 0.86)
  return mark ? WHITE : BLUE
}

function rasterise(size: number): Buffer {
  const rowBytes = size * 4 + 1
  const raw = Buffer.alloc(rowBytes * size)
  for (let py = 0; py < size; py++) {
    raw[py * rowBytes] = 0 // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)
          if (!c) continue
          // Premultiplied accumulation, so edges blend towards transparent, not black.
          for (let i = 0; i < 3; i++) sum[i] = (sum[i] ?? 0) + (c[i] ?? 0) * ((c[3] ?? 0) / 255)
          sum[3] = (sum[3] ?? 0) + (c[3] ?? 0)
        }
      }
      const n = SAMPLES * SAMPLES
      const alpha = (sum[3] ?? 0) / n
      const offset = py * rowBytes + 1 + px * 4
      for (let i = 0; i < 3; i++) {
        raw[offset + i] = alpha > 0 ? Math.round(((sum[i] ?? 0) / n / alpha) * 255) : 0
      }
      raw[offset + 3] = Math.round(alpha)
    }
  }
  return raw
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function encodePng(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const outDir = resolve(import.meta.dirname, '..', 'icons')
mkdirSync(outDir, { recursive: true })
for (const size of SIZES) {
  writeFileSync(resolve(outDir, `icon-${size}.png`), encodePng(size, rasterise(size)))
  console.log(`icons/icon-${size}.png`)
}
