import { writeFileSync } from 'node:fs'
import { encodeQr, qrModules } from '../../src/core/certificates/qr'

/** Chromium's flags for a camera that plays `file` (a .y4m video) and asks no permission. */
export const fakeCameraArgs = (file: string): string[] => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${file}`
]

const width = 640
const height = 480

/**
 * Writes a short YUV4MPEG2 video (4:2:0, full range) of `text` as a QR code, black on white in
 * the middle of the picture, as a card held in front of a webcam; `text` null gives a blank wall.
 * Chromium plays it in a loop.
 */
export function writeQrVideo(file: string, text: string | null, frames = 10): void {
  const luma = new Uint8Array(width * height).fill(235)
  if (text !== null) {
    const qr = encodeQr(text)
    const dark = qrModules(qr)
    const module = Math.floor(Math.min(width, height) / (qr.size + 8))
    const left = Math.floor((width - qr.size * module) / 2)
    const top = Math.floor((height - qr.size * module) / 2)
    for (let row = 0; row < qr.size; row++)
      for (let col = 0; col < qr.size; col++) {
        if (!dark[row * qr.size + col]) continue
        for (let y = 0; y < module; y++) {
          const start = (top + row * module + y) * width + left + col * module
          luma.fill(16, start, start + module)
        }
      }
  }
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128)
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma])
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]))
}
