import 'server-only';
import sharp from 'sharp';
import { checkLogoBytes, type LogoCheck } from './logo-file';

const MAX_SIDE = 4096;
const MIN_SIDE = 16;

/**
 * The full check of an uploaded logo (A2): right size and type by its bytes, then actually
 * decoded, so a file that only starts like a PNG is refused too. The type sharp finds must be
 * the one the bytes announced.
 */
export async function checkLogoFile(bytes: Uint8Array): Promise<LogoCheck> {
  const first = checkLogoBytes(bytes);
  if (!first.ok) return first;
  try {
    const meta = await sharp(bytes, { limitInputPixels: MAX_SIDE * MAX_SIDE }).metadata();
    const format = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' }[meta.format as string];
    if (format !== first.mime || !meta.width || !meta.height) return { ok: false, reason: 'unreadable' };
    if (meta.width > MAX_SIDE || meta.height > MAX_SIDE || meta.width < MIN_SIDE || meta.height < MIN_SIDE) return { ok: false, reason: 'unreadable' };
    // Decode every pixel: a truncated or corrupt body fails here, not in a visitor's browser.
    await sharp(bytes, { limitInputPixels: MAX_SIDE * MAX_SIDE }).resize(8, 8).raw().toBuffer();
    return first;
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
