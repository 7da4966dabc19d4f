import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { fr } from '@/lib/i18n/fr';
import { assistedStatus } from './assisted-requests';
import { assistedInputSchema, checkAssistedInput, mentionsPrivateDetails, normalisePhone } from './assisted-input';
import { fuzzedPosition } from './create-assisted-request';
import { isCouncilAccountEmail } from './council-account';

const good = {
  kind: 'need',
  place: 'address',
  category: 'courses',
  title: 'Courses pour la semaine',
  description: 'Quelques courses au supermarché, remboursées sur ticket.',
  when: 'flexible',
  requesterName: 'Josette Lambert',
  requesterPhone: '01 39 97 40 00',
  address: '12 rue de la Fontaine',
  addressChoice: JSON.stringify({ label: '12 Rue de la Fontaine 95220 Herblay-sur-Seine', lat: 48.99041, lng: 2.16412 }),
  placeMode: 'address',
  consentGiven: 'on',
  consentMethod: 'phone',
};

function parse(values: Record<string, unknown>) {
  return assistedInputSchema(fr).safeParse(values);
}

function crossErrors(values: Record<string, unknown>) {
  const parsed = parse(values);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  try {
    checkAssistedInput(parsed.data, fr);
    return {};
  } catch (e) {
    if (e instanceof AppError) return e.fieldErrors ?? {};
    throw e;
  }
}

describe('normalisePhone', () => {
  it.each([
    ['01 39 97 40 00', '01 39 97 40 00'],
    ['0139974000', '01 39 97 40 00'],
    ['06.12.34.56.78', '06 12 34 56 78'],
    ['+33 6 12 34 56 78', '06 12 34 56 78'],
    ['0033612345678', '06 12 34 56 78'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('%s → %s', (input, expected) => expect(normalisePhone(input)).toBe(expected));

  it.each(['', '12', '01 39 97 40', 'zéro un', '00 00 00 00 00', '+33 0 12 34 56 78'])('refuses %j', (input) => expect(normalisePhone(input)).toBeNull());
});

describe('assistedInputSchema (A5)', () => {
  it('accepts a complete request and keeps the parts apart', () => {
    const parsed = parse(good);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      kind: 'need',
      title: 'Courses pour la semaine',
      requesterName: 'Josette Lambert',
      requesterPhone: '01 39 97 40 00',
      addressQuery: '12 rue de la Fontaine',
      chosenAddress: { lat: 48.99041, lng: 2.16412 },
      consentMethod: 'phone',
      consentGiven: true,
      consentNote: null,
      staffNote: null,
    });
  });

  it('reports every field error at once, in French', () => {
    const parsed = parse({ ...good, requesterName: ' ', requesterPhone: 'abc', consentGiven: undefined, consentMethod: 'email', placeMode: 'ici', description: 'Appelez le 06 12 34 56 78' });
    expect(parsed.success).toBe(false);
    const byField = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byField).toMatchObject({
      requesterName: fr.assisted.nameRequired,
      requesterPhone: fr.assisted.phoneInvalid,
      consentGiven: fr.assisted.consentRequired,
      consentMethod: fr.assisted.consentMethodInvalid,
      placeMode: fr.assisted.placeModeInvalid,
      description: fr.postForm.noContactDetails,
    });
  });

  it('needs the address found, a quartier when placed in one, and a word on "other" consent', () => {
    expect(crossErrors(good)).toEqual({});
    expect(crossErrors({ ...good, addressChoice: undefined })).toEqual({ address: fr.postForm.addressRequired });
    expect(crossErrors({ ...good, address: 'ici' })).toEqual({ address: fr.assisted.addressRequired });
    expect(crossErrors({ ...good, addressChoice: undefined, placeMode: 'quartier' })).toEqual({ quartier: fr.assisted.quartierInvalid });
    expect(crossErrors({ ...good, addressChoice: undefined, placeMode: 'centre' })).toEqual({});
    expect(crossErrors({ ...good, consentMethod: 'other' })).toEqual({ consentNote: fr.assisted.consentNoteRequired });
    expect(crossErrors({ ...good, consentMethod: 'other', consentNote: 'Accord donné par sa fille' })).toEqual({});
  });

  it('refuses a public text that names the person or gives their street', () => {
    expect(crossErrors({ ...good, title: 'Courses pour Mme Lambert' })).toEqual({ title: fr.assisted.nameInPublicText });
    expect(crossErrors({ ...good, description: 'Josette a besoin de courses cette semaine.' })).toEqual({ description: fr.assisted.nameInPublicText });
    expect(crossErrors({ ...good, description: 'Livrer au 12 rue de la Fontaine, sonner deux fois.' })).toEqual({ description: fr.assisted.addressInPublicText });
    expect(crossErrors({ ...good, description: 'Dans la rue de la Fontaine, près de l’école.' })).toEqual({ description: fr.assisted.addressInPublicText });
  });
});

describe('mentionsPrivateDetails', () => {
  const details = { name: 'Rose Marie Dupont', address: '3 bis rue du Val, 95220 Herblay' };
  it('matches whole words only, accent- and case-insensitively', () => {
    expect(mentionsPrivateDetails('Arroser les plantes du jardin', details)).toBeNull();
    expect(mentionsPrivateDetails('Aider Mme DUPONT', details)).toBe('name');
    expect(mentionsPrivateDetails('Près du Val', details)).toBeNull();
    expect(mentionsPrivateDetails('Au 3 bis rue du Val', details)).toBe('address');
  });
});

describe('fuzzedPosition', () => {
  it('is the centre of the 500 m cell, whatever the point inside it', () => {
    expect(fuzzedPosition({ x: 641_234.7, y: 6_873_499.9 })).toEqual({ x: 641_250, y: 6_873_250 });
    expect(fuzzedPosition({ x: 641_000, y: 6_873_000 })).toEqual({ x: 641_250, y: 6_873_250 });
  });
});

describe('assistedStatus', () => {
  const base = { postStatus: 'open' as const, moderation: 'approved' as const, answers: 0, helped: false };
  it('says where a request stands', () => {
    expect(assistedStatus(base)).toBe('waiting');
    expect(assistedStatus({ ...base, answers: 2 })).toBe('answered');
    expect(assistedStatus({ ...base, postStatus: 'in_progress', answers: 2 })).toBe('in_progress');
    expect(assistedStatus({ ...base, postStatus: 'expired' })).toBe('expired');
    expect(assistedStatus({ ...base, moderation: 'hidden' })).toBe('hidden');
    expect(assistedStatus({ ...base, postStatus: 'resolved', helped: true })).toBe('done');
    expect(assistedStatus({ ...base, postStatus: 'resolved' })).toBe('closed');
  });
});

describe('the council account', () => {
  it('is recognised by its reserved address', () => {
    expect(isCouncilAccountEmail('mairie@compte-mairie.invalid')).toBe(true);
    expect(isCouncilAccountEmail(' MAIRIE@Compte-Mairie.invalid ')).toBe(true);
    expect(isCouncilAccountEmail('mairie@herblay.fr')).toBe(false);
    expect(isCouncilAccountEmail(undefined)).toBe(false);
  });
});
