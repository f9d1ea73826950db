"""The learned sentence model: load its data file, score a sentence.

The file (rules/learned/sentence_model.json.gz, written by train.py) holds
one logistic regression per checklist item over the features of
features.py, as gzipped JSON:

    {"format": 1, "items": ["5.1", ...], "bias": [...], "threshold": [...],
     "weights": {"<feature>": [item index, weight, item index, weight, ...]},
     ...what it was trained on and how (kept for people, not read here)}

In memory each feature maps to ONE flat tuple of (item index, weight)
pairs: a sentence's ~100 features cost one dict look-up each, whatever the
number of items, and ~20,000 features fit in a few MB.

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

FORMAT = 1
FILE_NAME = "sentence_model.json.gz"


class ModelUnavailable(Exception):
    """The model file is missing or unreadable (the message says which and why)."""


def default_path() -> Path:
    return paths.builtin_rules_dir() / "learned" / FILE_NAME


class SentenceModel:
    """items[i] is scored as sigmoid(bias[i] + sum of the weights of the
    sentence's features); a sentence is flagged for items[i] when that
    reaches threshold[i]."""

    def __init__(self, items: list[str], bias: list[float], threshold: list[float],
                 weights: dict[str, tuple]):
        self.items = tuple(items)
        self.bias = tuple(bias)
        self.threshold = tuple(threshold)
        # Comparing raw sums with the thresholds' logits spares an exp() per item.
        self._cut = tuple(_logit(t) for t in threshold)
        self.weights = weights

    def _sums(self, features: Iterable[str]) -> list[float]:
        z = list(self.bias)
        get = self.weights.get
        for feature in features:
            pairs = get(feature)
            if pairs is not None:
                for k in range(0, len(pairs), 2):
                    z[pairs[k]] += pairs[k + 1]
        return z

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """{item: probability that the sentence breaks it}."""
        return {item: _sigmoid(z) for item, z in zip(self.items, self._sums(features))}

    def flagged(self, features: Iterable[str]) -> list[str]:
        """The items whose threshold the sentence reaches."""
        return [item for item, z, cut in zip(self.items, self._sums(features), self._cut) if z >= cut]


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def _logit(p: float) -> float:
    if p >= 1.0:
        return math.inf  # never reached: an item the training could not make precise enough
    if p <= 0.0:
        return -math.inf
    return math.log(p / (1.0 - p))


def load(path: Path) -> SentenceModel:
    """Read a model file; ModelUnavailable (naming the file) when it cannot be used."""
    try:
        raw = gzip.decompress(path.read_bytes())
    except FileNotFoundError:
        raise ModelUnavailable(f"学習モデル {path} がありません") from None
    except OSError as exc:  # gzip.BadGzipFile is one
        raise ModelUnavailable(f"学習モデル {path} を読めません（{exc}）") from None
    except EOFError:
        raise ModelUnavailable(f"学習モデル {path} が途中で切れています") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ModelUnavailable(f"学習モデル {path} の中身が JSON として読めません（{exc}）") from None
    try:
        return _from_data(data)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ModelUnavailable(f"学習モデル {path} の形式が違います（{exc}）") from None


def _from_data(data: dict) -> SentenceModel:
    if data.get("format") != FORMAT:
        raise ValueError(f"format {data.get('format')!r}、読めるのは {FORMAT}")
    items = [str(i) for i in data["items"]]
    bias = [float(b) for b in data["bias"]]
    threshold = [float(t) for t in data["threshold"]]
    if not (len(items) == len(bias) == len(threshold)):
        raise ValueError("items・bias・threshold の数が合いません")
    shared: dict[float, float] = {}  # one float object per distinct weight (weights are rounded)
    weights: dict[str, tuple] = {}
    for feature, pairs in data["weights"].items():
        if len(pairs) % 2:
            raise ValueError(f"特徴「{feature}」の重みが (項目, 重み) の組になっていません")
        flat = []
        for k in range(0, len(pairs), 2):
            index, weight = pairs[k], float(pairs[k + 1])
            if not isinstance(index, int) or not 0 <= index < len(items):
                raise ValueError(f"特徴「{feature}」の項目番号 {index!r} が範囲外です")
            flat.append(index)
            flat.append(shared.setdefault(weight, weight))
        weights[feature] = tuple(flat)
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
