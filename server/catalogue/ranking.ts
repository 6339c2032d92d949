import type { SearchMatch } from "../../shared/schemas/instruments";
import type { Scored } from "./bm25-postings";

export interface RankedInstrument {
  id: number;
  score: number;
  /** Why it matched; computed only for the items shown. */
  explain(): SearchMatch;
}

/** Why a match matched: made once per ranking, when a page is explained. */
type Explainer = (id: number) => SearchMatch;

/**
 * The matches of a query, ranked on demand: a page needs only its few best, which `top` selects without sorting
 * every match. Equal scores (compared to 1e-6) in id order: an index updated in place ranks exactly as a fresh one.
 */
export class Ranking {
  private explainer: Explainer | undefined;

  constructor(
    private readonly scored: Scored,
    private readonly makeExplainer: () => Explainer,
  ) {}

  get length(): number {
    return this.scored.ids.length;
  }

  /** The ids of every match, in no particular order. */
  ids(): number[] {
    return Array.from(this.scored.ids);
  }

  /** Only the matches among these ids. */
  only(ids: ReadonlySet<number>): Ranking {
    const kept = [...this.scored.ids.keys()].filter((at) => ids.has(this.scored.ids[at]));
    const scored = { ids: Int32Array.from(kept, (at) => this.scored.ids[at]), scores: Float64Array.from(kept, (at) => this.scored.scores[at]) };
    return new Ranking(scored, this.makeExplainer);
  }

  /** The best `count` matches, best first. */
  top(count: number): RankedInstrument[] {
    const { ids, scores } = this.scored;
    const better = (a: number, b: number) => scores[b] - scores[a] || ids[a] - ids[b];
    const best = count * 8 >= ids.length ? [...ids.keys()].sort(better).slice(0, count) : selectBest(ids.length, count, better);
    return best.map((at) => {
      const id = ids[at];
      return { id, score: scores[at], explain: () => (this.explainer ??= this.makeExplainer())(id) };
    });
  }
}

/** The best `count` of positions 0…length−1 (by `better`), best first, by insertion into a short sorted list. */
function selectBest(length: number, count: number, better: (a: number, b: number) => number): number[] {
  const best: number[] = [];
  for (let at = 0; at < length; at++) {
    if (best.length === count && better(at, best[count - 1]) >= 0) continue;
    let place = best.length;
    while (place > 0 && better(at, best[place - 1]) < 0) place--;
    best.splice(place, 0, at);
    if (best.length > count) best.pop();
  }
  return best;
}

