// Logistic regression (L2, full-batch gradient descent) over sparse binary features, shared by the text models'
// training scripts (train-complaint-model.mjs, train-question-model.mjs), and the held-out measures they choose their
// thresholds with.

/**
 * Trains on `train` rows ({ y: 0 | 1, features: string[] }, a feature once per occurrence); returns the bias and a
 * weight per feature of the vocabulary (features found in at least `minCount` posts).
 */
export function fit(train, { l2, epochs, rate, minCount }) {
  const counts = new Map();
  // A feature's number of posts, not of occurrences.
  for (const r of train) for (const f of new Set(r.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map([...counts].filter(([, n]) => n >= minCount).map(([f], i) => [f, i]));
  const X = train.map((r) => r.features.filter((f) => vocab.has(f)).map((f) => vocab.get(f)));
  const w = new Float64Array(vocab.size);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(vocab.size);
    let gb = 0;
    for (let i = 0; i < train.length; i++) {
      let z = b;
      for (const j of X[i]) z += w[j];
      const g = 1 / (1 + Math.exp(-z)) - train[i].y;
      gb += g;
      for (const j of X[i]) grad[j] += g;
    }
    for (let j = 0; j < w.length; j++) w[j] -= rate * (grad[j] / train.length + l2 * w[j]);
    b -= rate * (gb / train.length);
  }
  return { bias: b, weights: new Map([...vocab].map(([f, j]) => [f, w[j]])) };
}

/** A model's log-odds for a row: its bias plus the weight of each of the row's features. */
export function score(model, row) {
  return row.features.reduce((s, f) => s + (model.weights.get(f) ?? 0), model.bias);
}

/** Which set of `sets` (names, in order, of `sizes` rows each) each of `total` rows came from. */
export function setsOfRows(sets, sizes, total) {
  return Array.from({ length: total }, (_, i) => {
    let n = i;
    for (let s = 0; s < sizes.length; s++) {
      if (n < sizes[s]) return sets[s];
      n -= sizes[s];
    }
    return '';
  });
}

/** Precision and recall of verdicts ({ said, y }); precision 1 when nothing was said, recall 1 when nothing was due. */
export function precisionRecall(verdicts) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { said, y } of verdicts) {
    if (said && y) tp++;
    else if (said) fp++;
    else if (y) fn++;
  }
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

/** The features worth shipping: those whose weight reaches `minWeight`, sorted by name, with their weights. */
export function keptWeights(model, minWeight) {
  return [...model.weights].filter(([, v]) => Math.abs(v) >= minWeight).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
