/** The onboarding wizard's steps and the fields each one asks (shared by the form and its checks). */
export const WIZARD_STEPS = [
  { key: 'identity', fields: ['name', 'kind', 'inseeCode', 'population'] },
  { key: 'address', fields: ['slug'] },
  { key: 'map', fields: ['centreLat', 'centreLng', 'radiusKm'] },
  { key: 'branding', fields: ['primary', 'accent', 'font', 'preset', 'logo'] },
  { key: 'admin', fields: ['adminEmail'] },
  { key: 'summary', fields: [] },
] as const;

export type WizardStepKey = (typeof WIZARD_STEPS)[number]['key'];
export type WizardField = (typeof WIZARD_STEPS)[number]['fields'][number];

export function stepOfField(field: string): number {
  const index = WIZARD_STEPS.findIndex((s) => (s.fields as readonly string[]).includes(field));
  return index < 0 ? WIZARD_STEPS.length - 1 : index;
}
