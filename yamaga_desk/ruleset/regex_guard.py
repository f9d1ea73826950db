"""Refuse regular expressions that could backtrack without end.

Python's ``re`` has no time limit, so a rule file could hang the checker with
a pattern like ``(a+)+$``.  Rule files are data written by administrators, so
every pattern is parsed first and refused when it has the shapes that cause
catastrophic backtracking: an unbounded repeat inside another unbounded
repeat, alternatives inside an unbounded repeat, or a back-reference.
"""

from __future__ import annotations

import re

try:  # Python 3.11+: the parser moved to re._parser
    from re import _parser as sre_parse  # type: ignore[attr-defined]
    from re import _constants as sre_constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_POSSESSIVE = getattr(sre_constants, "POSSESSIVE_REPEAT", None)
_UNBOUNDED = sre_constants.MAXREPEAT
MAX_PATTERN_LENGTH = 2000


class UnsafePattern(ValueError):
    pass


def _walk(items, inside_unbounded: bool) -> None:
    for op, av in items:
        if op in _REPEATS:
            lo, hi, sub = av
            unbounded = hi == _UNBOUNDED or hi > 100
            if unbounded and inside_unbounded:
                raise UnsafePattern("入れ子の繰り返し（例: (a+)+）は処理が止まらなくなるおそれがあります")
            if unbounded and _has_branch(sub):
                raise UnsafePattern("繰り返しの中の選択肢（例: (a|aa)+）は処理が止まらなくなるおそれがあります")
            _walk(sub, inside_unbounded or unbounded)
        elif op == _POSSESSIVE:
            _walk(av[2], inside_unbounded)
        elif op == sre_constants.SUBPATTERN:
            _walk(av[-1], inside_unbounded)
        elif op == sre_constants.BRANCH:
            for branch in av[1]:
                _walk(branch, inside_unbounded)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            _walk(av[1], inside_unbounded)
        elif op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS):
            raise UnsafePattern("後方参照は使えません")


def _has_branch(items) -> bool:
    return any(op == sre_constants.BRANCH for op, _ in _iter_all(items))


def _iter_all(items):
    for op, av in items:
        yield op, av
        if op in _REPEATS or op == _POSSESSIVE:
            yield from _iter_all(av[2])
        elif op == sre_constants.SUBPATTERN:
            yield from _iter_all(av[-1])
        elif op == sre_constants.BRANCH:
            for branch in av[1]:
                yield from _iter_all(branch)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            yield from _iter_all(av[1])


def compile_safe(pattern: str) -> re.Pattern:
    """Compile `pattern`, or raise UnsafePattern / re.error with a reason."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise UnsafePattern(f"正規表現が長すぎます（{MAX_PATTERN_LENGTH}文字まで）")
    parsed = sre_parse.parse(pattern)
    _walk(parsed, False)
    return re.compile(pattern)
