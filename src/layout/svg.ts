import { escapeXml } from '../render/escape.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { FloorPlan, Zone, ZoneKind } from './types.js';

/** Fill colours of the zone kinds (legend order). Colour-blind-safe pairs, text stays dark on all. */
export const ZONE_COLOURS: Record<ZoneKind, string> = {
  entrance: '#fde68a',
  'information-desk': '#93c5fd',
  'ticket-kiosk': '#c4b5fd',
  'priority-counter': '#f9a8d4',
  'complaint-desk': '#fca5a5',
  'agency-counters': '#86efac',
  'waiting-area': '#e5e7eb',
  'children-corner': '#fdba74',
  'lactation-room': '#f5d0fe',
  'accessible-toilet': '#a5f3fc',
  'back-office': '#d6d3d1',
  circulation: '#f8fafc',
};

const MARGIN = 24;
const TITLE_H = 56;
const LEGEND_W = 240;
const LEGEND_ROW = 22;
const FOOT_H = 64;
const CHAR_W = 0.62;

/** Pixels per metre: about 900 px for the longer side, between 2 and 30. */
function scaleOf(plan: FloorPlan): number {
  return Math.min(30, Math.max(2, 900 / Math.max(plan.width, plan.depth)));
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Cuts a text to `max` characters (by code point), with an ellipsis; escaping happens after. */
function fit(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** Splits a label at the space nearest its middle (undefined without a space). */
function twoLines(text: string): [string, string] | undefined {
  const middle = text.length / 2;
  let best = -1;
  for (let i = 0; i < text.length; i++) if (text[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  return best < 0 ? undefined : [text.slice(0, best), text.slice(best + 1)];
}

/** A round scale-bar length (1, 2, 5, 10, 20, 50... m) about a fifth of the floor width. */
function scaleBarMetres(width: number): number {
  const target = width / 5;
  for (const step of [1, 2, 5, 10, 20, 50, 100, 200, 500]) if (step >= target) return step;
  return 1000;
}

function zoneLabel(zone: Zone, lang: Lang): { title: string; line1: string; line2?: string } {
  const kindName = t(lang, `layout.zone.${zone.kind}` as MessageKey);
  if (zone.kind === 'agency-counters') {
    const label = zone.label ?? zone.agency ?? '';
    return { title: `${label} (${t(lang, 'layout.svg.counters', { count: zone.counters ?? 0 })})`, line1: label, line2: t(lang, 'layout.svg.counters', { count: zone.counters ?? 0 }) };
  }
  if (zone.kind === 'waiting-area') {
    const seats = t(lang, 'layout.svg.seats', { count: zone.seats ?? 0 });
    return { title: `${kindName} (${seats})`, line1: kindName, line2: seats };
  }
  if (zone.kind === 'ticket-kiosk' && zone.counters) return { title: `${kindName} x${zone.counters}`, line1: kindName, line2: `x${zone.counters}` };
  return { title: kindName, line1: kindName };
}

function zoneSvg(zone: Zone, s: number, ox: number, oy: number, lang: Lang): string {
  const x = ox + zone.x * s;
  const y = oy + zone.y * s;
  const w = zone.width * s;
  const h = zone.depth * s;
  const { title, line1, line2 } = zoneLabel(zone, lang);
  const agencyAttr = zone.agency !== undefined ? ` data-agency="${escapeXml(zone.agency)}"` : '';
  const dashed = zone.kind === 'circulation' ? ' stroke-dasharray="4 3"' : '';
  const parts = [
    `<g id="${escapeXml(zone.id)}" class="zone zone-${zone.kind}" data-kind="${zone.kind}"${agencyAttr}>`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" fill="${ZONE_COLOURS[zone.kind]}" stroke="#334155" stroke-width="1"${dashed}/>`,
  ];
  const font = Math.max(6, Math.min(13, h / (line2 ? 3.2 : 2.2), w / 4));
  const maxChars = Math.floor((w - 4) / (font * CHAR_W));
  if (maxChars >= 3 && (zone.kind !== 'circulation' || h >= 14)) {
    const cx = x + w / 2;
    const first = fit(line1, maxChars);
    const split = line2 === undefined && first !== line1 ? twoLines(line1) : undefined;
    const [top, bottom] = split ?? [first, line2];
    if (bottom !== undefined && h >= font * 2.6) {
      parts.push(`<text x="${fmt(cx)}" y="${fmt(y + h / 2 - font * 0.25)}" font-size="${fmt(font)}" text-anchor="middle"${split ? '' : ' font-weight="bold"'}>${escapeXml(fit(top, maxChars))}</text>`);
      parts.push(`<text x="${fmt(cx)}" y="${fmt(y + h / 2 + font * 1.05)}" font-size="${fmt(split ? font : font * 0.9)}" text-anchor="middle">${escapeXml(fit(bottom, maxChars))}</text>`);
    } else {
      parts.push(`<text x="${fmt(cx)}" y="${fmt(y + h / 2 + font * 0.35)}" font-size="${fmt(font)}" text-anchor="middle">${escapeXml(first)}</text>`);
    }
  }
  if (zone.kind === 'entrance') {
    // The door: a thick opening on the front edge of the lobby.
    parts.push(`<line x1="${fmt(x + w * 0.2)}" y1="${fmt(y + h)}" x2="${fmt(x + w * 0.8)}" y2="${fmt(y + h)}" stroke="#b45309" stroke-width="5"/>`);
  }
  parts.push('</g>');
  return parts.join('');
}

/** One floor as a standalone SVG document: title, zones, legend, scale bar, overflow note. */
export function renderFloorSvg(plan: FloorPlan, mppName: string, lang: Lang): string {
  const s = scaleOf(plan);
  const planW = plan.width * s;
  const planH = plan.depth * s;
  const ox = MARGIN;
  const oy = TITLE_H;
  const kinds = (Object.keys(ZONE_COLOURS) as ZoneKind[]).filter((k) => plan.zones.some((z) => z.kind === k));
  const legendH = 30 + kinds.length * LEGEND_ROW;
  const width = Math.ceil(ox + planW + MARGIN + LEGEND_W);
  const height = Math.ceil(Math.max(oy + planH + FOOT_H, oy + legendH + MARGIN));
  const title = t(lang, 'layout.svg.title', { floor: plan.name, mpp: mppName });
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif" role="img" aria-labelledby="plan-title" data-floor="${escapeXml(plan.floor)}">`);
  out.push(`<title id="plan-title">${escapeXml(title)}</title>`);
  out.push(`<desc>${escapeXml(t(lang, 'layout.svg.schematic'))}</desc>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${ox}" y="24" font-size="16" font-weight="bold">${escapeXml(fit(title, Math.floor((width - 2 * MARGIN) / (16 * CHAR_W))))}</text>`);
  out.push(`<text x="${ox}" y="44" font-size="11" fill="#475569">${escapeXml(t(lang, 'layout.svg.schematic'))} ${fmt(plan.width)} m x ${fmt(plan.depth)} m</text>`);
  out.push(`<g id="zones">`);
  out.push(`<rect x="${fmt(ox)}" y="${fmt(oy)}" width="${fmt(planW)}" height="${fmt(planH)}" fill="#ffffff" stroke="#0f172a" stroke-width="3"/>`);
  for (const zone of plan.zones) if (zone.kind === 'circulation') out.push(zoneSvg(zone, s, ox, oy, lang));
  for (const zone of plan.zones) if (zone.kind !== 'circulation') out.push(zoneSvg(zone, s, ox, oy, lang));
  out.push('</g>');
  // Legend
  const lx = ox + planW + MARGIN;
  out.push(`<g id="legend"><text x="${fmt(lx)}" y="${fmt(oy + 14)}" font-size="13" font-weight="bold">${escapeXml(t(lang, 'layout.svg.legend'))}</text>`);
  kinds.forEach((kind, i) => {
    const y = oy + 30 + i * LEGEND_ROW;
    out.push(`<rect x="${fmt(lx)}" y="${fmt(y - 12)}" width="16" height="14" fill="${ZONE_COLOURS[kind]}" stroke="#334155"/>`);
    out.push(`<text x="${fmt(lx + 22)}" y="${fmt(y)}" font-size="12">${escapeXml(t(lang, `layout.zone.${kind}` as MessageKey))}</text>`);
  });
  out.push('</g>');
  // Scale bar
  const metres = scaleBarMetres(plan.width);
  const by = oy + planH + 26;
  const bw = metres * s;
  out.push(`<g id="scale-bar"><rect x="${fmt(ox)}" y="${fmt(by)}" width="${fmt(bw / 2)}" height="6" fill="#0f172a"/><rect x="${fmt(ox + bw / 2)}" y="${fmt(by)}" width="${fmt(bw / 2)}" height="6" fill="#ffffff" stroke="#0f172a"/>`);
  out.push(`<text x="${fmt(ox)}" y="${fmt(by + 20)}" font-size="11">0</text><text x="${fmt(ox + bw)}" y="${fmt(by + 20)}" font-size="11" text-anchor="middle">${metres} m</text></g>`);
  if (plan.overflow.length > 0) {
    out.push(`<text id="overflow-note" x="${fmt(ox + bw + 60)}" y="${fmt(by + 8)}" font-size="12" fill="#b91c1c" font-weight="bold">${escapeXml(t(lang, 'layout.svg.overflow', { count: plan.overflow.length }))}</text>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
