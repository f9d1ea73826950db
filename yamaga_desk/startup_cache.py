"""What compiling the rules computes slowly, remembered on disk between runs.

Start-up used to spend most of its time on work whose result depends only on
a string: checking each regular expression against the guard (parse it,
compile it), reducing it to the literals the prefilter looks for, and asking
Sudachi how a rule word splits into tokens.  Those answers are kept here,
keyed by the string itself, so a rule file that changes simply brings new
strings (computed afresh) and the old answers go unused (and are dropped at
the next save).  Everything is also keyed by a fingerprint of what the
answers depend on (Python, SudachiPy and its dictionary, the source of the
guard, the prefilter and the tokenizer); a different fingerprint starts from
nothing.  Parsed rule files are kept too, keyed by a hash of their text, and
the compiled code of the regular expressions a check needed (lazy_regex.py).

The file is `rule-cache.bin` in the user data folder, written with `marshal`
(plain data only: nothing in it can run code when read) to a temporary file
and renamed, so a crash never leaves half a file.  A file that cannot be read
or written is ignored: the cache only ever saves time.

Each kind of answer is stored as its own marshal blob and decoded when first
asked for: a start that finds its rule set in the cache needs few kinds, and
decoding all of the ~5 MB file cost ~10 ms of every start.
"""

from __future__ import annotations

import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Callable

try:  # CPython's own BLAKE2 module: importing hashlib loads OpenSSL (~2 ms
    # of every start), and the portable SHA-256 without it hashed the ~1 MB
    # of rule files three times slower than BLAKE2 does
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b as _blake2b


def content_hash(data: bytes = b""):
    """A hash object (update, hexdigest) for the keys of this cache."""
    return _blake2b(data, digest_size=32)


FILE_NAME = "rule-cache.bin"
KINDS = ("safe", "literals", "words", "reading", "norm", "toml", "checklist", "sre", "ruleset", "matcher",
         "learned")
# The answers building the rule tables (ruleset/compiled.py) asks for.
MATCHER_INPUTS = ("safe", "literals", "words", "reading", "norm")
_lock = threading.Lock()
# kind -> the keys the program still holds things for: `save` keeps those
# answers even when this process never asked for them (lazy_regex registers
# "sre": the compiled code of every pattern the program has).
_STILL_HELD: dict[str, Callable[[], set]] = {}


def keep_while_held(kind: str, held_keys: Callable[[], set]) -> None:
    """At save, keep `kind`'s answers whose keys `held_keys()` returns, as
    well as those asked for."""
    _STILL_HELD[kind] = held_keys


_HERE = Path(__file__).resolve().parent
# The code whose answers are kept: a change to any of these starts the cache
# from nothing (tests/test_startup_cache.py holds that they exist).
FINGERPRINT_SOURCES = tuple(_HERE / name for name in (
    "startup_cache.py", "prefilter.py", "lazy_regex.py", "ruleset/regex_guard.py", "ruleset/loader.py",
    "ruleset/model.py", "analysis/tokenizer.py", "text/normalize.py"))


