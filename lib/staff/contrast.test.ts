import { describe, expect, it } from 'vitest';
import { checkThemeContrast, contrastRatio, formatRatio, hexToOklch, oklchToHex, relativeLuminance, suggestPassingColour } from './contrast';

const herblay = { primary: '#0F4C81', onPrimary: '#FFFFFF', accent: '#0B6E6D', onAccent: '#FFFFFF', surface: '#F7F7F4', text: '#1A1A1A' };

describe('WCAG contrast (A2)', () => {
  it('computes luminance and ratios as WCAG defines them', () => {
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 5);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBe(1);
    // Known values (WebAIM's checker): #767676 on white is the lightest grey that passes AA.
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0F4C81', '#FFFFFF')).toBeCloseTo(8.86, 1);
  });

  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(4.47)).toBe('4.4');
    expect(formatRatio(4.5)).toBe('4.5');
    expect(formatRatio(21)).toBe('21.0');
  });

  it('round-trips colours through OKLCH', () => {
    for (const hex of ['#0F4C81', '#FFD200', '#2E5E3A', '#000000', '#FFFFFF', '#E4003A']) {
      expect(oklchToHex(hexToOklch(hex))).toBe(hex);
    }
  });

  it('suggests a nearby colour of the same hue that passes', () => {
    // A light yellow button with white text fails; the suggestion is a darker yellow-brown.
    const suggestion = suggestPassingColour('#FFD200', '#FFFFFF');
    expect(contrastRatio(suggestion, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    const [before, after] = [hexToOklch('#FFD200'), hexToOklch(suggestion)];
    expect(Math.abs(after.h - before.h)).toBeLessThan(0.2);
    expect(after.l).toBeLessThan(before.l);
    // Nearby: not simply black.
    expect(suggestion).not.toBe('#000000');
    // Light text on a dark background: the suggestion gets lighter.
    const onDark = suggestPassingColour('#555555', '#1A1A1A');
    expect(hexToOklch(onDark).l).toBeGreaterThan(hexToOklch('#555555').l);
    expect(contrastRatio(onDark, '#1A1A1A')).toBeGreaterThanOrEqual(4.5);
    // Already passing: unchanged.
    expect(suggestPassingColour('#0f4c81', '#FFFFFF')).toBe('#0F4C81');
  });

  it('finds the smallest step: one step less fails in both directions', () => {
    for (const [colour, against] of [['#4A90E2', '#FFFFFF'], ['#FF4D6D', '#FFFFFF'], ['#9C9C9C', '#F7F7F4'], ['#7A1F2B', '#333333']] as const) {
      expect(contrastRatio(colour, against)).toBeLessThan(4.5);
      const s = suggestPassingColour(colour, against);
      expect(contrastRatio(s, against), `${colour} → ${s}`).toBeGreaterThanOrEqual(4.5);
      const start = hexToOklch(colour);
      const steps = Math.round(Math.abs(hexToOklch(s).l - start.l) * 100);
      expect(steps).toBeGreaterThan(0);
      for (const l of [start.l - (steps - 1) / 100, start.l + (steps - 1) / 100]) {
        if (l < 0 || l > 1) continue;
        const oneLess = oklchToHex({ ...start, l });
        expect(contrastRatio(oneLess, against), `${colour}: ${oneLess} should fail`).toBeLessThan(4.5);
      }
    }
  });

  it('checks every pair of a theme and says which colour to change', () => {
    expect(checkThemeContrast(herblay)).toEqual([]);
    const failures = checkThemeContrast({ ...herblay, primary: '#7FB2E5' }, herblay);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ pair: 'primary', adjust: 'primary', keep: 'onPrimary' });
    expect(failures[0]!.ratio).toBeLessThan(4.5);
    expect(contrastRatio(failures[0]!.suggestion, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    // Only the text-on-button colour changed: that is the one to fix.
    const onChanged = checkThemeContrast({ ...herblay, onAccent: '#3A7A7A' }, herblay);
    expect(onChanged[0]).toMatchObject({ pair: 'accent', adjust: 'onAccent', keep: 'accent' });
    expect(contrastRatio(onChanged[0]!.suggestion, herblay.accent)).toBeGreaterThanOrEqual(4.5);
    const text = checkThemeContrast({ ...herblay, text: '#A0A0A0' });
    expect(text[0]).toMatchObject({ pair: 'text', adjust: 'text', keep: 'surface' });
  });
});
