import 'server-only';
import sharp from 'sharp';
import type { CouncilTheme } from '@/db/schema/councils';
import { ICON_SIZES } from './icons-meta';

export type IconSize = (typeof ICON_SIZES)[number];
export type IconPurpose = 'any' | 'maskable';

/** Accepted logo types: what the logo upload (A2) accepts, and what sharp can read. */
const READABLE = new Set(['image/svg+xml', 'image/png', 'image/jpeg', 'image/webp', 'image/gif']);

/**
 * A square PNG app icon (R11) drawn from the council's stored logo, whatever its format, on its
 * surface colour. A maskable icon keeps the logo inside the central safe zone (80 % circle),
 * since launchers may crop it to any shape. Without a usable logo, a plain mark in the
 * council's colours stands in.
 */
export async function renderAppIcon(
  logo: { data: Buffer; mime: string } | null,
  theme: Pick<CouncilTheme, 'primary' | 'onPrimary' | 'surface'>,
  size: IconSize,
  purpose: IconPurpose,
): Promise<Buffer> {
  const inner = Math.round(size * (purpose === 'maskable' ? 0.6 : 0.84));
  const source = logo && READABLE.has(logo.mime) ? logo.data : fallbackMark(theme);
  let art: Buffer;
  try {
    art = await rasterise(source, inner);
  } catch {
    art = await rasterise(fallbackMark(theme), inner);
  }
  return sharp({ create: { width: size, height: size, channels: 4, background: theme.surface } })
    .composite([{ input: art, gravity: 'centre' }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

async function rasterise(input: Buffer, box: number): Promise<Buffer> {
  // An SVG is rendered at a density that makes it crisp at the target size, not scaled up.
  return sharp(input, { density: 300, limitInputPixels: 40_000_000 })
    .resize(box, box, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
}

/** A heart in a rounded square, in the council's colours: no text, so no font is needed. */
function fallbackMark(theme: Pick<CouncilTheme, 'primary' | 'onPrimary'>): Buffer {
  const hex = (c: string) => (/^#[0-9a-f]{3,8}$/i.test(c) ? c : '#1e3a5f');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><rect width="120" height="120" rx="26" fill="${hex(theme.primary)}"/>` +
      `<path d="M60 40c-9-12-30-8-30 9 0 14 18 26 30 35 12-9 30-21 30-35 0-17-21-21-30-9z" fill="${hex(theme.onPrimary)}"/></svg>`,
  );
}
