/**
 * Zoom and pan of the viewer (issue 16 item 4: "a 1170x2532 screenshot is shown 260 px wide
 * with no zoom"), pure so the steps are tested without a browser. Scale 1 is "fit the window";
 * the offset is in screen pixels and is kept so the image never leaves the frame entirely.
 */
export interface ZoomState {
  scale: number;
  x: number;
  y: number;
}

export const FIT: ZoomState = { scale: 1, x: 0, y: 0 };
export const ZOOM_STEPS = [1, 1.5, 2, 3, 4, 6] as const;
/** How far one arrow key moves a zoomed image. */
export const PAN_STEP = 80;

/** The frame the image is fitted into, in screen pixels. */
export interface Frame {
  w: number;
  h: number;
}

export function zoomIn(z: ZoomState, frame: Frame): ZoomState {
  const next = ZOOM_STEPS.find((s) => s > z.scale + 1e-9) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return clampPan({ ...z, scale: next }, frame);
}

export function zoomOut(z: ZoomState, frame: Frame): ZoomState {
  const next = [...ZOOM_STEPS].reverse().find((s) => s < z.scale - 1e-9) ?? 1;
  return next === 1 ? FIT : clampPan({ ...z, scale: next }, frame);
}

/**
 * The offset limit at a scale: a fitted image fills at most the frame, so at scale s it
 * overhangs by (s - 1) / 2 of the frame on each side, and no further may it move.
 */
export function clampPan(z: ZoomState, frame: Frame): ZoomState {
  if (z.scale <= 1) return FIT;
  const mx = ((z.scale - 1) * frame.w) / 2;
  const my = ((z.scale - 1) * frame.h) / 2;
  return { scale: z.scale, x: Math.max(-mx, Math.min(mx, z.x)), y: Math.max(-my, Math.min(my, z.y)) };
}

export function pan(z: ZoomState, dx: number, dy: number, frame: Frame): ZoomState {
  return clampPan({ ...z, x: z.x + dx, y: z.y + dy }, frame);
}

export function transformOf(z: ZoomState): string {
  return `translate(${Math.round(z.x)}px, ${Math.round(z.y)}px) scale(${z.scale})`;
}
