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
  'payment-counters': '#fcd34d',
  'agency-counters': '#86efac',
  'waiting-area': '#e5e7eb',
  'back-office': '#d6d3d1',
  stairs: '#cbd5e1',
  lift: '#a8a29e',
  'accessible-toilet': '#a5f3fc',
  'lactation-room': '#f5d0fe',
  'prayer-room': '#bbf7d0',
  'first-aid': '#fecaca',
  'children-corner': '#fdba74',
  circulation: '#f8fafc',
};

const MARGIN = 24;
const TITLE_H = 56;
const LEGEND_W = 320;
const FOOT_H = 64;
const FONT_MAX = 13;
const FONT_MIN = 7;

/**
 * A conservative width estimate of a text in DejaVu Sans (the plans' first font), in pixels:
 * per-character advance widths in em, rounded up, bold 8% wider; characters outside Latin count
 * as wide. Used so that no label is drawn wider than its box (a browser test measures the result).
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of Array.from(text)) {
    const code = ch.codePointAt(0) ?? 0;
    if (code > 0x24f) em += 1.15;
    else if (' .,;:!|\'`ijlIft()[]'.includes(ch)) em += 0.4;
    else if ('MWmw@%'.includes(ch)) em += 1.0;
    else if (/[A-Z]/.test(ch) || /[0-9]/.test(ch)) em += 0.74;
    else em += 0.66;
  }
  return em * size * (bold ? 1.08 : 1);
}

/** Words wrapped into lines no wider than `width` px (a word longer than a line is broken by characters). */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string): void => {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= width) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    if (textWidth(word, size, bold) <= width) {
      line = word;
      return;
    }
    let piece = '';
    for (const ch of Array.from(word)) {
      if (textWidth(piece + ch, size, bold) > width && piece) {
        lines.push(piece);
        piece = '';
      }
      piece += ch;
    }
    line = piece;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}

