"""The learned sentence model: load its data file, score a sentence.

The file (rules/learned/sentence_model.json.gz, written by train.py) holds
one logistic regression per checklist item over the features of
features.py, as gzipped JSON:

    {"format": 1, "items": ["5.1", ...], "bias": [...], "threshold": [...],
     "weights": {"<feature>": [item index, weight, item index, weight, ...]},
     ...what it was trained on and how (kept for people, not read here)}

In memory each feature maps to ONE tuple holding its weight for every item
(0.0 where it has none), and features with the same weights share that
tuple: a sentence's ~100 features cost one dict look-up each, and the sums
of all items are taken by zip/sum in C (scoring cost 40 % less than a
Python loop over (item, weight) pairs; ~0.4 MB more for 22,000 features of
11 items, ~4.2 MB in all).

Reading gzipped JSON cost ~30 ms at the first check of every start, so the
tables are also kept in the start-up cache (startup_cache.py, kind
"learned"), keyed by a hash of the model file's bytes: a changed file is
never served from a stale entry, and an entry that is missing or of the
wrong shape makes the file be read again (~5 ms from the cache).

A file that is missing or unreadable never stops a check: loading raises
ModelUnavailable with a message naming the file and what is wrong, the
validators (validators/learned.py) pass it on, and the engine skips the
learned rules with that notice.
"""

from __future__ import annotations

import gzip
import json
import math
import threading
from pathlib import Path
from typing import Iterable

from .. import paths
from ..startup_cache import cache, content_hash

FORMAT = 1
FILE_NAME = "sentence_model.json.gz"
CACHE_KIND = "learned"
# Part of the start-up cache's key: changed whenever `tables()` changes shape,
# so an entry written by an older layout is never read as this one.
CACHE_LAYOUT = 1


class ModelUnavailable(Exception):
    """The model file is missing or unreadable (the message says which and why)."""


def default_path() -> Path:
    return paths.builtin_rules_dir() / "learned" / FILE_NAME


class SentenceModel:
    """items[i] is scored as sigmoid(bias[i] + sum of the weights of the
    sentence's features); a sentence is flagged for items[i] when that
    reaches threshold[i].  weights: feature -> one weight per item."""

    def __init__(self, items: Iterable[str], bias: Iterable[float], threshold: Iterable[float],
                 weights: dict[str, tuple[float, ...]]):
        self.items = tuple(items)
        self.bias = tuple(bias)
        self.threshold = tuple(threshold)
        # Comparing raw sums with the thresholds' logits spares an exp() per item.
        self._cut = tuple(_logit(t) for t in threshold)
        self.weights = weights

    def _sums(self, features: Iterable[str]) -> list[float]:
        # (every vector is a non-empty tuple: filter(None, ...) drops only
        # the features the model does not know)
        vectors = list(filter(None, map(self.weights.get, features)))
        if not vectors:
            return list(self.bias)
        return [b + s for b, s in zip(self.bias, map(sum, zip(*vectors)))]

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """{item: probability that the sentence breaks it}."""
        return {item: _sigmoid(z) for item, z in zip(self.items, self._sums(features))}

    def flagged(self, features: Iterable[str]) -> list[str]:
        """The items whose threshold the sentence reaches."""
        return [item for item, z, cut in zip(self.items, self._sums(features), self._cut) if z >= cut]

    def tables(self) -> tuple:
        """The model as plain data for the start-up cache (marshal keeps the
        shared weight tuples shared); `_from_tables` reads it back."""
        return (self.items, self.bias, self.threshold, self.weights)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def _logit(p: float) -> float:
    if p >= 1.0:
        return math.inf  # never reached: an item the training could not make precise enough
    if p <= 0.0:
        return -math.inf
    return math.log(p / (1.0 - p))


def load(path: Path) -> SentenceModel:
    """Read a model file — its tables from the start-up cache when the
    file's bytes are the ones cached; ModelUnavailable (naming the file)
    when it cannot be used."""
    try:
        packed = path.read_bytes()
    except FileNotFoundError:
        raise ModelUnavailable(f"学習モデル {path} がありません") from None
    except OSError as exc:
        raise ModelUnavailable(f"学習モデル {path} を読めません（{exc}）") from None
    store = cache()
    store.load()
    key = f"{CACHE_LAYOUT}:{content_hash(packed).hexdigest()}"
    model = _from_tables(store.peek(CACHE_KIND, key))
    if model is None:
        model = _from_file(path, packed)
        store.put(CACHE_KIND, key, model.tables())  # (an entry of the wrong shape is replaced)
    return model


