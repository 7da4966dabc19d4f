import { describe, expect, it } from 'vitest';
import { localPathOf, safeLocalPath } from './form-state';

describe('redirect targets stay on this site', () => {
  it.each([
    ['/annonces?x=1', '/annonces?x=1'],
    ['//evil.example/x', '/'],
    ['https://evil.example/', '/'],
    ['/\\evil.example', '/'],
    [undefined, '/'],
  ])('safeLocalPath(%s) = %s', (input, expected) => {
    expect(safeLocalPath(input)).toBe(expected);
  });

  it.each([
    ['http://herblay.localhost:3000/annonces?x=1', '/annonces?x=1'],
    ['/bienvenue', '/bienvenue'],
    ['javascript:alert(1)', null],
    ['//evil.example', null],
    ['', null],
  ])('localPathOf(%s) = %s', (input, expected) => {
    expect(localPathOf(input)).toBe(expected);
  });
});
