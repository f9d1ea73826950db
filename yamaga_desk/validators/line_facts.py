"""Whole-draft yes/no facts read line by line (for the `facts` of paragraph
validators, validators/__init__.py).

"The draft warns somewhere" costs a scan of the whole draft at every check,
and facts are computed at every keystroke.  For a pattern that never matches
across a line break, the answer is the OR of the answers for each line:
those are remembered by line text, so a re-check after an edit reads only
the lines that changed.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=16384)
def _line_matches(pattern, line: str) -> bool:
    return pattern.search(line) is not None


def any_line_matches(draft, pattern) -> bool:
    """Some line of the draft's normalized text holds a match of `pattern`,
    which must not match across a line break ("\\n") nor look past one."""
    return any(_line_matches(pattern, line) for line in draft.text.split("\n"))
