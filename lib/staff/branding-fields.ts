import type { ThemeColourKey } from './contrast';

/** The appearance form's shape, shared by the server's checks and the browser's live preview. */
export const FOOTER_LINKS_MAX = 8;
export const THEME_COLOUR_KEYS = ['primary', 'onPrimary', 'accent', 'onAccent', 'surface', 'text'] as const satisfies readonly ThemeColourKey[];
export const FONTS = ['sans', 'serif', 'rounded'] as const;
