"""Regular expressions compiled the first time they are used.

The rules and validators hold about two thousand patterns.  Compiling them
all when the program starts took most of `yamaga-desk check`'s start-up time,
while a short draft needs few of them: the literal prefilters
(prefilter.py) rule most patterns out without running them.  A
LazyPattern knows its source and flags at once and compiles on first use.

After the first use of a method (search, finditer...) the compiled
pattern's bound method is stored on the instance, so later calls cost the
same as calling a compiled pattern directly.

Even the few dozen patterns every draft needs (the validators' "somewhere in
the draft" facts: big alternations of words) took ~45 ms to compile at each
start, nearly all of it in Python's regex parser and code generator.  Their
output, the list of code words Python's regex engine runs, depends only on
the pattern, its flags and the Python version, so it is remembered in the
start-up cache (startup_cache.py, kind "sre", keyed also by the Python
version) and handed to the engine's constructor, `_sre.compile`, exactly as
`re.compile` would hand it (re/_compiler.py, the same in CPython 3.11-3.13).
Should that ever fail, the pattern is compiled the ordinary way.
"""

from __future__ import annotations

import array
import re

from .startup_cache import cache, keep_while_held

try:  # CPython's regex compiler and engine (3.11+)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: compile the ordinary way
    _sre = None

# Regex code words are 32-bit unsigned (SRE_CODE); kept as bytes, which
# marshal reads as one copy instead of thousands of ints.
_CODE_WORD = "I" if array.array("I").itemsize == 4 else "L"
_REMEMBER = _sre is not None and array.array(_CODE_WORD).itemsize == 4

# Every LazyPattern made: the start-up cache keeps the compiled code of the
# patterns the program still has (see known_keys).
_ALL: list[LazyPattern] = []


class LazyPattern:
    """Looks like a compiled `re.Pattern`; compiles on first attribute use."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern | None = None
        _ALL.append(self)

    def compiled(self) -> re.Pattern:
        c = self._compiled
        if c is None:  # two threads may both compile: harmless
            c = self._compiled = compile_remembered(self.pattern, self.flags)
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


def _key(pattern: str, flags: int) -> str:
    return f"{int(flags):x}/{pattern}"


def known_keys() -> set[str]:
    """Start-up cache keys of every pattern the program holds."""
    return {_key(p.pattern, p.flags) for p in list(_ALL)}


# The start-up cache keeps the code of every pattern the program still has,
# not only of those this run compiled: each run compiles just what its
# drafts need, and the next run may need the others.
keep_while_held("sre", known_keys)


def compile_remembered(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), from the code the start-up cache
    remembers when it has it (an equal pattern object: same source, flags
    and code)."""
    if not _REMEMBER:
        return re.compile(pattern, flags)
    try:
        flags_, code, groups, groupindex, indexgroup = cache().get("sre", _key(pattern, flags), _sre_arguments)
        return _sre.compile(pattern, flags_, array.array(_CODE_WORD, code).tolist(), groups, groupindex, indexgroup)
    except Exception:  # a bad pattern raises its re.error here, as before
        return re.compile(pattern, flags)


def _sre_arguments(key: str) -> tuple:
    """What re.compile passes to _sre.compile for the cache key `key`, as
    plain data (re/_compiler.py: compile)."""
    flags_text, pattern = key.split("/", 1)
    flags = int(flags_text, 16)
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup = [None] * state.groups
    for name, i in state.groupdict.items():
        indexgroup[i] = name
    return (flags | state.flags, array.array(_CODE_WORD, code).tobytes(), state.groups - 1,
            dict(state.groupdict), tuple(indexgroup))


def remember_code(limit: int | None = None) -> int:
    """Work out and remember in the start-up cache the compiled code of up to
    `limit` (None: all) patterns whose code it lacks, without compiling them
    into pattern objects (memory stays as it was); returns how many still
    lack it.

    Checks compile what they need on first use, so without this the first
    start after an install or an update compiled, during the user's first
    long paste, ~1,500 patterns (~0.8 s: the underlines came after 1.1 s
    instead of 0.2 s).  `yamaga-desk prepare` (run by the installer) and the
    window's idle time (gui/checker_worker.py) call this beforehand."""
    if not _REMEMBER:
        return 0
    store = cache()
    answers = store.answers["sre"]
    missing = sorted(key for key in known_keys() if key not in answers and key not in _UNCOMPILABLE)
    batch = missing[:limit]
    for key in batch:
        try:
            store.get("sre", key, _sre_arguments)
        except Exception:  # a bad pattern raises its error where it is used
            _UNCOMPILABLE.add(key)  # (not counted as left: the window would try it for ever)
    return len(missing) - len(batch)


# Cache keys of patterns whose code could not be worked out (remember_code).
_UNCOMPILABLE: set[str] = set()
