"""Regular expressions compiled the first time they are used.

The rules and validators hold about two thousand patterns.  Compiling them
all when the program starts took most of `yamaga-desk check`'s start-up time,
while a short draft needs few of them: the literal prefilters
(ruleset/prefilter.py) rule most patterns out without running them.  A
LazyPattern knows its source and flags at once and compiles on first use.

After the first use of a method (search, finditer...) the compiled
pattern's bound method is stored on the instance, so later calls cost the
same as calling a compiled pattern directly.
"""

from __future__ import annotations

import re


class LazyPattern:
    """Looks like a compiled `re.Pattern`; compiles on first attribute use."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        c = self._compiled
        if c is None:  # two threads may both compile: harmless
            c = self._compiled = re.compile(self.pattern, self.flags)
        return c

    def __getattr__(self, name: str):
        # Only called for attributes the instance does not have yet.
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        if callable(value):
            self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    """re.compile, deferred to the first use."""
    return LazyPattern(pattern, flags)
