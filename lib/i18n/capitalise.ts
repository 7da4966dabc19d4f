/** "à moins de 500 m…" at the start of a sentence. */
export function capitalise(text: string) {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}
