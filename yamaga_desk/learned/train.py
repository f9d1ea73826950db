"""Train the learned sentence model from labelled drafts.

    python -m yamaga_desk.learned.train CORPUS.jsonl... --out rules/learned/sentence_model.json.gz

Needs the `train` extra (scikit-learn); the app itself only reads the file.

Each corpus file is one set of drafts ({"text", "items", "evidence":
[{"item", "quote"}]} per line, as in tests/data/corpora).  A draft is read
exactly as the engine reads it (paragraphs -> normalize -> Sudachi ->
sentences, features.paragraph_features: a sentence's words and its
neighbours' in the paragraph); a sentence is positive for an item when it
overlaps an evidence quote of that item, negative when its draft does
not break the item, and left out of that item's training otherwise (a
sentence of a draft that breaks the item, beside the quoted words: not a
sure negative).  Per item: an L2 logistic regression over the binary
features (C=1, liblinear), weights below --prune dropped (they move a
score by little and cost memory), rounded.  --prune 0.08 rather than 0.05
keeps 31,000 of 52,000 features (the app's memory ~4 MB lower, the file
half the size) for the same quality: trained on dev + A-BT and scored on
two waves none of it had seen, macro F1 0.917 / 0.917 against 0.916 / 0.919
(BU-BX / BY-CB), clean drafts flagged 11 / 7 against 12 / 7 of 224.

Thresholds are chosen ONLY on the training data: the sets are split into
--folds groups; a model trained without a group scores its drafts (the
draft's score is its best sentence's); per item the threshold is the lowest
on a 0.025 grid at which those out-of-fold flags reach --precision (with at
least 3 flagged drafts; PRECISION_FOR raises the target of a few items).
An item that never does gets threshold 1.01
(never flags).  Everything is deterministic: sorted features, fixed seeds,
gzip without a time stamp; the same corpora give the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ..analysis.document import Document
from ..analysis.tokenizer import analyse
from ..text.normalize import normalize, paragraphs
from . import SHIPPED_ITEMS
from .features import paragraph_features, sentences
from .sentence_model import FORMAT

DEFAULT_ITEMS = SHIPPED_ITEMS  # the items rules/learned.toml ships
GRID = [round(0.05 + 0.025 * k, 3) for k in range(37)]  # 0.05 .. 0.95
MIN_FLAGGED = 3
# Items held to a higher precision than --precision.  Their false alarms on
# clean drafts are mostly counter-speech (a slur quoted to condemn it, a
# prejudice told as someone else's) and ordinary words near a security word,
# which cost the checker the writers' trust; and their hand rules already
# catch most of what the model adds.  Measured twice, each time training
# without a wave and scoring it (thresholds only; the weights are the same):
# sets AO-AR 0.939 -> 0.941 macro F1, clean drafts flagged 3 -> 3 of 224;
# sets AS-AV 0.900 -> 0.903, 15 -> 13 of 224.  At 0.97 for every item both
# waves lost (0.935, 0.896: 5.6.3 and 5.6.6 recall fell).
PRECISION_FOR = {"5.6.1": 0.97, "5.6.2": 0.97, "6.3.3": 0.97}


@dataclass(frozen=True)
class Sentence:
    draft: int  # index of its draft
    features: frozenset[str]
    items: frozenset[str]  # items it holds evidence of
    # items of its whole draft: for an item of the draft that the sentence
    # holds no evidence of, the sentence is left out of that item's training
    # (neither a positive nor a sure negative: an evidence quote marks the
    # clearest words, and the sentence beside it often breaks the item too)
    draft_items: frozenset[str] = frozenset()


def draft_sentences(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end in the ORIGINAL text, features) of each sentence, read
    as the engine reads a draft (paragraph by paragraph)."""
    out = []
    for offset, paragraph in paragraphs(text):
        norm = normalize(paragraph)
        doc = Document(norm, None, lines=analyse(norm.text))
        pieces = list(sentences(doc))
        for (start, end, _), features in zip(pieces, paragraph_features([t for _, _, t in pieces])):
            s, e = norm.to_original(start, end)
            out.append((offset + s, offset + e, features))
    return out


def _evidence_spans(draft: dict) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    text = draft["text"]
    for ev in draft.get("evidence", []):
        quote, at = ev["quote"], 0
        while quote and (k := text.find(quote, at)) >= 0:
            spans.setdefault(ev["item"], []).append((k, k + len(quote)))
            at = k + 1
    return spans


