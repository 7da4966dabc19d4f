import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkLogoFile } from './logo-decode';
import { checkLogoBytes, LOGO_MAX_BYTES, sniffLogo } from './logo-file';

const image = (format: 'png' | 'jpeg' | 'webp' | 'gif') =>
  sharp({ create: { width: 64, height: 32, channels: 3, background: '#0F4C81' } })
    .toFormat(format)
    .toBuffer();

describe('logo upload checks (A2)', () => {
  it('recognises PNG, JPEG and WebP by their bytes', async () => {
    expect(sniffLogo(await image('png'))).toBe('image/png');
    expect(sniffLogo(await image('jpeg'))).toBe('image/jpeg');
    expect(sniffLogo(await image('webp'))).toBe('image/webp');
    expect(sniffLogo(await image('gif'))).toBeNull();
  });

  it('recognises SVG in its usual disguises, to refuse it', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffLogo(enc('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe('svg');
    expect(sniffLogo(enc('\uFEFF  <?xml version="1.0"?>\n<svg></svg>'))).toBe('svg');
    expect(sniffLogo(enc('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" ""><svg/>'))).toBe('svg');
    expect(sniffLogo(enc('<html><body>hello</body></html>'))).toBeNull();
  });

  it('ignores the name and declared type: only the bytes count', async () => {
    // A PNG body is accepted whatever it was called; text called logo.png is not.
    expect(checkLogoBytes(await image('png'))).toEqual({ ok: true, mime: 'image/png' });
    expect(checkLogoBytes(new TextEncoder().encode('GIF89a not really'))).toEqual({ ok: false, reason: 'unsupported' });
  });

  it('refuses empty and oversized files', async () => {
    expect(checkLogoBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(await image('png'));
    expect(checkLogoBytes(big)).toEqual({ ok: false, reason: 'too-large' });
    const exactly = new Uint8Array(LOGO_MAX_BYTES);
    exactly.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(checkLogoBytes(exactly)).toEqual({ ok: true, mime: 'image/png' });
  });

  it('decodes the image: a file that only starts like a PNG is refused', async () => {
    expect(await checkLogoFile(await image('webp'))).toEqual({ ok: true, mime: 'image/webp' });
    const png = await image('png');
    expect(await checkLogoFile(png.subarray(0, 40))).toEqual({ ok: false, reason: 'unreadable' });
    const fake = new Uint8Array(200);
    fake.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(await checkLogoFile(fake)).toEqual({ ok: false, reason: 'unreadable' });
    const tiny = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer();
    expect(await checkLogoFile(tiny)).toEqual({ ok: false, reason: 'unreadable' });
  });
});
