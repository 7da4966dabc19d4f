import { describe, expect, it } from 'vitest';
import { fr } from '@/lib/i18n/fr';
import { containsContactDetails, postInputSchema, todayInFrance } from './post-input';

const now = new Date('2026-06-15T10:00:00Z');
const valid = {
  kind: 'need',
  category: 'courses',
  title: 'Courses au marché',
  description: 'Quelques fruits et légumes samedi matin.',
  when: 'flexible',
  place: 'home',
};

function errorsOf(input: Record<string, unknown>) {
  const result = postInputSchema(fr, now).safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('post form validation (R4)', () => {
  it('accepts a complete post and normalises it', () => {
    const parsed = postInputSchema(fr, now).parse({ ...valid, title: '  Courses\u0007 au marché ', urgent: 'on', when: 'weekly', weekdays: ['thu', 'mon'] });
    expect(parsed).toMatchObject({
      kind: 'need',
      categoryKey: 'courses',
      title: 'Courses au marché',
      urgent: true,
      when: { kind: 'weekly', weekdays: ['mon', 'thu'] },
      place: 'home',
      intent: 'publish',
    });
  });

  it('reports every wrong field at once, in French, against its field', () => {
    expect(errorsOf({ ...valid, kind: 'autre', category: '', title: '   ', description: 'court', when: 'date', date: '2026-06-14', place: 'lune' })).toEqual({
      kind: fr.postForm.kindInvalid,
      category: fr.postForm.categoryInvalid,
      title: fr.postForm.titleTooShort,
      description: fr.postForm.descriptionTooShort,
      place: fr.postForm.placeInvalid,
      date: fr.postForm.datePast,
    });
  });

  it('refuses empty titles, overlong text and missing fields', () => {
    expect(errorsOf({ ...valid, title: '' }).title).toBe(fr.postForm.titleTooShort);
    expect(errorsOf({ ...valid, title: 'x'.repeat(81) }).title).toBe(fr.postForm.titleTooLong);
    expect(errorsOf({ ...valid, description: 'y'.repeat(1001) }).description).toBe(fr.postForm.descriptionTooLong);
    expect(Object.keys(errorsOf({}))).toEqual(expect.arrayContaining(['kind', 'category', 'title', 'description', 'when', 'place']));
  });

  it('keeps HTML as text (it is rendered escaped), but refuses phone numbers and emails', () => {
    const parsed = postInputSchema(fr, now).parse({ ...valid, title: '<script>alert(1)</script>' });
    expect(parsed.title).toBe('<script>alert(1)</script>');
    expect(errorsOf({ ...valid, description: 'Appelez-moi au 06 12 34 56 78 svp' }).description).toBe(fr.postForm.noContactDetails);
    expect(errorsOf({ ...valid, title: 'Écrivez à moi@exemple.fr' }).title).toBe(fr.postForm.noContactDetails);
    expect(containsContactDetails('Rendez-vous à 10 h, 2 sacs de 5 kg')).toBe(false);
  });

  it('needs a real date, today or later and within a year, for "un jour précis"', () => {
    expect(todayInFrance(now)).toBe('2026-06-15');
    expect(errorsOf({ ...valid, when: 'date' }).date).toBe(fr.postForm.dateInvalid);
    expect(errorsOf({ ...valid, when: 'date', date: '2026-02-30' }).date).toBe(fr.postForm.dateInvalid);
    expect(errorsOf({ ...valid, when: 'date', date: '2026-06-14' }).date).toBe(fr.postForm.datePast);
    expect(errorsOf({ ...valid, when: 'date', date: '2028-01-01' }).date).toBe(fr.postForm.dateTooFar);
    expect(errorsOf({ ...valid, when: 'date', date: '2026-06-15' })).toEqual({});
    // Just before midnight in Paris it is already tomorrow there.
    expect(todayInFrance(new Date('2026-06-15T22:30:00Z'))).toBe('2026-06-16');
  });

  it('needs at least one known weekday for "chaque semaine"', () => {
    expect(errorsOf({ ...valid, when: 'weekly' }).weekdays).toBe(fr.postForm.weekdaysInvalid);
    expect(errorsOf({ ...valid, when: 'weekly', weekdays: 'funday' })['weekdays.0']).toBe(fr.postForm.weekdaysInvalid);
  });

  it('reads the address chosen from the list, and ignores a forged one', () => {
    const choice = JSON.stringify({ label: '12 Rue de la Fontaine', lat: 48.99, lng: 2.16 });
    expect(postInputSchema(fr, now).parse({ ...valid, place: 'address', addressChoice: choice }).chosenAddress).toEqual({
      label: '12 Rue de la Fontaine',
      lat: 48.99,
      lng: 2.16,
    });
    expect(postInputSchema(fr, now).parse({ ...valid, place: 'address', addressChoice: '{"lat":"x"}' }).chosenAddress).toBeNull();
    expect(postInputSchema(fr, now).parse({ ...valid, place: 'address', addressChoice: 'not json' }).chosenAddress).toBeNull();
  });
});
