/** Lower-case, accent-free text: "Élève à Noël" and "eleve a noel" match each other. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function postSearchText(title: string, description: string) {
  return foldForSearch(`${title} ${description}`);
}