def _from_file(path: Path, packed: bytes) -> SentenceModel:
    try:
        raw = gzip.decompress(packed)
    except OSError as exc:  # gzip.BadGzipFile is one
        raise ModelUnavailable(f"学習モデル {path} を読めません（{exc}）") from None
    except EOFError:
        raise ModelUnavailable(f"学習モデル {path} が途中で切れています") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ModelUnavailable(f"学習モデル {path} の中身が JSON として読めません（{exc}）") from None
    del raw  # (~2 MB of JSON text: freed before the tables are built, lowering the peak)
    try:
        return _from_data(data)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise ModelUnavailable(f"学習モデル {path} の形式が違います（{exc}）") from None


def _from_data(data: dict) -> SentenceModel:
    if data.get("format") != FORMAT:
        raise ValueError(f"format {data.get('format')!r}、読めるのは {FORMAT}")
    items = [str(i) for i in data["items"]]
    bias = [float(b) for b in data["bias"]]
    threshold = [float(t) for t in data["threshold"]]
    if not (len(items) == len(bias) == len(threshold)):
        raise ValueError("items・bias・threshold の数が合いません")
    # One float object per distinct weight and one tuple per distinct row of
    # weights (weights are rounded, and many rare features share a row).
    shared_weights: dict[float, float] = {0.0: 0.0}
    shared_rows: dict[tuple, tuple] = {}
    weights: dict[str, tuple[float, ...]] = {}
    # The parsed lists are dropped as their rows are made (popitem), so the
    # JSON's ~5 MB of lists and the tables never peak together.
    parsed = data["weights"]
    for _ in range(len(parsed)):
        feature, pairs = parsed.popitem()
        if len(pairs) % 2:
            raise ValueError(f"特徴「{feature}」の重みが (項目, 重み) の組になっていません")
        row = [0.0] * len(items)
        for k in range(0, len(pairs), 2):
            index = pairs[k]
            if not isinstance(index, int) or not 0 <= index < len(items):
                raise ValueError(f"特徴「{feature}」の項目番号 {index!r} が範囲外です")
            weight = row[index] + float(pairs[k + 1])  # (an item named twice: both count)
            row[index] = shared_weights.setdefault(weight, weight)
        row = tuple(row)
        weights[feature] = shared_rows.setdefault(row, row)
    return SentenceModel(items, bias, threshold, weights)


def _from_tables(tables) -> SentenceModel | None:
    """The model from `tables()`'s plain data; None when it is not that
    (missing, or of another shape: the file is read instead)."""
    try:
        items, bias, threshold, weights = tables
        if not (len(items) == len(bias) == len(threshold)) or not isinstance(weights, dict):
            return None
        if not all(isinstance(i, str) for i in items) or not all(isinstance(x, float) for x in bias + threshold):
            return None
        # Rows of another length would make zip() score silently wrong.
        if weights and set(map(len, weights.values())) != {len(items)}:
            return None
    except (TypeError, ValueError):
        return None
    return SentenceModel(items, bias, threshold, weights)


# -- the shipped model, loaded on first use ------------------------------------

_lock = threading.Lock()
_path: Path | None = None  # None: default_path()
_loaded: SentenceModel | ModelUnavailable | None = None


def shipped_model() -> SentenceModel:
    """The model of rules/learned/ (or the file given to use_model_file),
    read once per process; raises ModelUnavailable, every time, when it
    cannot be read."""
    global _loaded
    found = _loaded
    if found is None:
        with _lock:
            if _loaded is None:
                try:
                    _loaded = load(_path or default_path())
                except ModelUnavailable as exc:
                    _loaded = exc
            found = _loaded
    if isinstance(found, ModelUnavailable):
        raise ModelUnavailable(str(found))
    return found


def use_model_file(path: Path | None) -> None:
    """Read the model from `path` (None: the shipped one) from the next check on."""
    global _path, _loaded
    with _lock:
        _path = Path(path) if path is not None else None
        _loaded = None
