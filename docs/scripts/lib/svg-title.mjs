/** The text alternative an SVG carries: its first <title>, followed by its first <desc> when it has one. */

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlText(text) {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function firstElementText(svg, name) {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'i').exec(svg);
  return match ? decodeXmlText(match[1]) : '';
}

/** "Title. Description" of an SVG document, or undefined when it has no title. */
export function svgTitle(svg) {
  const title = firstElementText(svg, 'title');
  if (!title) return undefined;
  const desc = firstElementText(svg, 'desc');
  return desc ? `${title}. ${desc}` : title;
}
