import { escapeXml } from '../render/escape.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { SimModel } from './model.js';
import type { DayFigures, SimulationResult } from './result.js';
import { BUSY_UTILISATION_THRESHOLD, IDLE_UTILISATION_THRESHOLD, MAX_AGENCY_PANELS } from './constants.js';
import { busiestDay } from './reading.js';

/** Series colours (colour-blind-safe Okabe-Ito order), one per day type. */
const SERIES = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];
const FONT = 'DejaVu Sans, Arial, sans-serif';
const CHAR_W = 0.62;

const f = (n: number): string => String(Math.round(n * 100) / 100);
const hh = (hour: number): string => `${String(hour).padStart(2, '0')}`;

/** Cuts a text to fit `width` px at `size` (the full text stays in the element's <title>). */
function fitText(text: string, width: number, size: number): string {
  const max = Math.max(1, Math.floor(width / (size * CHAR_W)));
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

function dayLabel(day: DayFigures, lang: Lang): string {
  return day.weekdays.map((w) => t(lang, `appconfig.day.${w}` as MessageKey)).join(', ');
}

/** Words wrapped to lines of about `width` px at `size`. */
function wrapLines(text: string, width: number, size: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * CHAR_W)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && Array.from(`${line} ${word}`).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A round axis maximum (1, 2, 5 x 10^k) at or above `value`. */
function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

interface Panel {
  x: number;
  y: number;
  width: number;
  height: number;
  hours: number[];
  max: number;
}

function axes(p: Panel, title: string, unit: string): string[] {
  const out: string[] = [];
  out.push(`<text x="${f(p.x)}" y="${f(p.y - 8)}" font-size="13" font-weight="bold">${escapeXml(title)}</text>`);
  out.push(`<rect x="${f(p.x)}" y="${f(p.y)}" width="${f(p.width)}" height="${f(p.height)}" fill="#ffffff" stroke="#94a3b8"/>`);
  for (const share of [0, 0.5, 1]) {
    const y = p.y + p.height - share * p.height;
    out.push(`<line x1="${f(p.x)}" y1="${f(y)}" x2="${f(p.x + p.width)}" y2="${f(y)}" stroke="#e2e8f0"/>`);
    out.push(`<text x="${f(p.x - 6)}" y="${f(y + 4)}" font-size="10" text-anchor="end">${f(share * p.max)}</text>`);
  }
  const step = p.width / Math.max(1, p.hours.length);
  p.hours.forEach((h, i) => out.push(`<text x="${f(p.x + step * (i + 0.5))}" y="${f(p.y + p.height + 14)}" font-size="10" text-anchor="middle">${hh(h)}</text>`));
  out.push(`<text x="${f(p.x + p.width)}" y="${f(p.y + p.height + 28)}" font-size="10" text-anchor="end" fill="#475569">${escapeXml(unit)}</text>`);
  return out;
}

function line(p: Panel, values: Array<number | null>, colour: string, dashed: boolean, cls: string): string {
  const step = p.width / Math.max(1, p.hours.length);
  const points: string[] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    points.push(`${f(p.x + step * (i + 0.5))},${f(p.y + p.height - (Math.min(v, p.max) / p.max) * p.height)}`);
  });
  if (points.length === 0) return '';
  const dash = dashed ? ' stroke-dasharray="5 3"' : '';
  const dots = points.map((pt) => `<circle class="${cls}" cx="${pt.split(',')[0]}" cy="${pt.split(',')[1]}" r="2.5" fill="${colour}"/>`).join('');
  return `<polyline class="${cls}" points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>${dots}`;
}

function reference(p: Panel, value: number, label: string): string {
  if (!(value > 0) || value > p.max) return '';
  const y = p.y + p.height - (value / p.max) * p.height;
  return `<line x1="${f(p.x)}" y1="${f(y)}" x2="${f(p.x + p.width)}" y2="${f(y)}" stroke="#b91c1c" stroke-width="1.5" stroke-dasharray="2 2"/><text x="${f(p.x + p.width - 4)}" y="${f(y - 4)}" font-size="10" text-anchor="end" fill="#b91c1c">${escapeXml(label)}</text>`;
}

