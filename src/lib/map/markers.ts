/**
 * Markers that tell the levers apart without colour: each lever has a shape and a place in a 2 × 2 grid
 * (equipment: square, top left; procedures: triangle, top right; skills: circle, bottom left; services:
 * diamond, bottom right). A venue's marker shows the shapes of its levers. The shapes are SVG path data,
 * drawn on a canvas by the map script (Path2D) and in the legend (an inline SVG). Pure, browser-safe.
 */
import { LEVERS, type Lever } from '../schema/reperes.ts';

export const MARKER_SIZE = 30;
const HALF = MARKER_SIZE / 4;

export const LEVER_SHAPES: Record<Lever, 'square' | 'triangle' | 'circle' | 'diamond'> = {
  equipement: 'square',
  demarches: 'triangle',
  competences: 'circle',
  services: 'diamond',
};

/** SVG path data of a shape centred on (cx, cy) with half-size r. */
export function shapePath(shape: (typeof LEVER_SHAPES)[Lever], cx: number, cy: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'square':
      return `M${f(cx - r)} ${f(cy - r)}H${f(cx + r)}V${f(cy + r)}H${f(cx - r)}Z`;
    case 'triangle':
      return `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy + r)}H${f(cx - r)}Z`;
    case 'diamond':
      return `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy)}L${f(cx)} ${f(cy + r)}L${f(cx - r)} ${f(cy)}Z`;
    case 'circle':
      return `M${f(cx - r)} ${f(cy)}A${f(r)} ${f(r)} 0 1 0 ${f(cx + r)} ${f(cy)}A${f(r)} ${f(r)} 0 1 0 ${f(cx - r)} ${f(cy)}Z`;
  }
}

/** The path data of a lever in the marker (its slot in the grid). */
export function leverPath(lever: Lever): string {
  const slot = LEVERS.indexOf(lever);
  const cx = HALF + (slot % 2) * 2 * HALF;
  const cy = HALF + Math.floor(slot / 2) * 2 * HALF;
  return shapePath(LEVER_SHAPES[lever], cx, cy, HALF * 0.72);
}

/** The path data of every lever of a bitmask, in LEVERS order. */
export function markerPaths(mask: number): string[] {
  return LEVERS.filter((_, bit) => (mask & (1 << bit)) !== 0).map(leverPath);
}
