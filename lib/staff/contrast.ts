import type { CouncilTheme } from '@/db/schema/councils';

/** WCAG 2.1 AA for normal text (success criterion 1.4.3). */
export const AA_MIN_RATIO = 4.5;

type Rgb = [number, number, number];
const HEX = /^#[0-9a-f]{6}$/i;

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

function hexToRgb(hex: string): Rgb {
  if (!isHexColour(hex)) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(1 + i, 3 + i), 16) / 255) as Rgb;
}

function rgbToHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(1, Math.max(0, c)) * 255).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** Relative luminance as WCAG defines it. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Rounded down to one decimal, so "4.5" is never shown for a pair at 4.47. */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 10) / 10).toFixed(1);
}

// OKLCH (Björn Ottosson's OKLab in polar form): changing only the lightness keeps the hue and
// the colourfulness a person sees, so the suggestion still looks like the council's colour.
type Oklch = { l: number; c: number; h: number };

function linearRgbToOklab([r, g, b]: Rgb): Rgb {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function oklabToLinearRgb([L, a, b]: Rgb): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

export function hexToOklch(hex: string): Oklch {
  const [l, a, b] = linearRgbToOklab(hexToRgb(hex).map(toLinear) as Rgb);
  return { l, c: Math.hypot(a, b), h: Math.atan2(b, a) };
}

const inGamut = (rgb: Rgb) => rgb.every((c) => c >= -1e-6 && c <= 1 + 1e-6);

/** The colour at this lightness, hue kept, chroma reduced just enough to be displayable. */
export function oklchToHex({ l, c, h }: Oklch): string {
  const at = (chroma: number) => oklabToLinearRgb([l, chroma * Math.cos(h), chroma * Math.sin(h)]);
  let rgb = at(c);
  if (!inGamut(rgb)) {
    let lo = 0;
    let hi = c;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(at(mid))) lo = mid;
      else hi = mid;
    }
    rgb = at(lo);
  }
  return rgbToHex(rgb.map((x) => toGamma(Math.min(1, Math.max(0, x)))) as Rgb);
}

/**
 * The nearest colour to `colour` (same hue, lightness moved in steps of 1 %) that reaches
 * `min` against `against`. Against any colour, black or white reaches 4.5:1, so there is
 * always an answer.
 */
export function suggestPassingColour(colour: string, against: string, min = AA_MIN_RATIO): string {
  if (contrastRatio(colour, against) >= min) return colour.toUpperCase();
  const start = hexToOklch(colour);
  for (let step = 1; step <= 100; step++) {
    const candidates = [start.l - step / 100, start.l + step / 100]
      .filter((l) => l >= 0 && l <= 1)
      .map((l) => oklchToHex({ ...start, l }))
      .filter((hex) => contrastRatio(hex, against) >= min);
    if (candidates.length) {
      // Both directions pass at this step: keep the one closer in contrast to the original look.
      return candidates.sort((x, y) => contrastRatio(x, against) - contrastRatio(y, against))[0]!;
    }
  }
  return contrastRatio('#000000', against) >= contrastRatio('#FFFFFF', against) ? '#000000' : '#FFFFFF';
}

export type ThemeColourKey = Exclude<keyof CouncilTheme, 'font'>;

/** The colour pairs of a theme: each first colour is drawn on (or with) the second. */
export const THEME_PAIRS = [
  { key: 'primary', colours: ['primary', 'onPrimary'] },
  { key: 'accent', colours: ['accent', 'onAccent'] },
  { key: 'text', colours: ['text', 'surface'] },
] as const satisfies readonly { key: string; colours: readonly [ThemeColourKey, ThemeColourKey] }[];

export type ThemePairKey = (typeof THEME_PAIRS)[number]['key'];

export type ContrastFailure = {
  pair: ThemePairKey;
  ratio: number;
  /** The colour we suggest changing: the one the person changed, else the council's brand colour. */
  adjust: ThemeColourKey;
  keep: ThemeColourKey;
  suggestion: string;
};

/**
 * Every pair of `theme` below AA, with a nearby colour that passes. `previous` (the published
 * theme) tells which colour of a pair was just changed: that is the one to adjust.
 */
export function checkThemeContrast(theme: Pick<CouncilTheme, ThemeColourKey>, previous?: Pick<CouncilTheme, ThemeColourKey>): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const { key, colours } of THEME_PAIRS) {
    const [first, second] = colours;
    if (!isHexColour(theme[first]) || !isHexColour(theme[second])) continue;
    const ratio = contrastRatio(theme[first], theme[second]);
    if (ratio >= AA_MIN_RATIO) continue;
    const changedSecondOnly =
      previous !== undefined && previous[first].toUpperCase() === theme[first].toUpperCase() && previous[second].toUpperCase() !== theme[second].toUpperCase();
    const adjust = changedSecondOnly ? second : first;
    const keep = adjust === first ? second : first;
    failures.push({ pair: key, ratio, adjust, keep, suggestion: suggestPassingColour(theme[adjust], theme[keep]) });
  }
  return failures;
}
