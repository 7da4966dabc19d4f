import type { CSSProperties } from 'react';
import type { CouncilTheme } from '@/db/schema/councils';

const FONTS: Record<CouncilTheme['font'], string> = {
  sans: 'ui-sans-serif, system-ui, "Segoe UI", Roboto, Arial, sans-serif',
  serif: 'Georgia, Cambria, "Times New Roman", serif',
  rounded: 'ui-rounded, "SF Pro Rounded", "Nunito", "Segoe UI", system-ui, sans-serif',
};

/** A council's theme as the CSS variables the stylesheet reads; no component knows a council. */
export function themeStyle(theme: CouncilTheme): CSSProperties {
  return {
    '--c-primary': theme.primary,
    '--c-on-primary': theme.onPrimary,
    '--c-accent': theme.accent,
    '--c-on-accent': theme.onAccent,
    '--c-surface': theme.surface,
    '--c-text': theme.text,
    '--c-font': FONTS[theme.font],
  } as CSSProperties;
}
