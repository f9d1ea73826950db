"""A cheap test that a text cannot hold a match of a validator's patterns, so
the validator can return before walking sentences or tokens.

Each pattern is reduced (ruleset/prefilter.py) to literals one of which every
match must contain; a text containing none of them cannot match it.  The
literals are worked out on first use, not at import (start-up time)."""

from __future__ import annotations

import re

from ..ruleset.prefilter import LiteralScanner, required_literals


class LiteralGate:
    """`may_match(text)`: False only when some pattern provably cannot match
    anywhere in `text` (a pattern with no usable literals, or one that can
    match the empty string, never rules a text out)."""

    def __init__(self, *patterns: re.Pattern):
        self._patterns = patterns
        self._scanners: list[LiteralScanner] | None = None

    def _build(self) -> list[LiteralScanner]:
        scanners = []
        for p in self._patterns:
            literals = required_literals(p)
            if literals and p.match("") is None:
                scanners.append(LiteralScanner(literals))
        self._scanners = scanners
        return scanners

    def may_match(self, text: str) -> bool:
        scanners = self._scanners if self._scanners is not None else self._build()
        return all(s.present(text) for s in scanners)
