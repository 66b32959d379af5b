// Countries from the maintained dataset with our own additions: an article's names, capitals and
// other spellings of one country are one place.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/store/build-document.js';

function entities(text: string) {
  return buildDocument({ id: 'a', path: 'a.txt', fingerprint: 'f', text }).entities;
}

describe('countries', () => {
  const found = entities(
    'title: Talks\n\n' +
      'The delegation arrived in Nairobi on Monday. Kenya will host the talks, the minister said.\n\n' +
      'Officials in Türkiye said Ankara would send an envoy. The Kremlin said Moscow welcomed the talks. ' +
      'Officials in Bogota agreed.',
  );
  const place = (name: string) => found.find((e) => e.name === name);

  it('joins a country and its capital, for any country', () => {
    expect(place('Kenya')).toMatchObject({ type: 'place', aliases: ['Nairobi'] });
    expect(found.some((e) => e.name === 'Nairobi')).toBe(false);
  });

  it('names a country as English news does, with its other names and a capital written without accents', () => {
    expect(place('Turkey')?.aliases).toEqual(expect.arrayContaining(['Türkiye', 'Ankara']));
    expect(place('Colombia')?.aliases).toEqual(['Bogota']);
  });

  it('keeps our own additions the dataset lacks', () => {
    expect(place('Russia')?.aliases).toEqual(expect.arrayContaining(['Kremlin', 'Moscow']));
  });
});