def read_corpora(files: list[Path]) -> tuple[list[dict], list[Sentence], list[str]]:
    """Drafts (each with its "set"), their sentences, and the sets read.
    A file with the same bytes as one already read is skipped (a set kept
    in two places)."""
    drafts: list[dict] = []
    units: list[Sentence] = []
    sets: list[str] = []
    seen: dict[str, Path] = {}
    for path in files:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            print(f"{path}: same content as {seen[digest]}, skipped")
            continue
        seen[digest] = path
        name = path.stem
        sets.append(name)
        for n, line in enumerate(data.decode("utf-8-sig").splitlines(), 1):
            if not line.strip():
                continue
            try:
                draft = json.loads(line)
                draft["text"], draft["items"]
            except (ValueError, KeyError, TypeError) as exc:
                raise SystemExit(f"{path}:{n}: この行を読めません: {exc}")
            draft["set"] = name
            index = len(drafts)
            drafts.append(draft)
            evidence = _evidence_spans(draft)
            for start, end, features in draft_sentences(draft["text"]):
                items = frozenset(item for item, spans in evidence.items()
                                  if any(s < end and e > start for s, e in spans))
                units.append(Sentence(index, features, items, frozenset(draft["items"])))
    return drafts, units, sets


class _Fitted:
    """Pruned, rounded weights of one training run: {item: (bias, {feature: w})}."""

    def __init__(self, units: list[Sentence], items: tuple[str, ...], C: float, prune: float, min_df: int):
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        df: dict[str, int] = {}
        for u in units:
            for f in u.features:
                df[f] = df.get(f, 0) + 1
        vocabulary = sorted(f for f, c in df.items() if c >= min_df)
        index = {f: i for i, f in enumerate(vocabulary)}
        X = _matrix([u.features for u in units], index)
        self.models: dict[str, tuple[float, dict[str, float]]] = {}
        for item in items:
            y = np.array([item in u.items for u in units])
            # (the vocabulary stays that of all sentences: only the rows of the
            # unsure sentences are left out for this item)
            keep = np.array([item in u.items or item not in u.draft_items for u in units])
            if y.sum() == 0 or y[keep].all():
                continue
            clf = LogisticRegression(C=C, solver="liblinear", max_iter=200, random_state=0)
            clf.fit(X[keep], y[keep])
            w = clf.coef_[0]
            kept = {vocabulary[i]: round(float(w[i]), 4) for i in np.nonzero(np.abs(w) >= prune)[0]}
            self.models[item] = (round(float(clf.intercept_[0]), 5), kept)

    def draft_scores(self, units: list[Sentence]) -> dict[int, dict[str, float]]:
        """{draft: {item: best sentence probability}}, with the pruned,
        rounded weights the app will use."""
        import numpy as np

        items = list(self.models)
        features = sorted({f for _, weights in self.models.values() for f in weights})
        index = {f: i for i, f in enumerate(features)}
        W = np.zeros((len(features), len(items)))
        for j, item in enumerate(items):
            for f, w in self.models[item][1].items():
                W[index[f], j] = w
        bias = np.array([self.models[item][0] for item in items])
        P = 1.0 / (1.0 + np.exp(-(_matrix([u.features for u in units], index) @ W + bias)))
        best: dict[int, dict[str, float]] = {}
        for u, row in zip(units, P):
            mine = best.setdefault(u.draft, {})
            for item, p in zip(items, row.tolist()):
                if p > mine.get(item, -1.0):
                    mine[item] = p
        return best


def _matrix(rows: list[frozenset[str]], index: dict[str, int]):
    import numpy as np
    import scipy.sparse as sp

    cols, ptr = [], [0]
    for features in rows:
        cols.extend(sorted(index[f] for f in features if f in index))
        ptr.append(len(cols))
    return sp.csr_matrix((np.ones(len(cols)), cols, ptr), shape=(len(rows), len(index)))


def choose_threshold(scores: list[float], gold: list[bool], precision: float) -> tuple[float, float, float]:
    """(threshold, precision, recall) of the lowest grid threshold whose
    flags reach `precision` (1.01, 0, 0 when none does)."""
    positives = sum(gold)
    for t in GRID:
        flagged = [g for s, g in zip(scores, gold) if s >= t]
        if len(flagged) >= MIN_FLAGGED and sum(flagged) / len(flagged) >= precision:
            return t, sum(flagged) / len(flagged), sum(flagged) / max(positives, 1)
    return 1.01, 0.0, 0.0


