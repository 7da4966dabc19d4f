import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/fr';
import { postInputSchema } from '@/lib/posts/post-input';
import { foldForSearch } from '@/lib/posts/search-text';

export const CONSENT_METHODS = ['phone', 'in_person', 'other'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
/** Where the public position comes from: the address (snapped to the grid), a quartier, or the centre. */
export const PLACE_MODES = ['address', 'quartier', 'centre'] as const;

export const NAME_MAX = 100;
export const NOTE_MAX = 1000;
export const CONSENT_NOTE_MAX = 300;

/** Control characters other than line breaks have no place in what staff type. */
function clean(text: string) {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}

/**
 * A phone number as staff will dial it: French numbers grouped by two ("01 23 45 67 89"),
 * international ones kept with their "+". Null when it is not a phone number.
 */
export function normalisePhone(value: string): string | null {
  const compact = value.replace(/[\s.\-()]/g, '');
  let national: string | null = null;
  if (/^0[1-9]\d{8}$/.test(compact)) national = compact;
  else if (/^(?:\+33|0033)[1-9]\d{8}$/.test(compact)) national = `0${compact.slice(-9)}`;
  if (national) return national.replace(/(\d{2})(?=\d)/g, '$1 ');
  // Another country's number; a French one that is not well formed is refused above.
  if (/^(?:\+|00)(?!33)[1-9]\d{7,14}$/.test(compact)) return compact.replace(/^00/, '+');
  return null;
}

const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === 'string' ? clean(v) : ''), z.string().max(max, message)).transform((v) => v || null);

/**
 * The guichet's form (A5): the public need (the same rules as any post: no phone or email in
 * it) and, kept apart, the person's name, phone and address and how they agreed.
 */
export function assistedInputSchema(m: Messages, now = new Date()) {
  const a = m.assisted;
  return z.intersection(
    postInputSchema(m, now),
    z.object({
      requesterName: z
        .string(a.nameRequired)
        .transform(clean)
        .pipe(z.string().min(2, a.nameRequired).max(NAME_MAX, a.nameTooLong)),
      requesterPhone: z
        .string(a.phoneInvalid)
        .transform((v, ctx) => {
          const phone = normalisePhone(v);
          if (!phone) {
            ctx.addIssue({ code: 'custom', message: a.phoneInvalid });
            return z.NEVER;
          }
          return phone;
        }),
      placeMode: z.enum(PLACE_MODES, a.placeModeInvalid),
      quartier: z.preprocess((v) => (v === '' ? undefined : v), z.uuid(a.quartierInvalid).optional()),
      consentMethod: z.enum(CONSENT_METHODS, a.consentMethodInvalid),
      consentGiven: z.preprocess((v) => v === 'on' || v === true, z.literal(true, a.consentRequired)),
      consentNote: optionalText(CONSENT_NOTE_MAX, a.consentNoteTooLong),
      staffNote: optionalText(NOTE_MAX, a.staffNoteTooLong),
    }),
  );
}

export type AssistedInput = z.output<ReturnType<typeof assistedInputSchema>>;

const NAME_STOPWORDS = new Set(['mme', 'mlle', 'madame', 'mademoiselle', 'monsieur', 'les', 'des', 'une', 'pour', 'chez', 'van', 'von', 'del', 'der']);

function words(text: string) {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Whether the public text names the person or gives their street: what an agent might type
 * out of habit ("Mme Dupont, 12 rue de la Gare, a besoin…"). Whole words only, so "Rose" does
 * not catch "arroser".
 */
export function mentionsPrivateDetails(text: string, details: { name: string; address: string }): 'name' | 'address' | null {
  const folded = ` ${words(text)} `;
  for (const token of words(details.name).split(' ')) {
    if (token.length >= 3 && !NAME_STOPWORDS.has(token) && folded.includes(` ${token} `)) return 'name';
  }
  const street = words(details.address.split(',')[0] ?? '');
  const withoutNumber = street.replace(/^\d+\s*(?:bis|ter)?\s*/, '');
  for (const phrase of [street, withoutNumber]) {
    if (phrase.length >= 6 && folded.includes(` ${phrase} `)) return 'address';
  }
  return null;
}

/**
 * The checks across fields that the schema cannot make alone, all at once: an address is
 * needed (and found) to place the need there, a quartier to place it in a quartier; "other"
 * consent needs a word on how; the public text must not name the person nor their street.
 */
export function checkAssistedInput(input: AssistedInput, m: Messages) {
  const a = m.assisted;
  const errors: Record<string, string> = {};
  if (input.addressQuery.trim().length < 5) errors.address = a.addressRequired;
  else if (input.placeMode === 'address' && !input.chosenAddress) errors.address = m.postForm.addressRequired;
  if (input.placeMode === 'quartier' && !input.quartier) errors.quartier = a.quartierInvalid;
  if (input.consentMethod === 'other' && !input.consentNote) errors.consentNote = a.consentNoteRequired;
  const details = { name: input.requesterName, address: input.addressQuery };
  for (const field of ['title', 'description'] as const) {
    const leak = mentionsPrivateDetails(input[field], details);
    if (leak) errors[field] = leak === 'name' ? a.nameInPublicText : a.addressInPublicText;
  }
  if (Object.keys(errors).length) throw new AppError('validation', 'assisted request fields', errors);
}
