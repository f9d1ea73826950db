"""The learned model's tables kept in the start-up cache: a start that finds
them there scores every sentence exactly as one that read the model file; a
changed model file is never answered from the old entry; a broken entry or a
broken cache file means the file is read again, never a crash or wrong scores."""

from __future__ import annotations

import gzip
import json

import pytest

from yamaga_desk import paths
from yamaga_desk.analysis.document import Document
from yamaga_desk.analysis.tokenizer import analyse
from yamaga_desk.learned import sentence_model
from yamaga_desk.learned.features import sentence_features, sentences
from yamaga_desk import startup_cache
from yamaga_desk.ruleset.loader import load_ruleset
from yamaga_desk.text.normalize import normalize


def _example_features() -> list[frozenset[str]]:
    """The features of every sentence of the learned rules' own examples
    (what each must and must not flag)."""
    rules = load_ruleset([("builtin", paths.builtin_rules_dir())])
    texts = [text for rule in rules.rules if rule.id.startswith("learned-")
             for text in rule.examples_match + rule.examples_no_match]
    assert len(texts) >= 10
    found = []
    for text in texts:
        norm = normalize(text)
        doc = Document(norm, None, lines=analyse(norm.text))
        found.extend(sentence_features(tokens) for _, _, tokens in sentences(doc))
    return found


def _write_model(path, weight_of_bad: float) -> None:
    data = {"format": 1, "items": ["5.6.1", "6.3.2"], "bias": [-3.0, -3.0], "threshold": [0.5, 0.5],
            "weights": {"u:バカ": [0, weight_of_bad], "u:入札": [1, 4.0], "u:上司": [0, 0.5, 1, 0.25]}}
    path.write_bytes(gzip.compress(json.dumps(data).encode("utf-8")))


def _file_never_read(monkeypatch) -> None:
    def fail(path, packed):
        raise AssertionError(f"{path} was read although its tables were cached")
    monkeypatch.setattr(sentence_model, "_from_file", fail)


def _cached_entries() -> dict:
    return startup_cache.cache().answers[sentence_model.CACHE_KIND]


def test_a_model_from_the_cache_scores_every_example_as_the_file_does(new_process, monkeypatch):
    path = sentence_model.default_path()
    from_file = sentence_model.load(path)
    assert len(_cached_entries()) == 1
    startup_cache.cache().save()
    new_process()  # a new start: the cache file is read, not the model file
    _file_never_read(monkeypatch)
    from_cache = sentence_model.load(path)
    assert from_cache.items == from_file.items
    features = _example_features()
    assert [from_cache.probabilities(f) for f in features] == [from_file.probabilities(f) for f in features]
    assert [from_cache.flagged(f) for f in features] == [from_file.flagged(f) for f in features]
    assert any(from_cache.flagged(f) for f in features)  # the comparison compared something


def test_a_changed_model_file_is_not_served_from_the_old_entry(tmp_path, new_process):
    path = tmp_path / "sentence_model.json.gz"
    _write_model(path, weight_of_bad=5.0)
    assert sentence_model.load(path).flagged({"u:バカ"}) == ["5.6.1"]
    startup_cache.cache().save()
    new_process()
    _write_model(path, weight_of_bad=1.0)  # retrained: same name, same size
    model = sentence_model.load(path)
    assert model.flagged({"u:バカ"}) == []
    assert model.probabilities({"u:バカ", "u:上司"})["5.6.1"] == pytest.approx(1 / (1 + 2.718281828459045 ** 1.5))


def test_an_entry_of_the_wrong_shape_is_replaced_by_the_file(tmp_path, new_process):
    path = tmp_path / "sentence_model.json.gz"
    _write_model(path, weight_of_bad=5.0)
    sentence_model.load(path)
    entries = _cached_entries()
    (key,) = entries
    for broken in (None, ("5.6.1",), (("5.6.1", "6.3.2"), (-3.0, -3.0), (0.5, 0.5), {"u:バカ": (5.0,)})):
        entries[key] = broken  # (the last: a row with one weight for two items)
        model = sentence_model.load(path)
        assert model.flagged({"u:バカ", "u:入札"}) == ["5.6.1", "6.3.2"]
        assert model.flagged({"u:上司"}) == []
        assert entries[key] == model.tables()


def test_an_unreadable_cache_file_falls_back_to_the_model_file(tmp_path, new_process, monkeypatch):
    path = tmp_path / "sentence_model.json.gz"
    _write_model(path, weight_of_bad=5.0)
    cache_file = startup_cache.cache().path()
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    cache_file.write_bytes(b"\x00not marshal at all")
    assert sentence_model.load(path).flagged({"u:バカ"}) == ["5.6.1"]
    startup_cache.cache().save()  # and a good cache file is written in its place
    new_process()
    _file_never_read(monkeypatch)
    assert sentence_model.load(path).flagged({"u:バカ"}) == ["5.6.1"]


def test_a_broken_model_file_is_still_named_when_an_old_entry_exists(tmp_path, new_process):
    path = tmp_path / "sentence_model.json.gz"
    _write_model(path, weight_of_bad=5.0)
    sentence_model.load(path)
    path.write_bytes(b"not gzip")
    with pytest.raises(sentence_model.ModelUnavailable, match="sentence_model.json.gz"):
        sentence_model.load(path)
