import { onBeforeUnmount, ref, shallowRef, type Ref } from 'vue'
import type { DecodedFrame, FrameToDecode } from './qr-decode.worker'
import { createRepeatFilter } from './repeat-filter'

export type CameraProblem = 'insecure' | 'unsupported' | 'noCamera' | 'denied' | 'busy' | 'failed'
export interface CameraChoice {
  deviceId: string
  label: string
}

/** A card held in front of the camera is sent once; shown again after this long, again. */
const holdMs = 3000
/** Frames are read at most this often, and only once the previous one is decoded. */
const frameGapMs = 120
/** The longest side of the frame the decoder reads: enough for a card held at arm's length. */
const frameSide = 640

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noCamera'
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy'
  return 'failed'
}

/**
 * The webcam at the desk: starts and stops the video (never audio), lists the cameras, reads QR
 * codes from its frames in a worker and hands each new code to `onCode` once (see holdMs).
 */
export function useCameraScan(video: Ref<HTMLVideoElement | null>, onCode: (code: string) => void) {
  const on = ref(false)
  const starting = ref(false)
  const problem = ref<CameraProblem | null>(null)
  const cameras = shallowRef<CameraChoice[]>([])
  const cameraId = ref('')
  const repeats = createRepeatFilter(holdMs)
  let stream: MediaStream | null = null
  let worker: Worker | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let canvas: HTMLCanvasElement | null = null
  let generation = 0

  /** Why the camera cannot be used here at all, before anyone presses the button. */
  const unavailable = (): CameraProblem | null =>
    !window.isSecureContext
      ? 'insecure'
      : !navigator.mediaDevices?.getUserMedia || typeof Worker === 'undefined'
        ? 'unsupported'
        : null

  async function listCameras(): Promise<void> {
    const devices = await navigator.mediaDevices.enumerateDevices()
    const found = devices.filter((d) => d.kind === 'videoinput')
    cameras.value = found.map((d, i) => ({ deviceId: d.deviceId, label: d.label || `#${i + 1}` }))
    const current = stream?.getVideoTracks()[0]?.getSettings().deviceId
    if (current) cameraId.value = current
  }

  function readFrame(mine: number): void {
    const v = video.value
    if (mine !== generation || !v || !worker) return
    if (v.readyState < 2 || v.videoWidth === 0) {
      timer = setTimeout(() => readFrame(mine), frameGapMs)
      return
    }
    const scale = Math.min(1, frameSide / Math.max(v.videoWidth, v.videoHeight))
    const width = Math.round(v.videoWidth * scale)
    const height = Math.round(v.videoHeight * scale)
    canvas ??= document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) return fail(mine, 'unsupported')
    context.drawImage(v, 0, 0, width, height)
    const pixels = context.getImageData(0, 0, width, height).data.buffer
    const frame: FrameToDecode = { width, height, pixels }
    worker.postMessage(frame, [pixels])
  }

  function decoded(mine: number, code: DecodedFrame): void {
    if (mine !== generation) return
    if (code !== null && repeats.accept(code, performance.now())) onCode(code)
    timer = setTimeout(() => readFrame(mine), frameGapMs)
  }

  function fail(mine: number, why: CameraProblem): void {
    if (mine !== generation) return
    stop()
    problem.value = why
  }

  async function start(): Promise<void> {
    stop()
    const mine = generation
    problem.value = unavailable()
    if (problem.value) return
    starting.value = true
    try {
      const wanted = cameraId.value ? { deviceId: { exact: cameraId.value } } : true
      const opened = await navigator.mediaDevices.getUserMedia({ video: wanted, audio: false })
      if (mine !== generation) {
        for (const track of opened.getTracks()) track.stop()
        return
      }
      stream = opened
      worker = new Worker(new URL('./qr-decode.worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (event: MessageEvent<DecodedFrame>) => decoded(mine, event.data)
      worker.onerror = () => fail(mine, 'failed')
      on.value = true
      if (video.value) {
        video.value.srcObject = opened
        await video.value.play().catch(() => undefined)
      }
      await listCameras()
      readFrame(mine)
    } catch (error) {
      fail(mine, problemOf(error))
    } finally {
      if (mine === generation) starting.value = false
    }
  }

  /** Turns the camera off: its light goes out, the worker ends, nothing more is read. */
  function stop(): void {
    generation++
    clearTimeout(timer)
    worker?.terminate()
    worker = null
    for (const track of stream?.getTracks() ?? []) track.stop()
    stream = null
    if (video.value) video.value.srcObject = null
    repeats.reset()
    on.value = false
    starting.value = false
  }

  /** Another camera chosen while on: reopen with it. */
  async function choose(deviceId: string): Promise<void> {
    cameraId.value = deviceId
    if (on.value) await start()
  }

  onBeforeUnmount(stop)

  return { on, starting, problem, cameras, cameraId, unavailable, start, stop, choose }
}
