/**
 * Logistic regression by Newton's method with an L2 penalty (the intercept left unpenalised):
 * few features, tens of thousands of rows, so each step solves the full Hessian. Used by
 * `npm run eval:variants` to learn how much each class of edit says about two spellings being
 * one name.
 */

export interface LogisticOptions {
  /** L2 penalty on every weight but the first (the intercept). Default 1. */
  readonly l2?: number;
  /** Weight of a row with label 0 against one with label 1: > 1 buys precision. Default 1. */
  readonly negativeWeight?: number;
  /** A weight per row, multiplied with `negativeWeight` for rows of label 0. Default 1 each. */
  readonly rowWeights?: readonly number[];
  /** Newton steps at most. Default 25. */
  readonly steps?: number;
}

/**
 * Weights `w` maximising the penalised log-likelihood of `labels` under `P(1 | x) = σ(w · x)`.
 * Each row of `features` must start with a constant 1 for the intercept.
 *
 * @example fitLogistic([[1, 0], [1, 1], [1, 2], [1, 3]], [0, 0, 1, 1])[1] // > 0: the feature rises with the label
 */
export function fitLogistic(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  options: LogisticOptions = {}
): number[] {
  const k = features[0]?.length ?? 0;
  const l2 = options.l2 ?? 1;
  const negativeWeight = options.negativeWeight ?? 1;
  const w = new Array<number>(k).fill(0);
  for (let step = 0; step < (options.steps ?? 25); step++) {
    const grad = new Array<number>(k).fill(0);
    const hess = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    features.forEach((x, r) => {
      const y = labels[r] as number;
      const weight = (options.rowWeights?.[r] ?? 1) * (y === 1 ? 1 : negativeWeight);
      const p = sigmoid(dot(w, x));
      const g = weight * (y - p);
      const h = weight * p * (1 - p);
      for (let a = 0; a < k; a++) {
        grad[a]! += g * (x[a] as number);
        for (let b = 0; b <= a; b++) hess[a]![b]! += h * (x[a] as number) * (x[b] as number);
      }
    });
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < a; b++) hess[b]![a] = hess[a]![b]!;
      if (a > 0) {
        grad[a]! -= l2 * w[a]!;
        hess[a]![a]! += l2;
      }
    }
    const delta = solve(hess, grad);
    let moved = 0;
    for (let a = 0; a < k; a++) {
      w[a]! += delta[a]!;
      moved = Math.max(moved, Math.abs(delta[a]!));
    }
    if (moved < 1e-8) break;
  }
  return w;
}

/** `w · x`: the log-odds the model gives a row. */
export function dot(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += (w[i] as number) * (x[i] as number);
  return s;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Solves `A x = b` by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / p;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}
