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

# Paragraph text -> {item: [(start, end), ...]}, for the other items'
# validators on the same paragraph (they run one after another).
_RECENT = 64
_flagged_by_text: OrderedDict = OrderedDict()
_lock = threading.Lock()


def flagged_sentences(doc) -> dict[str, list[tuple[int, int]]]:
    """{item: spans of doc.text of the sentences the model flags for it}."""
    model = shipped_model()
    key = (model, doc.text)  # (the model object: a model swapped in by a test never sees old results)
    with _lock:
        found = _flagged_by_text.get(key)
    if found is not None:
        return found
    found = {}
    pieces = list(sentences(doc))
    # paragraph_keys: the features training reads (paragraph_features)
    # without joining each into a string
    for (start, end, tokens), keys in zip(pieces, paragraph_keys([t for _, _, t in pieces])):
        flagged = model.flagged_keys(keys)
        if flagged:
            span = _words_span(tokens) or (start, end)
            for item in flagged:
                found.setdefault(item, []).append(span)
    with _lock:
        _flagged_by_text[key] = found
        while len(_flagged_by_text) > _RECENT:
            _flagged_by_text.popitem(last=False)
    return found


def _words_span(tokens) -> tuple[int, int] | None:
    """From the sentence's first word to its last: the rule underlines the
    sentence around it (underline = "sentence"), so the words are enough,
    and a line's piece of a sentence (see features.sentences) stays that
    piece rather than the normalized sentence it was joined into."""
    words = [t for t in tokens if t.pos[0] not in SKIP_POS]
    return (words[0].start, words[-1].end) if words else None


def _validator_for(item: str):
    def learned_sentences(doc):
        model = shipped_model()
        if item not in model.items:
            raise KeyError(f"学習モデルに項目 {item} がありません（あるのは {', '.join(model.items)}）")
        return flagged_sentences(doc).get(item, ())

    learned_sentences.__name__ = f"learned_sentence_{item.replace('.', '_')}"
    return learned_sentences


for _item in ITEMS:
    validator(f"learned_sentence_{_item.replace('.', '_')}", scope="paragraph")(_validator_for(_item))
