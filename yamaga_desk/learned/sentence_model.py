"""The learned sentence model: load its data file, score a sentence.

The file (rules/learned/sentence_model.json.gz, written by train.py) holds
one logistic regression per checklist item over the features of
features.py, as gzipped JSON:

    {"format": 1, "items": ["5.1", ...], "bias": [...], "threshold": [...],
     "weights": {"<feature>": [item index, weight, item index, weight, ...]},
     ...what it was trained on and how (kept for people, not read here)}

In memory each feature maps to ONE int holding its weight for every item
(Packing below: whole numbers of 1/scale side by side), and features with
the same weights share that int: a sentence's ~120 features cost one dict
look-up each, and the sums of all items are one sum() of ints in C.  (It
was a tuple of 11 floats per feature, summed by zip/sum: in a check the
model's ~4 MB are out of the CPU caches, and visiting each tuple's floats
cost more than the additions; the packed ints cut the scoring's time in a
check by about a fifth, and the sums became exact, so the order the
features come in — a set's, which changes with each process's string
hashes — no longer moves their last bits.)  The ints are kept in one table
per kind of feature (features.py: "u", "b", "g", "p", ...), keyed by what
follows "<kind>:": a check looks up the words and character n-grams
themselves (features.paragraph_keys) and never builds the feature strings.

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
from typing import Iterable, Sequence

from .. import paths
from ..startup_cache import cache, content_hash

FORMAT = 1
FILE_NAME = "sentence_model.json.gz"
CACHE_KIND = "learned"
# Part of the start-up cache's key: changed whenever `tables()` changes shape,
# so an entry written by an older layout is never read as this one.
CACHE_LAYOUT = 2
# A packed sum can overflow into the next item's field only past 2**40
# features in one sentence (the fields are this much wider than any weight).
HEADROOM_BITS = 40


class ModelUnavailable(Exception):
    """The model file is missing or unreadable (the message says which and why)."""


def default_path() -> Path:
    return paths.builtin_rules_dir() / "learned" / FILE_NAME


def split_feature(feature: str) -> tuple[str, str]:
    """("u", "上司") for "u:上司": the feature's kind and its key in that
    kind's table (a feature without a kind, never made by features.py, is
    kept under kind "")."""
    kind, colon, key = feature.partition(":")
    return (kind, key) if colon else ("", feature)


class Packing:
    """How the weights of one feature for all n items are one int: item i's
    weight as a whole number of 1/scale, times 2**(bits * i), summed (a
    negative weight borrows from the fields above it; unpacking gives it
    back).  The int of a sum of features is the sum of their ints, so
    sum() adds every item's weights at once, exactly."""

    def __init__(self, n: int, scale: int, bits: int):
        self.n, self.scale, self.bits = n, scale, bits
        self._shifts = tuple(bits * i for i in range(n))
        self._mask = (1 << bits) - 1
        self._half = 1 << (bits - 1)
        # Adding half to every field makes each a non-negative number below
        # 2**bits (|a field's sum| < half), which can be cut out by shift and mask.
        self._lift = sum(self._half << shift for shift in self._shifts)

    @staticmethod
    def for_weights(n: int, weights: Iterable[float]) -> "Packing":
        """The packing that holds these weights exactly: scale 10**d for the
        fewest decimals d (<= 9) that write every weight (train.py rounds
        to 4), else 2**k (a float is always a whole number of some 2**-k)."""
        weights = set(weights)
        for digits in range(10):
            scale = 10 ** digits
            if all(round(w * scale) / scale == w for w in weights):
                break
        else:
            scale = max((w.as_integer_ratio()[1] for w in weights), default=1)
        largest = max((abs(round(w * scale)) for w in weights), default=0)
        return Packing(n, scale, largest.bit_length() + HEADROOM_BITS + 1)

    def pack(self, row: Sequence[float]) -> int:
        return sum(round(w * self.scale) << shift for w, shift in zip(row, self._shifts))

    def field(self, packed: int, i: int) -> float:
        """Item i's field of `packed` alone (sums() without the others)."""
        shift = self._shifts[i]
        return ((((packed + self._lift) >> shift) & self._mask) - self._half) / self.scale

    def sums(self, bias: Sequence[float], packed: int) -> list[float]:
        """bias[i] + item i's field of `packed` (a sum of packed features)."""
        lifted, mask, half, scale = packed + self._lift, self._mask, self._half, self.scale
        return [b + (((lifted >> shift) & mask) - half) / scale for b, shift in zip(bias, self._shifts)]


