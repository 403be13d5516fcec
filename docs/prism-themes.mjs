/**
 * Code colours that keep every token readable: the light and dark Prism themes with each token
 * colour moved towards black (light theme) or white (dark theme) until it has a contrast of at
 * least 4.5:1 against the code background (WCAG 2 AA; axe-core checks it on every page).
 */
import { themes } from 'prism-react-renderer';

const MIN_CONTRAST = 4.6;

function rgb(color) {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  }
  const fn = /^rgba?\(([^)]*)\)$/i.exec(color);
  if (fn) return fn[1].split(',').slice(0, 3).map((v) => Number(v.trim()));
  return undefined;
}

function luminance([r, g, b]) {
  const lin = (v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** `color` moved step by step towards `target` ([r, g, b]) until it reads on `background`. */
function readable(color, background, target) {
  const from = rgb(color);
  const bg = rgb(background);
  if (!from || !bg) return color;
  let c = from;
  for (let step = 0; step <= 20 && contrast(c, bg) < MIN_CONTRAST; step++) {
    c = from.map((v, i) => Math.round(v + ((target[i] - v) * step) / 20));
  }
  return `rgb(${c.join(', ')})`;
}

function accessible(theme, target) {
  const bg = theme.plain.backgroundColor;
  const fix = (style) => (style.color ? { ...style, color: readable(style.color, bg, target) } : style);
  return { ...theme, plain: fix(theme.plain), styles: theme.styles.map((s) => ({ ...s, style: fix(s.style) })) };
}

export const lightCodeTheme = accessible(themes.vsLight, [0, 0, 0]);
export const darkCodeTheme = accessible(themes.dracula, [255, 255, 255]);