/** Pixels per metre: about 900 px for the longer side, between 2 and 30. */
function scaleOf(plan: FloorPlan): number {
  return Math.min(30, Math.max(2, 900 / Math.max(plan.width, plan.depth)));
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A round scale-bar length (1, 2, 5, 10, 20, 50... m) about a fifth of the floor width. */
function scaleBarMetres(width: number): number {
  const target = width / 5;
  for (const step of [1, 2, 5, 10, 20, 50, 100, 200, 500]) if (step >= target) return step;
  return 1000;
}

function kindName(kind: ZoneKind, lang: Lang): string {
  return t(lang, `layout.zone.${kind}` as MessageKey);
}

/** The zone's full name, its detail line (counters, seats) and its short name. */
function zoneTexts(zone: Zone, lang: Lang): { name: string; detail?: string; short: string } {
  if (zone.kind === 'agency-counters') {
    const label = zone.label ?? zone.agency ?? '';
    return { name: label, detail: t(lang, 'layout.svg.counters', { count: zone.counters ?? 0 }), short: label };
  }
  const name = kindName(zone.kind, lang);
  const short = t(lang, `layout.zoneShort.${zone.kind}` as MessageKey);
  if (zone.kind === 'waiting-area') return { name, detail: t(lang, 'layout.svg.seats', { count: zone.seats ?? 0 }), short };
  if ((zone.kind === 'ticket-kiosk' || zone.kind === 'payment-counters') && zone.counters) return { name, detail: `x${zone.counters}`, short };
  return { name, short };
}

interface Placed {
  lines: Array<{ text: string; bold: boolean }>;
  size: number;
}

/** The largest text (full name with detail, full name, short name with detail, short name) that fits the box; undefined when only a key fits. */
function fitLabel(zone: Zone, w: number, h: number, lang: Lang): Placed | undefined {
  const { name, detail, short } = zoneTexts(zone, lang);
  const bold = zone.kind === 'agency-counters';
  const candidates: Array<Array<{ text: string; bold: boolean }>> = [];
  if (detail) candidates.push([{ text: name, bold }, { text: detail, bold: false }]);
  candidates.push([{ text: name, bold }]);
  if (short !== name) {
    if (detail) candidates.push([{ text: short, bold }, { text: detail, bold: false }]);
    candidates.push([{ text: short, bold }]);
  }
  for (const lines of candidates) {
    for (let size = Math.min(FONT_MAX, Math.floor((h - 4) / (lines.length * 1.3))); size >= FONT_MIN; size--) {
      if (lines.every((l) => textWidth(l.text, size, l.bold) <= w - 6)) return { lines, size };
    }
  }
  return undefined;
}

function zoneSvg(zone: Zone, s: number, ox: number, oy: number, lang: Lang, keyOf: (zone: Zone) => number): string {
  const x = ox + zone.x * s;
  const y = oy + zone.y * s;
  const w = zone.width * s;
  const h = zone.depth * s;
  const { name, detail } = zoneTexts(zone, lang);
  const title = detail ? `${name} (${detail})` : name;
  const agencyAttr = zone.agency !== undefined ? ` data-agency="${escapeXml(zone.agency)}"` : '';
  const requiredAttr = zone.requiredBy !== undefined ? ` data-required="true"` : '';
  const dashed = zone.kind === 'circulation' ? ' stroke-dasharray="4 3"' : '';
  const parts = [
    `<g id="${escapeXml(zone.id)}" class="zone zone-${zone.kind}" data-kind="${zone.kind}"${agencyAttr}${requiredAttr}>`,
    `<title>${escapeXml(zone.requiredBy ? `${title} * ${t(lang, zone.requiredBy as MessageKey)}` : title)}</title>`,
    `<rect class="box" x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" fill="${ZONE_COLOURS[zone.kind]}" stroke="#334155" stroke-width="1"${dashed}/>`,
  ];
  if (zone.kind === 'agency-counters' || zone.kind === 'payment-counters' || zone.kind === 'priority-counter') {
    // Counter modules: dividers between counters and the desk along the front (facing the waiting zone).
    const n = Math.max(1, zone.counters ?? 1);
    for (let k = 1; k < n; k++) parts.push(`<line x1="${fmt(x + (w * k) / n)}" y1="${fmt(y)}" x2="${fmt(x + (w * k) / n)}" y2="${fmt(y + h)}" stroke="#64748b" stroke-width="0.5"/>`);
    const deskY = zone.facing === 'back' ? y + 0.9 * s : y + h - 0.9 * s;
    parts.push(`<line class="desk" x1="${fmt(x + 1)}" y1="${fmt(deskY)}" x2="${fmt(x + w - 1)}" y2="${fmt(deskY)}" stroke="#166534" stroke-width="2"/>`);
  }
  if (zone.kind === 'stairs') {
    for (let k = 1; k < 10; k++) parts.push(`<line x1="${fmt(x)}" y1="${fmt(y + (h * k) / 10)}" x2="${fmt(x + w)}" y2="${fmt(y + (h * k) / 10)}" stroke="#64748b" stroke-width="0.6"/>`);
  }
  if (zone.kind === 'lift') {
    parts.push(`<line x1="${fmt(x)}" y1="${fmt(y)}" x2="${fmt(x + w)}" y2="${fmt(y + h)}" stroke="#57534e"/><line x1="${fmt(x + w)}" y1="${fmt(y)}" x2="${fmt(x)}" y2="${fmt(y + h)}" stroke="#57534e"/>`);
  }
  if (zone.kind !== 'circulation') {
    // Counters keep their label clear of the desk band (0.9 m on the visitors' side).
    const desk = zone.kind === 'agency-counters' || zone.kind === 'payment-counters' || zone.kind === 'priority-counter' ? Math.min(h / 2, 0.9 * s + 1) : 0;
    const labelY = zone.facing === 'back' ? y + desk : y;
    const labelH = h - desk;
    const placed = fitLabel(zone, w, labelH, lang);
    const cx = x + w / 2;
    if (placed) {
      const lineH = placed.size * 1.25;
      const top = labelY + labelH / 2 - (placed.lines.length * lineH) / 2 + placed.size * 0.95;
      placed.lines.forEach((line, i) => {
        const background = zone.kind === 'stairs' || zone.kind === 'lift' ? ' paint-order="stroke" stroke="#ffffff" stroke-width="3"' : '';
        parts.push(`<text class="label" x="${fmt(cx)}" y="${fmt(top + i * lineH)}" font-size="${placed.size}" text-anchor="middle"${line.bold ? ' font-weight="bold"' : ''}${background}>${escapeXml(line.text)}</text>`);
      });
    } else {
      const key = String(keyOf(zone));
      for (let size = Math.min(FONT_MAX, Math.floor(labelH - 4)); size >= FONT_MIN; size--) {
        if (textWidth(key, size, true) <= w - 4) {
          parts.push(`<text class="label key" x="${fmt(cx)}" y="${fmt(labelY + labelH / 2 + size * 0.36)}" font-size="${size}" text-anchor="middle" font-weight="bold">${key}</text>`);
          break;
        }
      }
    }
  }
  if (zone.kind === 'entrance') {
    // The door: a thick opening on the front edge of the lobby.
    parts.push(`<line x1="${fmt(x + w * 0.2)}" y1="${fmt(y + h)}" x2="${fmt(x + w * 0.8)}" y2="${fmt(y + h)}" stroke="#b45309" stroke-width="5"/>`);
  }
  parts.push('</g>');
  return parts.join('');
}

/** One floor as a standalone SVG document: title, zones, legend (kinds, rules, numbered keys), scale bar, overflow note. */
export function renderFloorSvg(plan: FloorPlan, mppName: string, lang: Lang): string {
  const s = scaleOf(plan);
  const planW = plan.width * s;
  const planH = plan.depth * s;
  const ox = MARGIN;
  const oy = TITLE_H;
  // Numbered keys for zones whose name does not fit: numbered in drawing order.
  const keys: Array<{ key: number; zone: Zone }> = [];
  const keyOf = (zone: Zone): number => {
    keys.push({ key: keys.length + 1, zone });
    return keys.length;
  };
  const zonesSvg: string[] = [];
  for (const zone of plan.zones) if (zone.kind === 'circulation') zonesSvg.push(zoneSvg(zone, s, ox, oy, lang, keyOf));
  for (const zone of plan.zones) if (zone.kind !== 'circulation') zonesSvg.push(zoneSvg(zone, s, ox, oy, lang, keyOf));

  // Legend: one entry per kind present, the rules behind required spaces, the numbered keys; every line wrapped to the legend width.
  const lx = ox + planW + MARGIN;
  const legend: string[] = [];
  let ly = oy + 14;
  const textW = LEGEND_W - 28;
  const write = (text: string, x: number, size: number, bold = false, width = textW): void => {
    for (const line of wrapText(text, width, size, bold)) {
      legend.push(`<text x="${fmt(x)}" y="${fmt(ly)}" font-size="${size}"${bold ? ' font-weight="bold"' : ''}>${escapeXml(line)}</text>`);
      ly += size * 1.35;
    }
  };
  write(t(lang, 'layout.svg.legend'), lx, 13, true, LEGEND_W);
  ly += 4;
  const kinds = (Object.keys(ZONE_COLOURS) as ZoneKind[]).filter((k) => plan.zones.some((z) => z.kind === k));
  const rules = new Map<string, string>();
  for (const kind of kinds) {
    const rule = plan.zones.find((z) => z.kind === kind && z.requiredBy !== undefined)?.requiredBy;
    legend.push(`<rect x="${fmt(lx)}" y="${fmt(ly - 11)}" width="16" height="14" fill="${ZONE_COLOURS[kind]}" stroke="#334155"${kind === 'circulation' ? ' stroke-dasharray="3 2"' : ''}/>`);
    const short = t(lang, `layout.zoneShort.${kind}` as MessageKey);
    const name = kindName(kind, lang);
    write(`${name}${short !== name && kind !== 'agency-counters' ? ` (${short})` : ''}${rule ? ' *' : ''}`, lx + 22, 12, false, textW);
    if (rule) rules.set(rule, t(lang, rule as MessageKey));
    ly += 2;
  }
  if (rules.size > 0) {
    ly += 4;
    for (const text of rules.values()) write(t(lang, 'layout.svg.required', { rule: text }), lx, 11, false, LEGEND_W);
  }
  if (plan.zones.some((z) => z.kind === 'circulation')) {
    ly += 4;
    write(t(lang, 'layout.svg.route'), lx, 11, false, LEGEND_W);
  }
  if (keys.length > 0) {
    ly += 6;
    write(t(lang, 'layout.svg.keys'), lx, 12, true, LEGEND_W);
    for (const { key, zone } of keys) {
      const { name, detail } = zoneTexts(zone, lang);
      legend.push(`<text x="${fmt(lx)}" y="${fmt(ly)}" font-size="11" font-weight="bold">${key}</text>`);
      write(detail ? `${name} (${detail})` : name, lx + 26, 11, false, LEGEND_W - 26);
    }
  }
  const legendBottom = ly + MARGIN;

  const width = Math.ceil(ox + planW + MARGIN + LEGEND_W + MARGIN);
  const height = Math.ceil(Math.max(oy + planH + FOOT_H, legendBottom));
  const title = t(lang, 'layout.svg.title', { floor: plan.name, mpp: mppName });
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif" role="img" aria-labelledby="plan-title" data-floor="${escapeXml(plan.floor)}">`);
  out.push(`<title id="plan-title">${escapeXml(title)}</title>`);
  out.push(`<desc>${escapeXml(t(lang, 'layout.svg.schematic'))}</desc>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  const titleLines = wrapText(title, width - 2 * MARGIN, 16, true);
  out.push(`<text id="plan-heading" x="${ox}" y="24" font-size="16" font-weight="bold">${escapeXml(titleLines[0] ?? '')}${titleLines.length > 1 ? '…' : ''}</text>`);
  out.push(`<text x="${ox}" y="44" font-size="11" fill="#475569">${escapeXml(t(lang, 'layout.svg.schematic'))} ${fmt(plan.width)} m x ${fmt(plan.depth)} m</text>`);
  out.push(`<g id="zones">`);
  out.push(`<rect x="${fmt(ox)}" y="${fmt(oy)}" width="${fmt(planW)}" height="${fmt(planH)}" fill="#ffffff" stroke="#0f172a" stroke-width="3"/>`);
  out.push(...zonesSvg);
  out.push('</g>');
  out.push(`<g id="legend">${legend.join('')}</g>`);
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
