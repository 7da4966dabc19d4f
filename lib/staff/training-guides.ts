/** The staff guide's pages (A8), by their address under /admin/formation/guide/. */
export const TRAINING_GUIDES = {
  'moderer-une-annonce': 'moderate',
  'demande-au-guichet': 'assisted',
  'publier-une-annonce': 'announcement',
  'mode-crise': 'crisis',
} as const;

export type GuideSlug = keyof typeof TRAINING_GUIDES;
export type GuideKey = (typeof TRAINING_GUIDES)[GuideSlug];

export function isGuideSlug(value: string): value is GuideSlug {
  return Object.hasOwn(TRAINING_GUIDES, value);
}
