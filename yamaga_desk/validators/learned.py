"""The learned sentence model as validators: ``learned_sentence_5_1`` yields
each sentence of the paragraph that the model (learned/sentence_model.py)
scores at or above item 5.1's threshold, and so on for every item.

Paragraph scope: a sentence's score depends on its own words and on its
neighbours' in the same paragraph (features.paragraph_keys), so the
paragraph's text decides it.  All
items are scored in one pass per paragraph (the first of the validators to
run does it, the others reuse it).  A model file that cannot be read raises
ModelUnavailable: the engine skips the learned rules with a notice naming
the file, the rules' own findings are unchanged.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from ..learned import SHIPPED_ITEMS as ITEMS
from ..learned.features import SKIP_POS, paragraph_keys, sentences
from ..learned.sentence_model import shipped_model
from .registry import validator

# Only the shipped items (learned/__init__.py) get a validator: each runs on
# every paragraph (no `needs`), so an item is added there together with its
# rule in rules/learned.toml.  An item the model file lacks raises a clear error.

# Paragraph text -> what the model made of it (_scored), for the other
# items' validators on the same paragraph (they run one after another) and
# for the notes on the findings the check reports.
_RECENT = 64
_flagged_by_text: OrderedDict = OrderedDict()
_lock = threading.Lock()


def flagged_sentences(doc) -> dict[str, list[tuple[int, int]]]:
    """{item: spans of doc.text of the sentences the model flags for it}."""
    return _scored(doc)[0]


def _scored(doc) -> tuple[dict, dict]:
    """({item: spans of the sentences flagged for it}, {(item, span): (the
    sentence's score for the item, its deciding words)}): the words are
    read while the sentence's features are at hand, for flagged sentences
    only."""
    model = shipped_model()
    key = (model, doc.text)  # (the model object: a model swapped in by a test never sees old results)
    with _lock:
        scored = _flagged_by_text.get(key)
    if scored is not None:
        return scored
    found: dict[str, list[tuple[int, int]]] = {}
    why: dict[tuple[str, tuple[int, int]], tuple[float, list[str]]] = {}
    pieces = list(sentences(doc))
    # paragraph_keys: the features training reads (paragraph_features)
    # without joining each into a string
    for (start, end, tokens), keys in zip(pieces, paragraph_keys([t for _, _, t in pieces])):
        flagged = model.flagged_keys(keys)
        if flagged:
            span = _words_span(tokens) or (start, end)
            for item in flagged:
                found.setdefault(item, []).append(span)
                why[(item, span)] = _deciding_words(model, item, keys, tokens)
    scored = (found, why)
    with _lock:
        _flagged_by_text[key] = scored
        while len(_flagged_by_text) > _RECENT:
            _flagged_by_text.popitem(last=False)
    return scored


def _words_span(tokens) -> tuple[int, int] | None:
    """From the sentence's first word to its last: the rule underlines the
    sentence around it (underline = "sentence"), so the words are enough,
    and a line's piece of a sentence (see features.sentences) stays that
    piece rather than the normalized sentence it was joined into."""
    words = [t for t in tokens if t.pos[0] not in SKIP_POS]
    return (words[0].start, words[-1].end) if words else None


# What a writer can read as words of the flagged sentence: its words (u) and
# two content words in a row (c) that say something — nouns, verbs,
# adjectives, adverbs, interjections — and not the ones any sentence has
# (numbers, 今日 / 午後, する / いる, これ / その).  Character n-grams and the
# neighbours' words count in the score too, but name no word of the sentence
# to rethink.
_SHOWN_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞", "感動詞"})
_PLAIN_POS = frozenset({"数詞", "副詞可能", "非自立可能", "助数詞可能"})
DECIDING_WORDS = 3


def _says_something(token) -> bool:
    return (token.pos[0] in _SHOWN_POS and not _PLAIN_POS.intersection(token.pos[1:3])
            and not (len(token.surface) == 1 and not "\u4e00" <= token.surface <= "\u9fff"))


def deciding_words(doc, start: int, end: int, item: str) -> list[str]:
    """The words, as written (normalized), of the sentence of paragraph `doc`
    at [start, end) flagged as `item` that weighed most for it (a pair of
    content words in a row as 「A…B」), most first: what the learned rule's
    finding can show besides "this sentence resembles ones that broke the
    item".  [] when no flagged sentence of the item is there."""
    found, why = _scored(doc)
    scored = [why[(item, span)] for span in found.get(item, ()) if span[0] < end and span[1] > start]
    return max(scored, key=lambda sw: sw[0])[1] if scored else []


def _deciding_words(model, item: str, keys, tokens, limit: int = DECIDING_WORDS) -> tuple[float, list[str]]:
    """(the sentence's score for `item`, up to `limit` of its words that
    weighed most for it) from its features `keys` and its tokens."""
    score, weights = model.item_weights(item, keys)
    written: dict[str, str] = {}  # normalized form or lemma -> the word in the sentence
    for t in tokens:
        if _says_something(t):
            written.setdefault(t.normalized, t.surface)
            written.setdefault(t.lemma, t.surface)
    shown: list[str] = []
    words_shown: set[str] = set()
    for (kind, key), weight in sorted(weights.items(), key=lambda kw: (-kw[1], kw[0])):
        if weight <= 0 or len(shown) >= limit:
            break
        if kind == "u" and key in written and written[key] not in words_shown:
            words = [written[key]]
        elif kind == "c":
            a, _, b = key.partition("|")
            if a not in written or b not in written or {written[a], written[b]} & words_shown:
                continue
            words = [written[a], written[b]]
        else:
            continue
        shown.append("…".join(words))
        words_shown.update(words)
    return score, shown


def _note_for(item: str):
    def deciding_words_note(doc, start: int, end: int) -> str | None:
        words = deciding_words(doc, start, end, item)
        return "（判定の決め手になった語：" + "".join(f"「{w}」" for w in words) + "）" if words else None
    return deciding_words_note


def _validator_for(item: str):
    def learned_sentences(doc):
        model = shipped_model()
        if item not in model.items:
            raise KeyError(f"学習モデルに項目 {item} がありません（あるのは {', '.join(model.items)}）")
        return flagged_sentences(doc).get(item, ())

    learned_sentences.__name__ = f"learned_sentence_{item.replace('.', '_')}"
    return learned_sentences


for _item in ITEMS:
    validator(f"learned_sentence_{_item.replace('.', '_')}", scope="paragraph",
              notes=_note_for(_item))(_validator_for(_item))
