// One document's record once read, and what answers look up in it.
import { globalEntityId, type DocInfo } from '../store/corpus-index.js';
import type { FactRecord } from '../extract/facts.js';
import type { DocContent, SentenceParts, StoredMention } from '../store/schema.js';

export interface Fact extends FactRecord {
  docId: string;
  gid: number;
}

/**
 * Nothing is derived and kept beside the record: a cached article outlives young collections,
 * and so would all of that. The exceptions go with the record: the local-to-global entity ids,
 * built on the first look-up, and each sentence's mentions and facts once read (answers look a
 * sentence's up several times: its facts, with the document's id and sentence number, for each
 * passage weighed and again by several rules).
 */
export class LoadedDocument {
  private entityIds: Map<string, string> | null = null;
  private readonly parts: (SentenceParts | undefined)[] = [];
  private readonly sentenceFacts: (readonly Fact[] | undefined)[] = [];

  constructor(
    readonly record: DocContent,
    private readonly info: DocInfo,
  ) {}

  private partsOf(sentence: number): SentenceParts {
    return (this.parts[sentence] ??= this.record.sentenceParts(sentence));
  }

  /** A sentence's mentions, in text order (a new array: callers may filter or sort it). */
  mentionsIn(gid: number): StoredMention[] {
    return [...this.partsOf(gid - this.info.firstGid).mentions];
  }

  /** Every mention of the document, in text order. */
  mentions(): StoredMention[] {
    return this.record.sentences.flatMap((_, i) => this.partsOf(i).mentions);
  }

  facts(): Fact[] {
    return this.record.sentences.flatMap((_, i) => this.partsOf(i).facts.map((f) => this.fact(f)));
  }

  factsIn(gid: number): readonly Fact[] {
    const sentence = gid - this.info.firstGid;
    return (this.sentenceFacts[sentence] ??= this.partsOf(sentence).facts.map((f) => this.fact(f)));
  }

  private fact(f: FactRecord): Fact {
    return { ...f, docId: this.info.id, gid: this.info.firstGid + f.sentence };
  }

  entityId(localKey: string): string | undefined {
    this.entityIds ??= new Map([...this.record.entityTypes].map(([key, type]) => [key, globalEntityId(type, key)]));
    return this.entityIds.get(localKey);
  }
}
