import { describe, expect, it } from 'vitest';
import { contrastRatio, sniffLogo, textColourOn } from './council-input';

describe('branding colours (O2)', () => {
  it('puts white or black text on a colour, whichever passes WCAG AA', () => {
    for (const colour of ['#7A1F2B', '#FFD166', '#0B6E6D', '#777777', '#808080', '#FFFFFF', '#000000', '#1E3A5F']) {
      const text = textColourOn(colour);
      expect(contrastRatio(colour, text), `${text} on ${colour}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(textColourOn('#FFD166')).toBe('#000000');
    expect(textColourOn('#7A1F2B')).toBe('#FFFFFF');
  });

  it('recognises logos by their bytes, not their name', () => {
    expect(sniffLogo(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png');
    expect(sniffLogo(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffLogo(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffLogo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffLogo(Buffer.from('GIF89a'))).toBeNull();
  });
});
