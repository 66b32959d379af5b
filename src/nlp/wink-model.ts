// wink's English model, put together from the package's own parts, with its core read faster.
// The package's entry parses the 3 MB core as soon as it is imported, then copies it whole
// (JSON.stringify, JSON.parse) at every load and decodes its base64 one character at a time:
// about a third of the start to the first answer on one article. Here nothing is read before the
// first load, the core is parsed once into an object that becomes the model's own, and Buffer
// decodes it. The result is what the package's loadModel() returns, field for field (tests/wink-model.test.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';
const part = <T>(name: string): T => require(`${DIST}${name}.js`) as T;

interface Feature {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}
/** The parts of the core model read here (and that grow as wink reads words it does not know); the rest is passed on as parsed. */
export interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  /** Per feature: [.., bits, shift, 0 when it has a list of its own, 1 when extensible]. */
  packing: { layout: Record<string, number[]>; efList: string[] };
}

function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

function positions(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

/** The package's read-core-model.js and load-core-model.js, without the copy. */
export function readCoreModel(): CoreModel {
  const path = require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`);
  const model = JSON.parse(readFileSync(path, 'utf8')) as CoreModel;
  const { features, packing } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = positions(features[f]!.list);
  features.lexeme.hash = positions(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => model.pos.hash[e] ?? 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.index = features.lexeme.list.length;
  return model;
}

let model: Model | null = null;

/** The model to give winkNLP; each load reads a core of its own, as the package's does. */
export function winkModel(): Model {
  model ??= {
    core: readCoreModel,
    sbd: part('load-sbd-model'),
    pos: part('load-pos-model'),
    ner: part('load-ner-model'),
    negation: part('load-negation-model'),
    sa: part('load-sa-model'),
    metaCER: part('load-cer-meta-model'),
    featureFn: part('feature'),
    // Without a prototype, as the package makes it.
    addons: Object.assign(Object.create(null) as Model['addons'], {
      stem: part('porter-stemmer'),
      lemmatize: part('lemmatize'),
      readabilityStats: part('readability-stats'),
      wordVectors: undefined,
    }),
  };
  return model;
}

let stemmer: ((word: string) => string) | null = null;

/** The model's Porter stemmer alone, without loading the rest. */
export function porterStem(word: string): string {
  stemmer ??= part<(word: string) => string>('porter-stemmer');
  return stemmer(word);
}
