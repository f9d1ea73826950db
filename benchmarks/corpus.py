"""Realistic, unique drafts for the benchmarks, built from the shapes of the
labelled corpus (../shared/corpus/dev.jsonl).

Each synthetic draft takes a platform and a length from a real draft of the
corpus (so x posts stay short and blogs long, in the corpus's proportions) and
fills it with sentences drawn from all drafts of that kind, with every number
varied.  No two drafts and no two paragraphs are equal, so no per-line or
per-paragraph cache can answer from an earlier draft: the figure measures
checking, not remembering.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"

_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+|\n|$)")
_NUMBER = re.compile(r"[0-9]+|[０-９]+")
_TO_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")
_TO_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def load_drafts(path: Path = DEFAULT_CORPUS) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def _vary_numbers(text: str, rng: random.Random) -> str:
    """Every number changed, within its kind: a day stays a plausible day
    (12月 may become 7月, 25時 stays at most 25), a phone number keeps its
    leading 0 and a year keeps its 20."""
    def repl(m: re.Match) -> str:
        digits = m.group()
        full = not digits.isascii()
        digits = digits.translate(_TO_ASCII)
        if len(digits) <= 2:
            value = str(rng.randint(1, max(int(digits), 1))).zfill(len(digits))
        else:
            keep = 2 if digits.startswith("20") and len(digits) == 4 else 1
            value = digits[:keep] + "".join(rng.choice("0123456789") for _ in digits[keep:])
        return value.translate(_TO_FULL) if full else value
    return _NUMBER.sub(repl, text)


def build(min_chars: int, seed: int = 8, path: Path = DEFAULT_CORPUS) -> list[tuple[str, str]]:
    """(platform, text) drafts, unique, together at least `min_chars` long."""
    rng = random.Random(seed)
    drafts = load_drafts(path)
    pool: dict[str, list[str]] = {}
    for d in drafts:
        pool.setdefault(d["platform"], []).extend(_sentences(d["text"]))
    everything = [s for ss in pool.values() for s in ss]
    out: list[tuple[str, str]] = []
    seen_drafts: set[str] = set()
    seen_paragraphs: set[str] = set()
    total = 0
    while total < min_chars:
        shape = rng.choice(drafts)
        platform, target = shape["platform"], len(shape["text"])
        target = max(20, int(target * rng.uniform(0.7, 1.3)))
        if platform == "x":
            target = min(target, 140)
        paragraphs, para, length = [], "", 0
        while length < target:
            source = pool[platform] if rng.random() < 0.7 else everything
            sentence = _vary_numbers(rng.choice(source), rng)
            if platform == "x" and length + len(sentence) > 140 and length:
                break
            para += sentence
            length += len(sentence)
            # Long drafts come in paragraphs, as in the corpus's blogs.
            if sentence.endswith("\n") or (target > 200 and rng.random() < 0.25):
                paragraphs.append(para.rstrip("\n"))
                para = ""
        if para:
            paragraphs.append(para.rstrip("\n"))
        paragraphs = [p for p in paragraphs if p.strip()]
        if not paragraphs or any(p in seen_paragraphs for p in paragraphs):
            continue
        text = "\n\n".join(paragraphs) if target > 200 else "\n".join(paragraphs)
        if text in seen_drafts:
            continue
        seen_drafts.add(text)
        seen_paragraphs.update(paragraphs)
        out.append((platform, text))
        total += len(text)
    return out


def long_draft(chars: int, seed: int = 20) -> str:
    """One long draft (a blog post or a report) of about `chars` characters in
    paragraphs of a few hundred characters, as a user would paste it."""
    rng = random.Random(seed)
    paragraphs, total = [], 0
    for _, text in build(chars + 2000, seed=seed):
        for para in text.split("\n\n"):
            paragraphs.append(para)
            total += len(para) + 2
            if total >= chars:
                break
        if total >= chars:
            break
    rng.shuffle(paragraphs)
    return "\n\n".join(paragraphs)[:chars]