function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" font-family="${FONT}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${Math.ceil(width)}" height="${Math.ceil(height)}" fill="#ffffff"/>`,
    `<text x="24" y="26" font-size="15" font-weight="bold">${escapeXml(fitText(title, width - 48, 15))}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Union of the day types' hours. */
function allHours(result: SimulationResult): number[] {
  return [...new Set(result.days.flatMap((d) => d.building.hours.map((h) => h.hour)))].sort((a, b) => a - b);
}

/** Building chart: people waiting (95th percentile and mean) against the seats, and the wait against the limit, per hour and day type. */
export function buildingChart(model: SimModel, result: SimulationResult, lang: Lang): string {
  const hours = allHours(result);
  const plotW = Math.max(480, hours.length * 48);
  const width = 64 + plotW + 260;
  const byHour = (d: DayFigures, pick: (h: DayFigures['building']['hours'][number]) => number | null): Array<number | null> =>
    hours.map((hour) => {
      const row = d.building.hours.find((h) => h.hour === hour);
      return row ? pick(row) : null;
    });
  const people = result.days.flatMap((d) => d.building.hours.map((h) => h.peopleP95));
  const waits = result.days.flatMap((d) => d.building.hours.map((h) => h.waitP95 ?? 0));
  const queue: Panel = { x: 64, y: 70, width: plotW, height: 200, hours, max: niceMax(Math.max(model.seats.building, ...people)) };
  const wait: Panel = { x: 64, y: 350, width: plotW, height: 200, hours, max: niceMax(Math.max(model.serviceLevel.maxWaitMinutes, ...waits)) };
  const body: string[] = [];
  body.push(...axes(queue, t(lang, 'sim.chart.people'), t(lang, 'sim.chart.hourAxis')));
  body.push(reference(queue, model.seats.building, t(lang, 'sim.chart.seats', { seats: model.seats.building })));
  body.push(...axes(wait, t(lang, 'sim.chart.wait'), t(lang, 'sim.chart.hourAxis')));
  body.push(reference(wait, model.serviceLevel.maxWaitMinutes, t(lang, 'sim.chart.limit', { minutes: model.serviceLevel.maxWaitMinutes })));
  result.days.forEach((d, i) => {
    const colour = SERIES[i % SERIES.length];
    body.push(`<g class="series" data-day="${escapeXml(d.day)}">`);
    body.push(line(queue, byHour(d, (h) => h.peopleP95), colour, false, 'people-p95'));
    body.push(line(queue, byHour(d, (h) => h.queueMean), colour, true, 'queue-mean'));
    body.push(line(wait, byHour(d, (h) => h.waitP95), colour, false, 'wait-p95'));
    body.push(line(wait, byHour(d, (h) => h.waitMean), colour, true, 'wait-mean'));
    body.push('</g>');
  });
  // Legend: day types, then what solid and dashed mean.
  const lx = 64 + plotW + 24;
  body.push(`<g id="legend"><text x="${f(lx)}" y="84" font-size="12" font-weight="bold">${escapeXml(t(lang, 'sim.chart.legend'))}</text>`);
  result.days.forEach((d, i) => {
    const y = 104 + i * 34;
    body.push(`<line x1="${f(lx)}" y1="${f(y - 4)}" x2="${f(lx + 18)}" y2="${f(y - 4)}" stroke="${SERIES[i % SERIES.length]}" stroke-width="3"/>`);
    const label = dayLabel(d, lang);
    body.push(`<text x="${f(lx + 24)}" y="${f(y)}" font-size="11">${escapeXml(fitText(label, 200, 11))}<title>${escapeXml(label)}</title></text>`);
  });
  const ly = 104 + result.days.length * 34 + 10;
  body.push(`<line x1="${f(lx)}" y1="${f(ly - 4)}" x2="${f(lx + 18)}" y2="${f(ly - 4)}" stroke="#334155" stroke-width="2"/><text x="${f(lx + 24)}" y="${f(ly)}" font-size="11">${escapeXml(t(lang, 'sim.chart.p95'))}</text>`);
  body.push(`<line x1="${f(lx)}" y1="${f(ly + 16)}" x2="${f(lx + 18)}" y2="${f(ly + 16)}" stroke="#334155" stroke-width="2" stroke-dasharray="5 3"/><text x="${f(lx + 24)}" y="${f(ly + 20)}" font-size="11">${escapeXml(t(lang, 'sim.chart.mean'))}</text></g>`);
  return svgDocument(width, 600, t(lang, 'sim.chart.buildingTitle', { mpp: model.mpp }), body);
}

/** Per agency (busiest day type): queue per hour (bars: mean; ticks: 95th percentile) and the wait (line: mean; dots: 95th percentile). */
export function agencyChart(model: SimModel, result: SimulationResult, lang: Lang): string {
  const day = busiestDay(result);
  const hours = day.building.hours.map((h) => h.hour);
  const cols = 3;
  const panelW = Math.max(220, hours.length * 26);
  const panelH = 90;
  const cellW = panelW + 70;
  const cellH = 2 * panelH + 80;
  // The busiest agencies (answers order among them), at most MAX_AGENCY_PANELS.
  const shown = model.agencies
    .map((agency, a) => ({ agency, a }))
    .sort((x, y) => day.agencies[y.a].visitors - day.agencies[x.a].visitors || x.a - y.a)
    .slice(0, MAX_AGENCY_PANELS)
    .sort((x, y) => x.a - y.a);
  const rows = Math.ceil(shown.length / cols);
  const subtitle = t(lang, 'sim.chart.agencySubtitle', { days: dayLabel(day, lang) }) + (shown.length < model.agencies.length ? ` ${t(lang, 'sim.chart.busiestOnly', { shown: shown.length, total: model.agencies.length })}` : '');
  const body: string[] = [];
  wrapLines(subtitle, 60 + cols * cellW - 48, 11).forEach((line, i) => body.push(`<text x="24" y="${46 + i * 14}" font-size="11" fill="#475569">${escapeXml(line)}</text>`));
  shown.forEach(({ agency, a }, index) => {
    const figures = day.agencies[a];
    const x = 60 + (index % cols) * cellW;
    const y = 90 + Math.floor(index / cols) * cellH;
    const queue: Panel = { x, y: y + 10, width: panelW, height: panelH, hours, max: niceMax(Math.max(1, ...figures.hours.map((h) => h.queueP95))) };
    const wait: Panel = { x, y: y + panelH + 40, width: panelW, height: panelH, hours, max: niceMax(Math.max(model.serviceLevel.maxWaitMinutes, ...figures.hours.map((h) => h.waitP95 ?? 0))) };
    body.push(`<g class="agency-panel" data-agency="${escapeXml(agency.id)}"><title>${escapeXml(agency.label)}</title>`);
    body.push(`<text x="${f(x)}" y="${f(y - 4)}" font-size="12" font-weight="bold">${escapeXml(fitText(agency.label, panelW, 12))}</text>`);
    body.push(`<rect x="${f(x)}" y="${f(queue.y)}" width="${f(panelW)}" height="${f(panelH)}" fill="#ffffff" stroke="#94a3b8"/>`);
    const step = panelW / Math.max(1, hours.length);
    figures.hours.forEach((h, i) => {
      const barH = (h.queueMean / queue.max) * panelH;
      body.push(`<rect class="queue-mean" x="${f(x + step * i + step * 0.2)}" y="${f(queue.y + panelH - barH)}" width="${f(step * 0.6)}" height="${f(barH)}" fill="#56b4e9"/>`);
      const tick = queue.y + panelH - (Math.min(h.queueP95, queue.max) / queue.max) * panelH;
      body.push(`<line class="queue-p95" x1="${f(x + step * i + step * 0.1)}" y1="${f(tick)}" x2="${f(x + step * (i + 0.9))}" y2="${f(tick)}" stroke="#0072b2" stroke-width="2"/>`);
    });
    body.push(`<text x="${f(x - 4)}" y="${f(queue.y + 10)}" font-size="9" text-anchor="end">${f(queue.max)}</text><text x="${f(x - 4)}" y="${f(queue.y + panelH)}" font-size="9" text-anchor="end">0</text>`);
    body.push(`<text x="${f(x + panelW)}" y="${f(queue.y - 2)}" font-size="9" text-anchor="end" fill="#475569">${escapeXml(t(lang, 'sim.chart.queueShort'))}</text>`);
    body.push(`<rect x="${f(x)}" y="${f(wait.y)}" width="${f(panelW)}" height="${f(panelH)}" fill="#ffffff" stroke="#94a3b8"/>`);
    body.push(reference(wait, model.serviceLevel.maxWaitMinutes, `${model.serviceLevel.maxWaitMinutes}`));
    body.push(line(wait, figures.hours.map((h) => h.waitMean), '#d55e00', true, 'wait-mean'));
    body.push(line(wait, figures.hours.map((h) => h.waitP95), '#d55e00', false, 'wait-p95'));
    body.push(`<text x="${f(x - 4)}" y="${f(wait.y + 10)}" font-size="9" text-anchor="end">${f(wait.max)}</text><text x="${f(x - 4)}" y="${f(wait.y + panelH)}" font-size="9" text-anchor="end">0</text>`);
    body.push(`<text x="${f(x + panelW)}" y="${f(wait.y - 2)}" font-size="9" text-anchor="end" fill="#475569">${escapeXml(t(lang, 'sim.chart.waitShort'))}</text>`);
    hours.forEach((h, i) => body.push(`<text x="${f(x + step * (i + 0.5))}" y="${f(wait.y + panelH + 12)}" font-size="9" text-anchor="middle">${hh(h)}</text>`));
    body.push('</g>');
  });
  return svgDocument(60 + cols * cellW, 100 + rows * cellH, t(lang, 'sim.chart.agencyTitle', { mpp: model.mpp }), body);
}

/** Utilisation of every counter (busiest day type), with the idle and busy thresholds. */
export function counterChart(model: SimModel, result: SimulationResult, lang: Lang): string {
  const day = busiestDay(result);
  const staffed = day.pools.filter((p) => p.counters > 0);
  // A very large MPP shows its least and its most used counter groups (MAX_AGENCY_PANELS each).
  const byUse = [...staffed].sort((a, b) => (a.utilisation ?? 0) - (b.utilisation ?? 0) || a.pool.localeCompare(b.pool));
  const keep = staffed.length > 2 * MAX_AGENCY_PANELS ? new Set([...byUse.slice(0, MAX_AGENCY_PANELS), ...byUse.slice(-MAX_AGENCY_PANELS)]) : new Set(staffed);
  const pools = staffed.filter((p) => keep.has(p));
  const labelW = 200;
  const barW = 14;
  const maxCounters = Math.max(1, ...pools.map((p) => p.counters));
  const plotW = Math.max(300, maxCounters * (barW + 4));
  const rowH = 34;
  const top = 80;
  const width = 24 + labelW + plotW + 160;
  const body: string[] = [`<text x="24" y="46" font-size="11" fill="#475569">${escapeXml(t(lang, 'sim.chart.counterSubtitle', { days: dayLabel(day, lang), idle: Math.round(IDLE_UTILISATION_THRESHOLD * 100), busy: Math.round(BUSY_UTILISATION_THRESHOLD * 100) }))}</text>`];
  pools.forEach((pool, i) => {
    const y = top + i * rowH;
    body.push(`<g class="pool" data-pool="${escapeXml(pool.pool)}"${pool.agency !== undefined ? ` data-agency="${escapeXml(pool.agency)}"` : ''}><title>${escapeXml(`${pool.label}: ${Math.round((pool.utilisation ?? 0) * 100)}%`)}</title>`);
    body.push(`<text x="${f(24 + labelW - 8)}" y="${f(y + rowH / 2 + 4)}" font-size="11" text-anchor="end">${escapeXml(fitText(pool.label, labelW - 12, 11))}</text>`);
    pool.counterUtilisation.forEach((u, k) => {
      const value = u ?? 0;
      const h = Math.min(1, value) * (rowH - 6);
      const colour = value < IDLE_UTILISATION_THRESHOLD ? '#d55e00' : value > BUSY_UTILISATION_THRESHOLD ? '#e69f00' : '#009e73';
      body.push(`<rect class="counter" x="${f(24 + labelW + k * (barW + 4))}" y="${f(y + rowH - 3 - h)}" width="${barW}" height="${f(h)}" fill="${colour}"><title>${escapeXml(`${pool.label} ${k + 1}: ${Math.round(value * 100)}%`)}</title></rect>`);
    });
    body.push(`<line x1="${f(24 + labelW)}" y1="${f(y + rowH - 3)}" x2="${f(24 + labelW + plotW)}" y2="${f(y + rowH - 3)}" stroke="#94a3b8"/>`);
    body.push(`<line x1="${f(24 + labelW)}" y1="${f(y + rowH - 3 - IDLE_UTILISATION_THRESHOLD * (rowH - 6))}" x2="${f(24 + labelW + plotW)}" y2="${f(y + rowH - 3 - IDLE_UTILISATION_THRESHOLD * (rowH - 6))}" stroke="#d55e00" stroke-dasharray="2 2"/>`);
    body.push(`<text x="${f(24 + labelW + plotW + 8)}" y="${f(y + rowH / 2 + 4)}" font-size="11">${Math.round((pool.utilisation ?? 0) * 100)}%</text>`);
    body.push('</g>');
  });
  const ly = top + pools.length * rowH + 24;
  const legend = [
    ['#d55e00', t(lang, 'sim.chart.idle', { threshold: Math.round(IDLE_UTILISATION_THRESHOLD * 100) })],
    ['#009e73', t(lang, 'sim.chart.ok')],
    ['#e69f00', t(lang, 'sim.chart.busy', { threshold: Math.round(BUSY_UTILISATION_THRESHOLD * 100) })],
  ];
  legend.forEach(([colour, text], i) => body.push(`<rect x="24" y="${f(ly + i * 18 - 10)}" width="12" height="12" fill="${colour}"/><text x="42" y="${f(ly + i * 18)}" font-size="11">${escapeXml(text)}</text>`));
  return svgDocument(width, ly + legend.length * 18 + 20, t(lang, 'sim.chart.counterTitle', { mpp: model.mpp }), body);
}
