// The wink model as citebot loads it (src/nlp/wink-model.ts) is the package's own, read faster:
// the same core model field for field, and the same parts around it.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCoreModel, winkModel } from '../src/nlp/wink-model.js';

const packaged = createRequire(import.meta.url)('wink-eng-lite-web-model') as Record<string, unknown> & {
  core: () => unknown;
  addons: Record<string, unknown>;
};

describe("wink's model, read ahead of the package's reader", () => {
  it('reads the core model the package reads', () => {
    expect(readCoreModel()).toStrictEqual(packaged.core());
  });

  it('hands wink the package’s other parts and add-ons', () => {
    const ours = winkModel() as unknown as Record<string, unknown> & { addons: Record<string, unknown> };
    for (const name of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn'])
      expect(ours[name]).toBe(packaged[name]);
    expect({ ...ours.addons }).toStrictEqual({ ...packaged.addons });
  });
});
