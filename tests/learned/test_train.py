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
    args = [str(p) for p in sets] + ["--items", "5.6.1", "--precision", "0.5", "--folds", "3", "--prune", "0.0"]
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
