/**
 * `{name}` placeholders for map labels. The same rule as lib/i18n's format(), kept here so the
 * map's client code does not pull the whole message catalogues into the browser.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
