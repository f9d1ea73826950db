"""Training is deterministic (same corpora, same bytes) and what it writes
is a model the app reads and that flags sentences like those it learned."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("sklearn")

from yamaga_desk.learned import sentence_model  # noqa: E402
from yamaga_desk.learned.train import draft_sentences, main  # noqa: E402

BAD = ["あの課長、ほんと無能で使えない。", "隣の係のあいつ、マジで無能。", "新人のあいつ、使えないし無能すぎ。",
       "上司が無能で困る、使えない人だ。", "あの担当者、無能で本当に使えない。", "係長は無能、誰も頼りにしとらん。"]
GOOD = ["今日は窓口が混んでいました。", "明日は雨の予報です。", "灯籠まつりの準備が始まりました。",
        "図書館の開館時間が変わります。", "市民課の窓口は8時半からです。", "新しい公園がオープンしました。"]


def _write_set(path, offset):
    with open(path, "w", encoding="utf-8") as out:
        for k, text in enumerate(BAD):
            quote = text.rstrip("。")
            out.write(json.dumps({"id": f"b{offset + k}", "text": f"{GOOD[(k + offset) % 6]}\n{text}", "items": ["5.6.1"],
                                  "evidence": [{"item": "5.6.1", "quote": quote}]}, ensure_ascii=False) + "\n")
        for k, text in enumerate(GOOD):
            out.write(json.dumps({"id": f"g{offset + k}", "text": text, "items": []}, ensure_ascii=False) + "\n")


def test_training_twice_gives_the_same_bytes_and_a_working_model(tmp_path, capsys):
    sets = []
    for n in range(3):
        sets.append(tmp_path / f"set-{n}.jsonl")
        _write_set(sets[-1], n)
    args = [str(p) for p in sets] + ["--items", "5.6.1", "--precision", "0.5", "--precision-for", "5.6.1=0.5",
                                     "--folds", "3", "--prune", "0.0"]
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    assert main(args + ["--out", str(first)]) == 0
    assert main(args + ["--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    printed = capsys.readouterr().out
    assert "5.6.1:" in printed and "threshold" in printed

    model = sentence_model.load(first)
    assert model.items == ("5.6.1",)
    (_, _, bad), = draft_sentences("あいつは無能で使えない。")
    (_, _, good), = draft_sentences("明日は窓口が混む予報です。")
    assert model.probabilities(bad)["5.6.1"] > model.probabilities(good)["5.6.1"]


def test_a_missing_corpus_is_named(tmp_path, capsys):
    assert main([str(tmp_path / "none.jsonl"), "--out", str(tmp_path / "m.json.gz")]) == 2
    assert "none.jsonl: ファイルが見つかりません" in capsys.readouterr().err


def test_an_item_can_be_held_to_a_higher_precision(tmp_path):
    # Clean drafts in the very words of the flagged ones (as a slur quoted to
    # condemn it reads to a word model) make low thresholds imprecise: an
    # item held to a stricter target than the rest gets a higher threshold,
    # and the file says which target it had.
    sets = []
    for n in range(3):
        sets.append(tmp_path / f"set-{n}.jsonl")
        _write_set(sets[-1], n)
        with open(sets[-1], "a", encoding="utf-8") as out:
            for k in range(2):
                text = BAD[(n + k) % 6]
                out.write(json.dumps({"id": f"c{n}{k}", "text": text, "items": []}, ensure_ascii=False) + "\n")
    args = [str(p) for p in sets] + ["--items", "5.6.1", "--precision", "0.5", "--folds", "3", "--prune", "0.0"]
    loose, strict = tmp_path / "loose.json.gz", tmp_path / "strict.json.gz"
    assert main(args + ["--precision-for", "5.6.1=0.5", "--out", str(loose)]) == 0
    assert main(args + ["--precision-for", "5.6.1=1.0", "--out", str(strict)]) == 0
    assert sentence_model.load(strict).threshold[0] > sentence_model.load(loose).threshold[0]
    import gzip

    assert json.loads(gzip.decompress(strict.read_bytes()))["precision_target"] == {"5.6.1": 1.0}


def test_a_malformed_item_target_is_explained(tmp_path, capsys):
    _write_set(tmp_path / "set.jsonl", 0)
    assert main([str(tmp_path / "set.jsonl"), "--precision-for", "5.6.1:0.9", "--out", str(tmp_path / "m.json.gz")]) == 2
    assert "「項目=精度」の形で" in capsys.readouterr().err
