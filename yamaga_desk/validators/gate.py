"""A cheap test that a text cannot hold a match of a validator's patterns, so
the validator can return before walking sentences or tokens.

Each pattern is reduced (prefilter.py) to literals one of which every
match must contain; a text containing none of them cannot match it.  The
literals are remembered on disk with the rules' (startup_cache.py), so neither
start-up nor the first check parses or compiles the patterns."""

from __future__ import annotations

from ..prefilter import LiteralScanner, literals_of


# Every gate made, so the engine can work out their literals while it builds
# the rules (and the build cache saves them with the rules' answers).
ALL_GATES: list["LiteralGate"] = []
# Prepared gates as plain data, by gate_key, from the start-up cache (the
# Matcher's tables, ruleset/compiled.py): a gate found here is not rebuilt.
PREPARED: dict[str, tuple] = {}


def gate_key(kind: str, patterns) -> str:
    """What a gate's prepared state depends on: its kind and its patterns."""
    return "\0".join([kind] + [f"{int(p.flags):x}/{p.pattern}" for p in patterns])


class LiteralGate:
    """`may_match(text)`: False only when some pattern provably cannot match
    anywhere in `text` (a pattern with no usable literals never rules a text
    out)."""

    def __init__(self, *patterns):
        self._patterns = patterns
        self._scanners: list[LiteralScanner] | None = None
        self.key = gate_key("gate", patterns)
        ALL_GATES.append(self)

    def prepare(self) -> None:
        if self._scanners is None:
            self._build()

    def state(self) -> tuple:
        """The prepared gate as plain data (see PREPARED)."""
        return tuple(s.state() for s in self.prepared())

    def prepared(self) -> list[LiteralScanner]:
        return self._scanners if self._scanners is not None else self._build()

    def _build(self) -> list[LiteralScanner]:
        state = PREPARED.get(self.key)
        if state is not None:
            self._scanners = [LiteralScanner.from_state(s) for s in state]
            return self._scanners
        scanners = []
        for p in self._patterns:
            literals = literals_of(p)
            if literals:  # (a pattern with required literals cannot match "")
                scanners.append(LiteralScanner(literals))
        self._scanners = scanners
        return scanners

    def may_match(self, text: str) -> bool:
        scanners = self._scanners if self._scanners is not None else self._build()
        return all(s.present(text) for s in scanners)
