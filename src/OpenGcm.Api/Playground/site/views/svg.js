// Stand-alone SVG figures (title on top, source line at the bottom) and their export as SVG or PNG.
import { escapeXml } from './data.js';

const FONT = 'Helvetica, Arial, sans-serif';

/** Colour-blind-safe categories (Okabe and Ito); the vote keeps the same colour everywhere. */
export const CATEGORY_COLOURS = ['#0072B2', '#D55E00', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];
export const VOTE_COLOURS = { YES: '#0072B2', NO: '#D55E00', ABSTAIN: '#E69F00', NOT_VOTING: '#CC79A7' };
/** Viridis in five steps: ordered, readable in grey and by colour-blind readers. */
export const SEQUENTIAL_COLOURS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];
export const NO_DATA = '#d9d9d9';

/** Wraps a figure's body (already in SVG) with its title, description and source line. */
export function figure({ width, height, title, description, source, body, kind }) {
  const id = `t${Math.random().toString(36).slice(2, 8)}`;
  const sourceLines = wrap(source, Math.floor(width / 6.2));
  const total = height + 18 * sourceLines.length + 10;
  const sourceText = sourceLines.map((line, i) => `<text x="12" y="${height + 16 + 18 * i}" font-size="12" fill="#444">${escapeXml(line)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="figure figure-${kind}" role="img" aria-labelledby="${id}-title ${id}-desc"`
    + ` width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${FONT}">`
    + `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`
    + `<rect width="${width}" height="${total}" fill="#ffffff"/>`
    + `<text x="12" y="26" font-size="18" font-weight="bold" fill="#111" class="figure-title">${escapeXml(title)}</text>`
    + body + `<g class="figure-source">${sourceText}</g></svg>`;
}

/** Splits text into lines of at most `size` characters, at spaces. */
export function wrap(text, size) {
  const lines = [];
  let line = '';
  String(text ?? '').split(/\s+/).filter(Boolean).forEach((word) => {
    if (line && (line + ' ' + word).length > size) { lines.push(line); line = word; } else { line = line ? `${line} ${word}` : word; }
  });
  if (line) { lines.push(line); }
  return lines;
}

/** A tidy upper bound and step for an axis from 0 to `max`. */
export function niceScale(max, ticks = 5) {
  if (!(max > 0)) { return { max: 1, step: 1 }; }
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  return { max: Math.ceil(max / step) * step, step };
}

export function fileName(title, extension) {
  const base = String(title || 'opengcm').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${base || 'opengcm'}.${extension}`;
}

function download(href, name) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

export function downloadSvg(svg, title) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  download(url, fileName(title, 'svg'));
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Draws the SVG on a canvas at twice its size (a data: image, allowed by the page's policy). */
export function downloadPng(svg, title) {
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = image.width * 2;
    canvas.height = image.height * 2;
    const context = canvas.getContext('2d');
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    canvas.toBlob((blob) => {
      const url = URL.createObjectURL(blob);
      download(url, fileName(title, 'png'));
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }, 'image/png');
  };
  image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
}
