/** Icon sizes of the manifest: the two every install prompt asks for. */
export const ICON_SIZES = [192, 512] as const;

/** `192.png` or `maskable-512.png` → what to draw; anything else is not an icon. */
export function parseIconFile(file: string): { size: (typeof ICON_SIZES)[number]; purpose: 'any' | 'maskable' } | null {
  const match = /^(maskable-)?(192|512)\.png$/.exec(file);
  if (!match) return null;
  return { size: Number(match[2]) as 192 | 512, purpose: match[1] ? 'maskable' : 'any' };
}
