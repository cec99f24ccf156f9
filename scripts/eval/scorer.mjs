// The scoring rule of score.mjs as a function, so that `npm run eval` and the command-line scorer
// judge alike. A predicted fact is a true positive when a gold fact has the same doc, entity,
// indicator, period, measure and basis group (plan, or outcome = actual/estimate) and a value
// within 0.1 % (relative). Derived facts are not scored; gold marked "ignore" neither rewards nor
// punishes a prediction with its key; everything else predicted is a false positive, every gold
// fact not found a false negative.

export const norm = (s) =>
  String(s ?? "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^thành phố /, "tp ")
    .replace(/^tp\. ?/, "tp ")
    .replace(/^tỉnh /, "")
    .trim();
// January-through-month periods that have a shorter name: YTD03 = Q1, YTD06 = H1, YTD12 = the year.
export const period = (p) =>
  String(p).replace(/^(\d{4})-YTD(03|06|12)$/, (_, y, m) => (m === "03" ? `${y}-Q1` : m === "06" ? `${y}-H1` : y));
const group = (basis) => (basis === "plan" ? "plan" : "outcome");
export const key = (f) =>
  [f.doc, norm(f.entity), f.indicator, period(f.period), f.measure ?? "value", group(f.basis)].join("|");
const close = (a, b) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-3);

/** Scores predictions against gold; only documents that have gold are judged. */
export function score(gold, predicted) {
  const pred = predicted.filter((f) => !f.derived);
  const scoredDocs = new Set(gold.map((g) => g.doc));
  const judged = pred.filter((p) => scoredDocs.has(p.doc));
  const goldByKey = new Map();
  for (const g of gold) {
    const k = key(g);
    if (!goldByKey.has(k)) goldByKey.set(k, []);
    goldByKey.get(k).push({ ...g, found: false });
  }
  let tp = 0, fp = 0, basisRight = 0;
  const wrong = [];
  for (const p of judged) {
    const candidates = goldByKey.get(key(p)) ?? [];
    const hit = candidates.find((g) => !g.found && typeof p.value === "number" && close(p.value, g.value));
    if (hit) {
      hit.found = true;
      if (hit.ignore) continue;
      tp++;
      if (hit.basis === p.basis) basisRight++;
    } else if (candidates.some((g) => g.ignore)) {
      continue;
    } else {
      fp++;
      wrong.push(p);
    }
  }
  const all = [...goldByKey.values()].flat();
  const missed = all.filter((g) => !g.found && !g.ignore);
  const fn = missed.length;
  const P = tp + fp ? tp / (tp + fp) : 0;
  const R = tp + fn ? tp / (tp + fn) : 0;
  const F1 = P + R ? (2 * P * R) / (P + R) : 0;
  const found = all.filter((g) => g.found && !g.ignore);
  return { tp, fp, fn, P, R, F1, basisRight, wrong, missed, found, goldCount: gold.length, docCount: scoredDocs.size };
}

export const brief = (f) =>
  `${f.doc} | ${f.entity} | ${f.indicator} | ${f.period} | ${f.basis}/${f.measure ?? "value"} = ${f.value}` +
  (f.source?.text ? `   «${String(f.source.text).slice(0, 90)}»` : "");

export const figure = (r) =>
  `F1 ${r.F1.toFixed(3)} (P ${r.P.toFixed(3)} R ${r.R.toFixed(3)}) tp ${r.tp} fp ${r.fp} fn ${r.fn}`;
