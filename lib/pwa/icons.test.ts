import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderAppIcon } from './icons';

const theme = { primary: '#2E5E3A', onPrimary: '#FFFFFF', surface: '#FBF8F1' };
const svgLogo = { data: readFileSync(path.join(import.meta.dirname, '../../tenants/herblay/logo.svg')), mime: 'image/svg+xml' };

async function pixel(png: Buffer, x: number, y: number) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i], data[i + 1], data[i + 2]];
}

describe('app icons drawn from the council’s logo', () => {
  it('renders an SVG logo as square PNGs of the asked size, on the surface colour', async () => {
    for (const size of [192, 512] as const) {
      const png = await renderAppIcon(svgLogo, theme, size, 'any');
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
      expect(await pixel(png, 1, 1)).toEqual([0xfb, 0xf8, 0xf1]);
      // Herblay's logo is a blue square: its blue fills the middle.
      expect(await pixel(png, size / 2, Math.round(size * 0.3))).not.toEqual([0xfb, 0xf8, 0xf1]);
    }
  });

  it('keeps a maskable icon’s logo inside the safe zone', async () => {
    const png = await renderAppIcon(svgLogo, theme, 512, 'maskable');
    // 60 % of the width is the logo: at 15 % from the edge there is only background.
    expect(await pixel(png, Math.round(512 * 0.15), 256)).toEqual([0xfb, 0xf8, 0xf1]);
    expect(await pixel(png, 256, Math.round(512 * 0.25))).toEqual([0x0f, 0x4c, 0x81]);
  });

  it('reads a raster logo too', async () => {
    const raster = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#c00000' } }).png().toBuffer();
    const png = await renderAppIcon({ data: raster, mime: 'image/png' }, theme, 192, 'any');
    expect(await pixel(png, 96, 96)).toEqual([0xc0, 0, 0]);
    // "contain": a wide logo leaves background above and below.
    expect(await pixel(png, 96, 10)).toEqual([0xfb, 0xf8, 0xf1]);
  });

  it('draws a mark in the council’s colour without a logo, or with one it cannot read', async () => {
    for (const logo of [null, { data: Buffer.from('not an image'), mime: 'image/png' }]) {
      const png = await renderAppIcon(logo, theme, 192, 'any');
      expect(await pixel(png, 40, 96)).toEqual([0x2e, 0x5e, 0x3a]);
    }
  });
});
