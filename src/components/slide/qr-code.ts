/**
 * A QR code as one SVG path, made at build time (this module runs in Astro's
 * frontmatter, never in the browser): no script, no image request, and it
 * prints. Dark modules are drawn as runs along each row, so a code for a URL
 * is one short path the page inlines.
 */
import QRCode from 'qrcode';

/** Light modules around the code; scanners expect four. */
export const QUIET_ZONE = 4;

export interface QrSvg {
  /** Modules per side, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** The dark modules, in viewBox units (one module = 1). */
  path: string;
}

/** Which modules are dark: rows of booleans, without the quiet zone. */
export function qrModules(text: string): boolean[][] {
  // Level M: a code projected on a screen and scanned across a room survives
  // glare and a partly covered corner, and a site URL still fits a small version.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, y) => Array.from({ length: modules.size }, (_, x) => modules.data[y * modules.size + x] === 1));
}

export function qrSvg(text: string): QrSvg {
  const rows = qrModules(text);
  let path = '';
  rows.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`;
    }
  });
  return { size: rows.length + 2 * QUIET_ZONE, path };
}