def train(files: list[Path], items: tuple[str, ...] = DEFAULT_ITEMS, *, precision: float = 0.95,
          precision_for: dict[str, float] | None = None, C: float = 1.0, prune: float = 0.08,
          folds: int = 5, min_df: int = 2, log=print) -> dict:
    """The model file's data (see sentence_model.py).  `precision` is the
    thresholds' target, `precision_for` the items with a target of their own
    (PRECISION_FOR when None)."""
    targets = {item: precision for item in items}
    targets.update(PRECISION_FOR if precision_for is None else precision_for)
    t0 = time.perf_counter()
    drafts, units, sets = read_corpora(files)
    log(f"{len(drafts)} drafts, {len(units)} sentences from {len(sets)} sets: {', '.join(sets)}")
    groups = [sets[k::folds] for k in range(folds) if sets[k::folds]]
    out_of_fold: dict[int, dict[str, float]] = {}
    for k, group in enumerate(groups, 1):
        held = set(group)
        inside = [u for u in units if drafts[u.draft]["set"] not in held]
        outside = [u for u in units if drafts[u.draft]["set"] in held]
        out_of_fold.update(_Fitted(inside, items, C, prune, min_df).draft_scores(outside))
        log(f"  inner fold {k}/{len(groups)} (held out: {', '.join(group)}) {time.perf_counter() - t0:.0f} s")
    final = _Fitted(units, items, C, prune, min_df)
    shipped = [item for item in items if item in final.models]
    thresholds = []
    order = sorted(out_of_fold)
    for item in shipped:
        scores = [out_of_fold[d].get(item, 0.0) for d in order]
        gold = [item in drafts[d]["items"] for d in order]
        t, p, r = choose_threshold(scores, gold, targets[item])
        thresholds.append(t)
        n_pos = sum(item in u.items for u in units)
        log(f"  {item}: {n_pos} positive sentences, {len(final.models[item][1])} weights, threshold {t}"
            f" (target {targets[item]}; out-of-fold drafts: precision {p:.2f}, recall {r:.2f})")
    weights: dict[str, list] = {}
    for j, item in enumerate(shipped):
        for feature, w in final.models[item][1].items():
            weights.setdefault(feature, []).extend((j, w))
    log(f"{len(weights)} features, {sum(len(v) for v in weights.values()) // 2} weights,"
        f" {time.perf_counter() - t0:.0f} s")
    return {
        "format": FORMAT, "items": shipped, "bias": [final.models[i][0] for i in shipped],
        "threshold": thresholds,
        "weights": {f: weights[f] for f in sorted(weights)},
        "trained_on": sets, "precision_target": {item: targets[item] for item in shipped}, "C": C, "prune": prune, "folds": folds,
        "min_df": min_df, "features": "paragraph_features (own words, p:/n: and p2:/n2: neighbours)",
    }


def write(data: dict, out: Path) -> int:
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    packed = gzip.compress(raw, compresslevel=9, mtime=0)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(packed)
    tmp.replace(out)
    return len(packed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m yamaga_desk.learned.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path, help="labelled drafts (.jsonl), one set per file")
    ap.add_argument("--out", type=Path, required=True, help="e.g. rules/learned/sentence_model.json.gz")
    ap.add_argument("--items", default=",".join(DEFAULT_ITEMS), help="checklist items to learn (comma-separated)")
    ap.add_argument("--precision", type=float, default=0.95, help="precision target of the thresholds")
    ap.add_argument("--precision-for", metavar="ITEM=P", action="append", default=None,
                    help="an item's own target (repeatable; replaces the built-in ones: "
                         + ", ".join(f"{i}={p}" for i, p in PRECISION_FOR.items()) + ")")
    ap.add_argument("--C", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--prune", type=float, default=0.08, help="drop weights with |w| below this")
    ap.add_argument("--folds", type=int, default=5, help="inner groups of sets for the thresholds")
    a = ap.parse_args(argv)
    for path in a.corpora:
        if not path.is_file():
            print(f"{path}: ファイルが見つかりません", file=sys.stderr)
            return 2
    items = tuple(i.strip() for i in a.items.split(",") if i.strip())
    precision_for = None
    if a.precision_for is not None:
        precision_for = {}
        for given in a.precision_for:
            item, _, value = given.partition("=")
            try:
                precision_for[item.strip()] = float(value)
            except ValueError:
                print(f"--precision-for {given}: 「項目=精度」の形で指定してください（例 5.6.1=0.97）", file=sys.stderr)
                return 2
    data = train(a.corpora, items, precision=a.precision, precision_for=precision_for, C=a.C, prune=a.prune,
                 folds=a.folds)
    size = write(data, a.out)
    print(f"wrote {a.out} ({size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
