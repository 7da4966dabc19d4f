import { describe, expect, it } from 'vitest';
import { councilOriginFromSandbox, sandboxOriginFrom } from './training-sandbox';
import { checklistFor, tasksFor } from './training-checklist';
import { isGuideSlug, TRAINING_GUIDES } from './training-guides';

describe('sandbox origins (A8)', () => {
  it('swaps the first label, keeping scheme and port', () => {
    expect(sandboxOriginFrom('http://herblay.localhost:3150', 'herblay', 'herblay-formation')).toBe('http://herblay-formation.localhost:3150');
    expect(sandboxOriginFrom('https://herblay.coupdemain.fr', 'herblay', 'herblay-formation')).toBe('https://herblay-formation.coupdemain.fr');
    expect(councilOriginFromSandbox('http://herblay-formation.localhost:3150', { slug: 'herblay', customDomain: null }, 'herblay-formation')).toBe('http://herblay.localhost:3150');
  });

  it('goes back to the council’s custom domain when it has one', () => {
    expect(councilOriginFromSandbox('https://herblay-formation.coupdemain.fr', { slug: 'herblay', customDomain: 'entraide.ville-herblay.fr' }, 'other')).toMatch(/^https?:\/\/entraide\.ville-herblay\.fr/);
  });
});

describe('the onboarding checklist', () => {
  it('gives each role the tasks of the sections it may open', () => {
    expect(tasksFor('admin').map((t) => t.key)).toEqual(['moderate', 'assistedCreate', 'assistedClose', 'announcement', 'crisisOn', 'crisisOff']);
    expect(tasksFor('moderator').map((t) => t.key)).toEqual(['moderate']);
    expect(tasksFor('agent').map((t) => t.key)).toEqual(['assistedCreate', 'assistedClose']);
    expect(tasksFor('resident')).toEqual([]);
  });

  it('ticks a task when one of its actions is in the log', () => {
    const items = checklistFor('admin', new Set(['moderation.hide', 'crisis.on', 'assisted.message']));
    expect(items.filter((i) => i.done).map((i) => i.key)).toEqual(['moderate', 'crisisOn']);
  });

  it('links every task to an existing guide', () => {
    for (const t of tasksFor('admin')) expect(isGuideSlug(t.guide)).toBe(true);
    expect(isGuideSlug('constructor')).toBe(false);
    expect(Object.keys(TRAINING_GUIDES)).toHaveLength(4);
  });
});
