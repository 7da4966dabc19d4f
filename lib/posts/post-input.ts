import { z } from 'zod';
import type { Messages } from '@/lib/i18n/fr';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const TITLE_MIN = 5;
export const TITLE_MAX = 80;
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 1000;
export const ADDRESS_MAX = 200;
/** A date further than this is more likely a typo (2205) than a plan. */
export const MAX_DAYS_AHEAD = 366;

/** Today's date in France, as YYYY-MM-DD: "not in the past" is judged by the resident's calendar. */
export function todayInFrance(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function addDays(isoDate: string, days: number) {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function isRealDate(value: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Phone numbers and email addresses belong in a private conversation, not in a public post. */
const EMAIL = /[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}/i;
const PHONE = /(?:\+33\s?|0033\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/;
export function containsContactDetails(text: string) {
  return EMAIL.test(text) || PHONE.test(text);
}

/** Control characters other than line breaks and tabs have no place in a post. */
function clean(text: string) {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}

/** A place chosen from the geocoder's list: its label stays private to the author. */
export const chosenAddressSchema = z.object({
  label: z.string().trim().min(1).max(300),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type ChosenAddress = z.infer<typeof chosenAddressSchema>;

export function parseChosenAddress(value: unknown): ChosenAddress | null {
  if (typeof value !== 'string' || value.length > 500) return null;
  try {
    const parsed = chosenAddressSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const optionalText = z.preprocess((v) => (typeof v === 'string' ? v : undefined), z.string().optional());

/**
 * Everything a resident types into the post form, checked on the server. Cross-field rules
 * (a date when "a precise day", weekdays when "every week", an address when "elsewhere") run
 * even when another field is wrong, so every error shows at once next to its field.
 */
export function postInputSchema(m: Messages, now = new Date()) {
  const f = m.postForm;
  const today = todayInFrance(now);
  const lastDay = addDays(today, MAX_DAYS_AHEAD);
  return z
    .object({
      kind: z.enum(['need', 'offer'], f.kindInvalid),
      category: z.string(f.categoryInvalid).trim().min(1, f.categoryInvalid).max(60, f.categoryInvalid),
      title: z
        .string(f.titleTooShort)
        .transform(clean)
        .pipe(z.string().min(TITLE_MIN, f.titleTooShort).max(TITLE_MAX, f.titleTooLong))
        .refine((t) => !containsContactDetails(t), f.noContactDetails),
      description: z
        .string(f.descriptionTooShort)
        .transform(clean)
        .pipe(z.string().min(DESCRIPTION_MIN, f.descriptionTooShort).max(DESCRIPTION_MAX, f.descriptionTooLong))
        .refine((t) => !containsContactDetails(t), f.noContactDetails),
      when: z.enum(['flexible', 'date', 'weekly'], f.whenInvalid),
      date: optionalText,
      weekdays: z.preprocess(
        (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
        z.array(z.enum(WEEKDAYS, f.weekdaysInvalid)).max(7, f.weekdaysInvalid),
      ),
      place: z.enum(['home', 'address'], f.placeInvalid),
      address: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().trim().max(ADDRESS_MAX, m.location.addressTooLong)),
      addressChoice: optionalText,
      urgent: z.preprocess((v) => v === 'on' || v === true, z.boolean()),
      intent: z.enum(['publish', 'search']).default('publish'),
    })
    .superRefine(
      (v, ctx) => {
        if (v.when === 'date') {
          if (!v.date || !isRealDate(v.date)) ctx.addIssue({ code: 'custom', path: ['date'], message: f.dateInvalid });
          else if (v.date < today) ctx.addIssue({ code: 'custom', path: ['date'], message: f.datePast });
          else if (v.date > lastDay) ctx.addIssue({ code: 'custom', path: ['date'], message: f.dateTooFar });
        }
        if (v.when === 'weekly' && (!Array.isArray(v.weekdays) || v.weekdays.length === 0)) {
          ctx.addIssue({ code: 'custom', path: ['weekdays'], message: f.weekdaysInvalid });
        }
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    )
    .transform((v) => ({
      kind: v.kind,
      categoryKey: v.category,
      title: v.title,
      description: v.description,
      when:
        v.when === 'date'
          ? ({ kind: 'date', date: v.date! } as const)
          : v.when === 'weekly'
            ? ({ kind: 'weekly', weekdays: WEEKDAYS.filter((d) => v.weekdays.includes(d)) } as const)
            : ({ kind: 'flexible' } as const),
      place: v.place,
      addressQuery: v.address,
      chosenAddress: parseChosenAddress(v.addressChoice),
      urgent: v.urgent,
      intent: v.intent,
    }));
}

export type PostInput = z.output<ReturnType<typeof postInputSchema>>;

/** Where a post is: the author's home, or an address chosen from the geocoder's list. */
export type PostPlace = { kind: 'home' } | { kind: 'address'; address: ChosenAddress };

/** What create and update store. An edit may also keep the address the post already has. */
export type PostFields<P = PostPlace> = Omit<PostInput, 'place' | 'addressQuery' | 'chosenAddress' | 'intent'> & { place: P };