class SentenceModel:
    """items[i] is scored as sigmoid(bias[i] + sum of the weights of the
    sentence's features); a sentence is flagged for items[i] when that
    reaches threshold[i].  weights: kind -> {key: the feature's weights
    packed into one int by `packing`} (feature "<kind>:<key>", see
    split_feature)."""

    def __init__(self, items: Iterable[str], bias: Iterable[float], threshold: Iterable[float],
                 packing: Packing, weights: dict[str, dict[str, int]]):
        self.items = tuple(items)
        self.bias = tuple(bias)
        self.threshold = tuple(threshold)
        # Comparing raw sums with the thresholds' logits spares an exp() per item.
        self._cut = tuple(_logit(t) for t in threshold)
        self.packing = packing
        self.weights = weights

    def _packed(self, feature: str) -> int:
        kind, key = split_feature(feature)
        return self.weights.get(kind, {}).get(key, 0)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """{item: probability that the sentence breaks it}."""
        sums = self.packing.sums(self.bias, sum(map(self._packed, features)))
        return {item: _sigmoid(z) for item, z in zip(self.items, sums)}

    def flagged(self, features: Iterable[str]) -> list[str]:
        """The items whose threshold the sentence reaches (features as
        strings, "u:上司": see flagged_keys for a check's way)."""
        return self._reached(sum(map(self._packed, features)))

    def flagged_keys(self, keys: Iterable[tuple[str, Iterable[str]]]) -> list[str]:
        """flagged() of the features given as (kind, distinct keys) pairs,
        no kind twice (features.paragraph_keys): the same features, the
        same sums, without a string per feature."""
        tables = self.weights
        total = 0
        for kind, of_kind in keys:
            table = tables.get(kind)
            if table is not None:
                total += sum(filter(None, map(table.get, of_kind)))
        return self._reached(total)

    def item_weights(self, item: str, keys: Iterable[tuple[str, Iterable[str]]]) -> tuple[float, dict[tuple[str, str], float]]:
        """(the sentence's score for `item` before the sigmoid, and each of
        its features' weight for that item, by (kind, key)) — features the
        model has no weight for are left out.  Why a sentence was flagged:
        the features with the largest weights decided it."""
        i = self.items.index(item)
        field = self.packing.field
        tables, total, weights = self.weights, 0, {}
        for kind, of_kind in keys:
            table = tables.get(kind)
            if table is None:
                continue
            for key in of_kind:
                packed = table.get(key)
                if packed:
                    total += packed
                    weights[(kind, key)] = field(packed, i)
        return self.bias[i] + field(total, i), weights

    def _reached(self, packed: int) -> list[str]:
        sums = self.packing.sums(self.bias, packed)
        return [item for item, z, cut in zip(self.items, sums, self._cut) if z >= cut]

    def tables(self) -> tuple:
        """The model as plain data for the start-up cache (marshal keeps the
        shared ints shared); `_from_tables` reads it back."""
        p = self.packing
        return (self.items, self.bias, self.threshold, p.scale, p.bits, self.weights)


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
    # One tuple per distinct row of weights (weights are rounded, and many
    # rare features share a row), then one packed int per distinct row.
    shared_rows: dict[tuple, tuple] = {}
    rows: dict[str, dict[str, tuple[float, ...]]] = {}
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
            row[index] += float(pairs[k + 1])  # (an item named twice: both count)
            if not math.isfinite(row[index]):
                raise ValueError(f"特徴「{feature}」の重み {pairs[k + 1]!r} が有限の数ではありません")
        row = tuple(row)
        kind, key = split_feature(feature)
        rows.setdefault(kind, {})[key] = shared_rows.setdefault(row, row)
    packing = Packing.for_weights(len(items), (w for row in shared_rows for w in row))
    packed = {row: packing.pack(row) for row in shared_rows}
    del shared_rows
    weights = {kind: {key: packed[row] for key, row in table.items()} for kind, table in rows.items()}
    return SentenceModel(items, bias, threshold, packing, weights)


def _from_tables(tables) -> SentenceModel | None:
    """The model from `tables()`'s plain data; None when it is not that
    (missing, or of another shape: the file is read instead)."""
    try:
        items, bias, threshold, scale, bits, weights = tables
        if not (len(items) == len(bias) == len(threshold)) or not isinstance(weights, dict):
            return None
        if not all(isinstance(i, str) for i in items) or not all(isinstance(x, float) for x in bias + threshold):
            return None
        if type(scale) is not int or type(bits) is not int or scale < 1 or bits <= HEADROOM_BITS:
            return None
        if not all(isinstance(kind, str) and isinstance(table, dict) for kind, table in weights.items()):
            return None
        # Ints wider than the items' fields would make the sums silently
        # wrong.  (map/set/min/max: in C, ~1 ms for 41,000 features at start.)
        widest = 1 << (bits * len(items))
        for table in weights.values():
            if table and (set(map(type, table.values())) != {int} or max(table.values()) >= widest
                          or min(table.values()) <= -widest):
                return None
    except (TypeError, ValueError):
        return None
    return SentenceModel(items, bias, threshold, Packing(len(items), scale, bits), weights)


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
