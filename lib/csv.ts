/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, for every export (council audit log, dashboard, operator audit log and council
 * export). Text a spreadsheet would run as a formula gets a leading apostrophe (numbers are
 * numbers, and stay so); a cell holding the separator, a quote, a line break or edge spaces is
 * quoted, quotes doubled, so it stays one cell.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document as a French spreadsheet opens it by double-click: semicolons, CRLF line ends
 * and a byte-order mark so accents are read as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