def _fingerprint() -> str:
    h = content_hash(sys.version.encode())
    try:  # (importlib.metadata would cost more than the rest of this)
        import sudachidict_core
        import sudachipy

        h.update(f"sudachipy={getattr(sudachipy, '__version__', '?')}".encode())
        dic = Path(sudachidict_core.__file__).parent / "resources" / "system.dic"
        stat = dic.stat()
        h.update(f"{dic}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    except Exception:  # pragma: no cover - no dictionary: nothing to tokenize anyway
        h.update(b"no-dictionary")
    for source in FINGERPRINT_SOURCES:
        try:
            h.update(source.read_bytes())
        except OSError:
            h.update(source.name.encode())
    return h.hexdigest()


class _Answers(dict):
    """kind -> {key: answer}.  A kind read from the file stays a marshal
    blob (`raw`) until it is first asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.raw: dict[str, bytes] = {}
        self._decoding = threading.Lock()

    def __missing__(self, kind: str) -> dict:
        with self._decoding:  # (two threads asking at once decode once)
            if dict.__contains__(self, kind):
                return dict.__getitem__(self, kind)
            if kind not in KINDS:
                raise KeyError(kind)
            answers = _decoded(self.raw.pop(kind, None))
            self[kind] = answers
            return answers


def _decoded(blob: bytes | None) -> dict:
    """A kind's answers from its blob ({} when missing or unreadable)."""
    if blob is None:
        return {}
    try:
        answers = marshal.loads(blob)
    except (ValueError, EOFError, TypeError):
        return {}
    return answers if isinstance(answers, dict) else {}


class BuildCache:
    """Answers by kind ("safe": pattern -> True; "literals": pattern ->
    tuple of literals or None; "words": normalized entry -> tuple of token
    forms; "reading": a one-word entry -> its katakana reading; "norm": rule
    text -> its normalized text; "toml": hash of a rule file's text ->
    the parsed file; "checklist": the same for rules/checklist.toml (read
    at every start, apart from the ~300 rule files a cached rule set does
    not read); "sre": flags/pattern -> what _sre.compile takes;
    "ruleset": hash of every rule file and what judges them -> the loaded
    rule set, loader._snapshot; "matcher": the rule set's key and the
    validators' declarations -> the Matcher's tables, compiled.py;
    "learned": a hash of the learned model file's bytes -> its tables,
    learned/sentence_model.py), shared by every build in the process."""

    def __init__(self) -> None:
        self.fingerprint = _fingerprint()
        self.answers = _Answers()
        self.used: dict[str, set] = {kind: set() for kind in KINDS}
        self.loaded_from: set[Path] = set()
        self._dirty = False
        # Set when the rule tables came whole from the cache (compiled.py):
        # this process then asked for few answers, and those it did not ask
        # for are still the rules', so `save` keeps them.
        self.keep_unused = False

    def path(self) -> Path:
        from . import paths

        return paths.user_data_dir() / FILE_NAME

    def load(self) -> None:
        """Read the file of the current data folder (once per folder)."""
        with _lock:
            path = self.path()
            if path in self.loaded_from:
                return
            self.loaded_from.add(path)
            try:
                data = marshal.loads(path.read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                self._dirty = True  # missing or unreadable: write a good one
                return
            if not isinstance(data, dict) or data.get("fingerprint") != self.fingerprint:
                self._dirty = True
                return
            for kind in KINDS:
                stored = data.get(kind)
                if not isinstance(stored, bytes):
                    continue
                if dict.__contains__(self.answers, kind):  # asked for before the file was read
                    self.answers[kind].update(_decoded(stored))
                else:
                    self.answers.raw[kind] = stored

    def get(self, kind: str, key: str, compute: Callable[[str], object]):
        answers = self.answers[kind]
        if key in answers:
            self.used[kind].add(key)
            return answers[key]
        value = compute(key)
        with _lock:
            answers[key] = value
            self.used[kind].add(key)
            self._dirty = True
        return value

    def peek(self, kind: str, key: str):
        """The answer stored under `key`, or None.  A found answer is kept
        at the next save; one its caller cannot use is replaced by `put`."""
        found = self.answers[kind].get(key)
        if found is not None:
            self.used[kind].add(key)
        return found

    def put(self, kind: str, key: str, value) -> bool:
        """Remember `value` under `key` (replacing what was there); False,
        remembering nothing, when marshal cannot write it."""
        try:
            marshal.dumps(value)
        except ValueError:
            return False
        answers = self.answers[kind]
        with _lock:
            answers[key] = value
            self.used[kind].add(key)
            self._dirty = True
        return True

    def save(self) -> None:
        """Write what this process used, when anything was new.  A regex's
        compiled code is kept also when another run compiled it, while the
        program still has the pattern: each run compiles only the patterns
        its drafts need.  A kind this process never asked for is written
        back as it was read (a start that reads its rule set from the cache
        does not ask how rule words split into tokens, say)."""
        with _lock:
            if not self._dirty:
                return
            data = {"fingerprint": self.fingerprint}
            for kind in KINDS:
                if not dict.__contains__(self.answers, kind):
                    if kind in self.answers.raw:
                        data[kind] = self.answers.raw[kind]
                    continue
                answers = self.answers[kind]
                if kind in _STILL_HELD:
                    keep = self.used[kind] | (_STILL_HELD[kind]() & answers.keys())
                elif self.keep_unused and kind in MATCHER_INPUTS:
                    keep = answers.keys()
                else:
                    keep = self.used[kind]
                data[kind] = marshal.dumps({k: answers[k] for k in keep if k in answers})
            path = self.path()
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp.write_bytes(marshal.dumps(data))
                os.replace(tmp, path)
                self._dirty = False
            except (OSError, ValueError):
                try:
                    tmp.unlink()
                except OSError:
                    pass


_cache: BuildCache | None = None


def cache() -> BuildCache:
    global _cache
    if _cache is None:
        with _lock:
            if _cache is None:
                _cache = BuildCache()
    return _cache
