"""Which validators a check spends its time in (a diagnosis aid, no target).

    python benchmarks/validator_costs.py [--chars 300000]

Wraps every registered validator with a timer, checks benchmark drafts
(corpus.build) and prints, per validator, its cost as a multiple of SudachiPy
tokenizing the same drafts and in ms per MB, then the validators that cost
most in a recheck after a one-character edit of a 20,000-character draft.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=300_000)
    args = ap.parse_args(argv)
    from sudachipy import Dictionary, SplitMode

    from yamaga_desk import validators
    from yamaga_desk.engine import Engine

    spent: collections.Counter = collections.Counter()
    for name, func in list(validators.VALIDATORS.items()):
        def timed(*args, func=func, name=name):  # (doc) or (paragraph doc, facts)
            t0 = time.perf_counter()
            spans = list(func(*args))
            spent[name] += time.perf_counter() - t0
            return spans
        validators.VALIDATORS[name] = timed

    drafts = corpus.build(args.chars)
    chars = sum(len(t) for _, t in drafts)
    engine = Engine.build()
    engine.check("準備")
    t0 = time.perf_counter()
    for platform, text in drafts:
        engine.check(text, platform)
    total = time.perf_counter() - t0
    tok = Dictionary(dict="core").tokenizer(SplitMode.C)
    t0 = time.perf_counter()
    for _, text in drafts:
        [m.surface() for m in tok.tokenize(text)]
    sudachi = time.perf_counter() - t0
    in_validators = sum(spent.values())
    print(f"{chars:,} chars: check {total:.2f} s, SudachiPy {sudachi:.2f} s; validators {in_validators:.2f} s "
          f"({in_validators / total:.0%}), the rest {(total - in_validators) / sudachi:.2f}x SudachiPy")
    for name, seconds in spent.most_common(25):
        print(f"{seconds / sudachi:6.2f}x SudachiPy {seconds * 1e9 / chars:7.0f} ms/MB  "
              f"{validators.VALIDATOR_SCOPES[name]:9s} {name}")

    draft = corpus.long_draft(20_000)
    engine.check(draft, "blog")
    spent.clear()
    pos = len(draft) // 2
    while draft[pos] == "\n":
        pos += 1
    t0 = time.perf_counter()
    engine.check(draft[:pos] + "あ" + draft[pos:], "blog")
    recheck = time.perf_counter() - t0
    print(f"recheck of {len(draft):,} chars after one edit: {recheck * 1000:.1f} ms, "
          f"validators {sum(spent.values()) * 1000:.1f} ms")
    for name, seconds in spent.most_common(10):
        print(f"   {seconds * 1000:6.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
