/** A 2D context sized for the device's pixel ratio, so cells and bars stay crisp; null where canvas is unavailable (jsdom). */
export function prepareCanvas(canvas: HTMLCanvasElement, widthPx: number, heightPx: number): CanvasRenderingContext2D | null {
  const ratio = globalThis.devicePixelRatio || 1
  const width = Math.max(1, Math.round(widthPx * ratio))
  const height = Math.max(1, Math.round(heightPx * ratio))
  if (canvas.width !== width) canvas.width = width
  if (canvas.height !== height) canvas.height = height
  canvas.style.width = `${widthPx}px`
  canvas.style.height = `${heightPx}px`
  const context = canvas.getContext('2d')
  if (!context) return null
  context.setTransform(ratio, 0, 0, ratio, 0, 0)
  context.clearRect(0, 0, widthPx, heightPx)
  return context
}

/** How faded an ended environment is drawn: fully visible when it just ended, faint at the window's edge. */
export function fadeFor(endedAtMs: number, nowMs: number, windowMs: number): number {
  return Math.max(0.15, 1 - (nowMs - endedAtMs) / Math.max(1, windowMs))
}
