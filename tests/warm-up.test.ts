// Warming up: the engine practises on questions made from its own sentences, typed the way
// users type them, in slices that leave the bot free to talk to Discord meanwhile.
import { describe, expect, it } from 'vitest';
import { practiceQuestions } from '../src/answer/practice.js';
import { warmUp } from '../src/app/warm-up.js';
import type { Engine } from '../src/answer/engine.js';

const SENTENCES = [
  'The harbour authority ordered two electric ferries from a shipyard in Gdansk.',
  'Mayor Paul Martin said that the roads will be repaired next year.',
  'They will enter service in 2026.',
];

function take(n: number, questions: Iterator<string>): string[] {
  const out: string[] = [];
  for (let r = questions.next(); !r.done && out.length < n; r = questions.next()) out.push(r.value);
  return out;
}

describe('practice questions', () => {
  it('asks each sentence as written, or with words left out, a typo and a question word', () => {
    const questions = take(
      9,
      practiceQuestions(SENTENCES.length, (n) => SENTENCES[n]!),
    );
    expect(questions[0]).toBe(SENTENCES[0]);
    const later = questions.filter((q) => !SENTENCES.includes(q));
    expect(later.length).toBeGreaterThan(4);
    // Words are left out: every other question is no longer in words than a sentence, its opener aside.
    const longest = Math.max(...SENTENCES.map((s) => s.split(' ').length));
    for (const q of later) expect(q.split(' ').length).toBeLessThanOrEqual(longest + 2);
    // A typo in each: a word of the sentence with two of its letters swapped, as users make them.
    const known = new Set(SENTENCES.join(' ').split(/[\s.]+/));
    const letters = (w: string) => [...w].sort().join('');
    for (const q of later) {
      const typo = q
        .replace(/\?$/, '')
        .split(' ')
        .find((w) => !known.has(w) && !/^(who|said|when|where|did|how|many|what|about|why)$/.test(w));
      expect(typo, q).toBeDefined();
      expect([...known].some((w) => w !== typo && letters(w) === letters(typo!))).toBe(true);
    }
    expect(later.some((q) => /^(who said|when did|how many|what about|why did) .*\?$/.test(q))).toBe(true);
  });

  it('practises every question word within its first questions, however many sentences it has', () => {
    // At 18k articles a second of practice asks a few dozen questions, fewer than its sentences:
    // the question words' answer paths must come up among them, not after every sentence as written.
    const many = Array.from(
      { length: 200 },
      (_, n) => `The council of Vellmar approved ${n + 2} new ferries for the harbour.`,
    );
    const first = take(
      9,
      practiceQuestions(many.length, (n) => many[n]!),
    );
    for (const opener of ['who said', 'when did', 'where did', 'how many', 'did', 'what about', 'why did'])
      expect(
        first.some((q) => q.startsWith(`${opener} `) && q.endsWith('?')),
        opener,
      ).toBe(true);
    expect(first.filter((q) => many.includes(q)).length).toBeGreaterThan(0);
  });

  it('skips a sentence that cannot be read, and ends when none can be read or there are none', () => {
    const questions = take(
      4,
      practiceQuestions(2, (n) => {
        if (n === 0) throw new Error('damaged');
        return SENTENCES[n]!;
      }),
    );
    // Every question comes from the sentence that could be read.
    for (const q of questions) expect(q).not.toMatch(/harbour|ferries|Gdansk/);
    expect(questions).toHaveLength(4);
    expect(
      take(
        3,
        practiceQuestions(0, () => 'unused'),
      ),
    ).toEqual([]);
    expect(
      take(
        3,
        practiceQuestions(2, () => {
          throw new Error('damaged');
        }),
      ),
    ).toEqual([]);
  });
});

/** An engine whose practice counts its steps, over a clock that moves 1 ms per step. */
function practisingEngine(clock: { t: number }, limit = Infinity): { engine: Engine; steps: () => number } {
  let steps = 0;
  const engine = {
    *practise() {
      while (steps < limit) {
        steps++;
        clock.t += 1;
        yield;
      }
    },
  } as unknown as Engine;
  return { engine, steps: () => steps };
}

describe('the background warm-up', () => {
  it('practises until its time is up, letting other work run between slices', async () => {
    const clock = { t: 0 };
    const { engine, steps } = practisingEngine(clock);
    const w = warmUp(engine, 100, () => clock.t);
    let otherWork = 0;
    const tick = () => {
      otherWork++;
      if (otherWork < 1000) setImmediate(tick);
    };
    setImmediate(tick);
    const taken = await w.done;
    expect(taken).toBe(100);
    expect(steps()).toBe(100);
    // Slices of a few ms: the other work ran many times while the practice went on.
    expect(otherWork).toBeGreaterThan(10);
  });

  it('stops when asked, and when the engine has nothing to practise on', async () => {
    const clock = { t: 0 };
    const { engine } = practisingEngine(clock);
    const w = warmUp(engine, 10_000, () => clock.t);
    w.stop();
    expect(await w.done).toBeLessThan(10);
    const empty = practisingEngine({ t: 0 }, 3);
    const clockStill = { t: 0 };
    expect(await warmUp(empty.engine, 10_000, () => clockStill.t).done).toBe(3);
  });

  it('ends quietly when practice fails, instead of taking the process down', async () => {
    const failing = {
      *practise() {
        yield;
        throw new Error('disk gone');
      },
    } as unknown as Engine;
    expect(await warmUp(failing, 10_000).done).toBe(1);
  });
});
