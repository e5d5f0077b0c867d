import { nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

/** Rectangles side by side in an SVG, each as wide as its share (in %), coloured by status. */
export function stackedRects(shares: Array<[status: string, percent: number]>, part?: string): SVGTemplateResult[] {
  let x = 0;
  return shares.map(([status, width]) => {
    const rect = svg`<rect part=${part ?? nothing} data-status=${status} x="${x}%" width="${width}%" height="100%"/>`;
    x += width;
    return rect;
  });
}
