// One document's record once read, and what answers look up in it.
import { globalEntityId, type DocInfo } from '../store/corpus-index.js';
import type { FactRecord } from '../extract/facts.js';
import type { DocContent } from '../store/schema.js';

export interface Fact extends FactRecord {
  docId: string;
  gid: number;
}

/**
 * Nothing is derived and kept beside the record: a cached article outlives young collections,
 * and so would all of that. The one exception, the local-to-global entity ids, is built on the
 * first look-up and goes with the record.
 */
export class LoadedDocument {
  private entityIds: Map<string, string> | null = null;

  constructor(
    readonly record: DocContent,
    private readonly info: DocInfo,
  ) {}

  mentionsIn(gid: number): DocContent['mentions'] {
    const sentence = gid - this.info.firstGid;
    return this.record.mentions.filter((m) => m.sentence === sentence);
  }

  facts(): Fact[] {
    return this.record.facts.map((f) => this.fact(f));
  }

  factsIn(gid: number): Fact[] {
    const sentence = gid - this.info.firstGid;
    const out: Fact[] = [];
    for (const f of this.record.facts) if (f.sentence === sentence) out.push(this.fact(f));
    return out;
  }

  private fact(f: FactRecord): Fact {
    return { ...f, docId: this.info.id, gid: this.info.firstGid + f.sentence };
  }

  entityId(localKey: string): string | undefined {
    this.entityIds ??= new Map(
      Object.entries(this.record.entityTypes).map(([key, type]) => [key, globalEntityId(type, key)]),
    );
    return this.entityIds.get(localKey);
  }
}
