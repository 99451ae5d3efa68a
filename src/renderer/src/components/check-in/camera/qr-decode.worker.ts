import jsQR from 'jsqr'

/** One camera frame to read: RGBA pixels, as `ImageData` holds them. */
export interface FrameToDecode {
  width: number
  height: number
  pixels: ArrayBuffer
}

/** The frame's QR code text, or null when none could be read. */
export type DecodedFrame = string | null

// A worker's global scope; the renderer's types are the window's, hence the narrow shape.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FrameToDecode>) => void) | null
  postMessage(message: DecodedFrame): void
}

// Decoding a frame takes tens of milliseconds: here it never holds up the desk's typing or paint.
scope.onmessage = ({ data }) => {
  const found = jsQR(new Uint8ClampedArray(data.pixels), data.width, data.height, {
    inversionAttempts: 'dontInvert'
  })
  scope.postMessage(found && found.data !== '' ? found.data : null)
}
