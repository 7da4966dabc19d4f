export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoMime = 'image/png' | 'image/jpeg' | 'image/webp';
export type LogoCheck =
  | { ok: true; mime: LogoMime }
  | { ok: false; reason: 'empty' | 'too-large' | 'svg' | 'unsupported' | 'unreadable' };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * What the file is, from its first bytes (its "magic number"): never from its name or the type
 * the browser declared, which anyone can set. SVG is recognised only to be refused by name: it
 * can carry scripts.
 */
export function sniffLogo(bytes: Uint8Array): LogoMime | 'svg' | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<svg') || ((head.startsWith('<?xml') || head.startsWith('<!doctype') || head.startsWith('<!--')) && head.includes('<svg'))) return 'svg';
  return null;
}

/** The size and type checks, before the image is decoded (lib/staff/logo-decode.ts). */
export function checkLogoBytes(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, reason: 'too-large' };
  const kind = sniffLogo(bytes);
  if (kind === 'svg') return { ok: false, reason: 'svg' };
  if (!kind) return { ok: false, reason: 'unsupported' };
  return { ok: true, mime: kind };
}
