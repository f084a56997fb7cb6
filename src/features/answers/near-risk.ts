import type { ExampleClass, SafetyExamples } from '../../core/content/safety-examples-schema.ts';
import type { Language } from './language.ts';
import type { SafetyClass } from './safety-class.ts';

/** How sure the nearest-neighbour net must be before it speaks. */
export interface NearRiskThresholds {
  /** Cosine similarity the nearest risky example must reach. */
  minSimilarity: number;
  /** How far the nearest risky example must beat the nearest `ordinary` one. */
  margin: number;
  /**
   * Words the nearest risky example must share with the message, a shared word pair counting as
   * this many on its own: a word or two in common is a coincidence of folding ("máy tính chậm" and
   * "chấm dứt" both read "cham"), a pair is a phrase.
   */
  minShared: number;
}

/**
 * Chosen by leave-one-file-out over the public set and every tuned dev file (bench/near-risk-tune.ts;
 * risky5.yaml and the *-holdout files never read), session 10, after a shared word pair was made
 * to count as it was meant to: with the net scored alone, each file in turn was judged with the
 * thresholds best on the other 27 (right class for risky prompts, minus 10x benign prompts raised).
 * 13 of the 14 folds with risky prompts chose similarity 0.13, margin 0.08 and 5 shared words (or
 * one shared pair); the other (risky9 held out) chose similarity 0.15. No fold raised a benign
 * question of its held-out file; over all files 110 risky prompts are caught, 0 benign raised.
 */
export const NEAR_RISK_THRESHOLDS: NearRiskThresholds = { minSimilarity: 0.13, margin: 0.08, minShared: 5 };

/** What the net found: the class of the nearest risky examples and how near they were. */
export interface NearRiskVerdict {
  kind: SafetyClass;
  similarity: number;
  /** The nearest `ordinary` example's similarity. */
  ordinary: number;
}

/** A second safety net: risky messages the rules do not know, by their closeness to labelled examples. */
export interface NearRisk {
  check(text: string): NearRiskVerdict | undefined;
}

type Vector = Map<string, number>;

const PAIR = '_';

/** Words and word pairs (`a_b`) of folded text. */
function terms(folded: string): string[] {
  const words = folded.split(' ').filter((w) => w !== '');
  const out = [...words];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]}${PAIR}${words[i]}`);
  return out;
}

function unit(v: Vector): Vector {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

/**
 * Builds the TF-IDF index over `flows/safety/examples.yaml` once (at content load); `check`
 * compares a message with every example by cosine similarity.
 */
export function createNearRisk(
  examples: SafetyExamples,
  lang: Language,
  thresholds: NearRiskThresholds = NEAR_RISK_THRESHOLDS,
): NearRisk {
  const items = examples.examples.flatMap((g) =>
    g.says.map((text) => ({ kind: g.class, terms: terms(lang.read(text)) })),
  );
  const df = new Map<string, number>();
  for (const item of items) for (const t of new Set(item.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = items.length;
  const idf = (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  const vectorOf = (ts: readonly string[]): Vector => {
    const v: Vector = new Map();
    for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, (1 + Math.log(tf)) * idf(t));
    return unit(v);
  };
  const index = items.map((item) => ({ kind: item.kind, vector: vectorOf(item.terms) }));
  // Inverted lists: only examples sharing a term with the message are scored.
  const postings = new Map<string, Array<{ at: number; weight: number }>>();
  index.forEach(({ vector }, at) => {
    for (const [t, weight] of vector) {
      const list = postings.get(t) ?? [];
      list.push({ at, weight });
      postings.set(t, list);
    }
  });

  return {
    check(text) {
      if (index.length === 0) return undefined;
      const query = vectorOf(terms(lang.read(text)));
      const scores = new Map<number, number>();
      const shared = new Map<number, number>();
      for (const [t, weight] of query)
        for (const p of postings.get(t) ?? []) {
          scores.set(p.at, (scores.get(p.at) ?? 0) + weight * p.weight);
          // A shared word pair counts as much as the minimum: it is a phrase, not a coincidence.
          shared.set(p.at, (shared.get(p.at) ?? 0) + (t.includes(PAIR) ? thresholds.minShared : 1));
        }
      let ordinary = 0;
      const risky: Array<{ kind: ExampleClass; score: number; shared: number }> = [];
      for (const [at, score] of scores) {
        const kind = index[at]?.kind;
        if (kind === undefined) continue;
        if (kind === 'ordinary') ordinary = Math.max(ordinary, score);
        else risky.push({ kind, score, shared: shared.get(at) ?? 0 });
      }
      risky.sort((a, b) => b.score - a.score);
      const [first, second] = risky;
      if (!first || first.kind === 'ordinary') return undefined;
      // The two nearest risky examples must agree on the class.
      if (second && second.kind !== first.kind) return undefined;
      if (first.shared < thresholds.minShared) return undefined;
      if (first.score < thresholds.minSimilarity || first.score - ordinary < thresholds.margin) return undefined;
      return { kind: first.kind, similarity: first.score, ordinary };
    },
  };
}
