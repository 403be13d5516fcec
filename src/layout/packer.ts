import { AISLE_WIDTH_M } from './constants.js';
import type { OverflowItem, Zone } from './types.js';
import { round } from '../numbers/round.js';

/** A rectangle waiting to be placed. `breakBefore` starts a new row of zones (a new group). */
export interface PackItem extends Omit<Zone, 'x' | 'y' | 'area'> {
  breakBefore?: boolean;
}

/**
 * Deterministic row ("shelf") packing from the front of the floor (the entrance side, y = depth)
 * to the back wall (y = 0): items go left to right in a row; a full row is closed by an accessible
 * aisle across the floor and the next row starts behind it. An item that fits nowhere is reported
 * as overflow, and packing goes on with the next item (never throws). Linear in the item count.
 */
export function packFloor(items: readonly PackItem[], width: number, depth: number, floorId: string): { zones: Zone[]; overflow: OverflowItem[] } {
  const zones: Zone[] = [];
  const overflow: OverflowItem[] = [];
  let rowFront = depth;
  let rowDepth = 0;
  let x = 0;
  let rows = 0;
  const place = (item: PackItem, px: number, front: number): void => {
    const { breakBefore: _ignored, ...rest } = item;
    zones.push({ ...rest, x: round(px), y: round(front - item.depth), width: round(item.width), depth: round(item.depth), area: round(item.width * item.depth) });
  };
  const openRow = (item: PackItem): boolean => {
    const back = rowFront - rowDepth;
    const nextFront = back - AISLE_WIDTH_M;
    if (item.width > width + 1e-9 || nextFront - item.depth < -1e-9) return false;
    rows += 1;
    zones.push({ id: `aisle-${floorId}-${rows}`, kind: 'circulation', x: 0, y: round(nextFront), width: round(width), depth: round(Math.min(AISLE_WIDTH_M, back)), area: round(width * Math.min(AISLE_WIDTH_M, back)) });
    rowFront = nextFront;
    rowDepth = item.depth;
    x = item.width;
    place(item, 0, rowFront);
    return true;
  };
  for (const item of items) {
    const rowEmpty = x === 0 && rowDepth === 0;
    const fitsHere = x + item.width <= width + 1e-9 && rowFront - item.depth >= -1e-9;
    if (rowEmpty && fitsHere) {
      place(item, x, rowFront);
      x += item.width;
      rowDepth = Math.max(rowDepth, item.depth);
      continue;
    }
    if (!rowEmpty && !item.breakBefore && fitsHere) {
      place(item, x, rowFront);
      x += item.width;
      rowDepth = Math.max(rowDepth, item.depth);
      continue;
    }
    if (!rowEmpty && openRow(item)) continue;
    if (!rowEmpty && item.breakBefore && fitsHere) {
      place(item, x, rowFront);
      x += item.width;
      rowDepth = Math.max(rowDepth, item.depth);
      continue;
    }
    const entry: OverflowItem = { id: item.id, kind: item.kind, area: round(item.width * item.depth) };
    if (item.agency !== undefined) entry.agency = item.agency;
    overflow.push(entry);
  }
  return { zones, overflow };
}
