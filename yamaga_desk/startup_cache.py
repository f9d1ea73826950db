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

Each kind of answer is stored as its own marshal blob, read from the file and
decoded when first asked for, and the regexes' compiled code one regex at a
time (_CacheFile): a start that finds its rule set in the cache needs about a
third of the file, and of the code of ~3,000 regexes (~8 MB once a user's
drafts have needed most of them) the ~100 a short draft runs.  Reading the
whole file cost a start ~17 ms more with a cache that full, ~8 ms with a new one.
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
# The file's first bytes: a file written in another layout is not read.
MAGIC = b"YamagaDesk cache 3\n"
KINDS = ("safe", "literals", "words", "reading", "norm", "toml", "checklist", "sre", "ruleset", "matcher",
         "learned", "nfkc")
# The answers building the rule tables (ruleset/compiled.py) asks for.
MATCHER_INPUTS = ("safe", "literals", "words", "reading", "norm")
# Kinds whose answers are read one by one: many, large, few needed per run.
BY_ENTRY = frozenset({"sre"})
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


class _CacheFile:
    """The cache file of one data folder, open for reading while the
    program runs: its header says where each kind's answers lie, and a kind
    is read only when first asked for (a start that finds its rule set in
    the cache reads about a third of the file).

    Layout: MAGIC, the header's length (8 bytes, little-endian), the header
    (marshal: fingerprint, then kind -> (offset, length) of its blob after
    the header), the blobs.  A blob of a WHOLE kind is the marshal of its
    answers; one of a kind read BY_ENTRY is the marshal of key -> (offset,
    length) of each answer's own blob.

    Held open, the file cannot change under the reader: on Windows another
    program cannot replace it (its save fails and is skipped: the cache
    only ever saves time), elsewhere a replaced file stays readable."""

    def __init__(self, path: Path, fingerprint: str) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._lock = threading.Lock()
        try:
            start = self._file.read(len(MAGIC) + 8)
            if len(start) != len(MAGIC) + 8 or start[:len(MAGIC)] != MAGIC:
                raise ValueError("not a cache file of this format")
            size = int.from_bytes(start[len(MAGIC):], "little")
            header = marshal.loads(self._file.read(size))
            if not isinstance(header, dict) or header.get("fingerprint") != fingerprint:
                raise ValueError("another version's cache")
            self.blobs: dict[str, tuple[int, int]] = header["blobs"]
            if not isinstance(self.blobs, dict):
                raise ValueError("no table of contents")
            self._base = len(MAGIC) + 8 + size
        except BaseException:
            self._file.close()
            raise

    def read(self, where: tuple[int, int]) -> bytes:
        offset, length = where
        with self._lock:
            self._file.seek(self._base + offset)
            blob = self._file.read(length)
        if len(blob) != length:
            raise EOFError("cache file cut short")
        return blob

    def close(self) -> None:
        self._file.close()


def _read(file: _CacheFile | None, where) -> bytes | None:
    """The blob at `where` in `file`, or None: no file, no such place, a
    file cut short or closed by a save on another thread meanwhile."""
    if file is None or where is None:
        return None
    try:
        return file.read(where)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _unmarshal(blob: bytes | None, kind: type = dict, default=None):
    """marshal.loads(blob) when it gives a `kind`, else `default`."""
    if blob is None:
        return default
    try:
        value = marshal.loads(blob)
    except (ValueError, EOFError, TypeError):
        return default
    return value if isinstance(value, kind) else default


class _EntryAnswers:
    """The answers of a kind read one at a time (BY_ENTRY): the file's
    index says where each lies, an answer is decoded when first asked for.
    A start needs the compiled code of ~100 of the ~3,000 regexes."""

    def __init__(self) -> None:
        self.values: dict = {}  # decoded or new answers
        self.stored: dict[str, tuple[int, int]] = {}  # key -> where in `file`
        self.file: _CacheFile | None = None

    def attach(self, file: _CacheFile | None, index: dict) -> None:
        self.file, self.stored = file, index

    def get(self, key: str, default=None):
        values = self.values
        if key in values:
            return values[key]
        where = self.stored.get(key)
        if where is None:
            return default
        value = _unmarshal(_read(self.file, where), object)
        if value is None:  # unreadable: computed afresh by the caller
            self.stored.pop(key, None)
            return default
        values[key] = value
        return value

    def __contains__(self, key: str) -> bool:
        return key in self.values or key in self.stored

    def __getitem__(self, key: str):
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value) -> None:
        self.values[key] = value
        self.stored.pop(key, None)  # (the file's answer is no longer it)

    def keys(self) -> set[str]:
        return self.values.keys() | self.stored.keys()

    def __len__(self) -> int:
        return len(self.keys())

    def blob(self, key: str) -> bytes | None:
        """The marshal of `key`'s answer (copied from the file when there)."""
        blob = _read(self.file, self.stored.get(key))
        if blob is None and key in self.values:
            blob = marshal.dumps(self.values[key])
        return blob


_MISSING = object()


class _Answers(dict):
    """kind -> {key: answer}.  A kind stays in the file (`stored`: where)
    until it is first asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.file: _CacheFile | None = None
        self.stored: dict[str, tuple[int, int]] = {}
        # Kinds in memory exactly as `file` holds them (where): `save` copies
        # their blob instead of writing it anew (marshal.dumps of the rule
        # tables held the GIL ~20 ms, a stall of the window).
        self.in_step: dict[str, tuple[int, int]] = {}
        self._decoding = threading.Lock()

    def __missing__(self, kind: str):
        with self._decoding:  # (two threads asking at once decode once)
            if dict.__contains__(self, kind):
                return dict.__getitem__(self, kind)
            if kind not in KINDS:
                raise KeyError(kind)
            where = self.stored.pop(kind, None)
            blob = _read(self.file, where)
            if kind in BY_ENTRY:
                answers = _EntryAnswers()
                answers.attach(self.file, _unmarshal(blob, default={}))
            else:
                answers = _unmarshal(blob, default={})
                if blob is not None and answers:
                    self.in_step[kind] = where
            self[kind] = answers
            return answers

    def attach(self, file: _CacheFile | None, merge: bool = True) -> None:
        """Read from `file` from now on (None: from nothing) what is not in
        memory yet; with `merge`, add what it knows to the kinds asked for
        before it was read (else they hold all of it: it is what `save`
        just wrote)."""
        if self.file is not None and self.file is not file:
            self.file.close()
        self.file = file
        self.stored = dict(file.blobs) if file is not None else {}
        if merge:
            self.in_step.clear()
        for kind in list(self.stored):
            if not dict.__contains__(self, kind):
                continue
            where = self.stored.pop(kind)
            answers = dict.__getitem__(self, kind)
            if not merge and not isinstance(answers, _EntryAnswers):
                continue
            blob = _read(file, where)
            if blob is None:
                continue
            if isinstance(answers, _EntryAnswers):
                answers.attach(file, _unmarshal(blob, default={}))
            else:
                for key, value in _unmarshal(blob, default={}).items():
                    answers.setdefault(key, value)

    def blob(self, kind: str) -> bytes | None:
        """A kind never asked for, as the file keeps it."""
        return _read(self.file, self.stored.get(kind))


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
    learned/sentence_model.py; "nfkc": the Unicode version -> what NFKC
    does to the characters text/normalize.py translates up front), shared
    by every build in the process."""

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
        """Open the file of the current data folder (once per folder)."""
        with _lock:
            path = self.path()
            if path in self.loaded_from:
                return
            self.loaded_from.add(path)
            try:
                file = _CacheFile(path, self.fingerprint)
            except (OSError, ValueError, EOFError, TypeError, KeyError):
                self._dirty = True  # missing, unreadable or foreign: write a good one
                return
            self.answers.attach(file)

    def get(self, kind: str, key: str, compute: Callable[[str], object]):
        answers = self.answers[kind]
        value = answers.get(key, _MISSING)
        if value is not _MISSING:
            self.used[kind].add(key)
            return value
        value = compute(key)
        with _lock:
            answers[key] = value
            self.used[kind].add(key)
            self.answers.in_step.pop(kind, None)
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
            self.answers.in_step.pop(kind, None)
            self._dirty = True
        return True

    def _kept(self, kind: str, answers) -> set:
        if kind in _STILL_HELD:
            return self.used[kind] | (_STILL_HELD[kind]() & answers.keys())
        if self.keep_unused and kind in MATCHER_INPUTS:
            return set(answers.keys())
        return self.used[kind]

    def save(self) -> bool:
        """Write what this process used, when anything was new (False: it
        could not be written; nothing else depends on it).  A regex's
        compiled code is kept also when another run compiled it, while the
        program still has the pattern: each run compiles only the patterns
        its drafts need.  A kind this process never asked for is written
        back as it was read (a start that reads its rule set from the cache
        does not ask how rule words split into tokens, say)."""
        with _lock:
            if not self._dirty:
                return True
            blobs: list[bytes] = []
            where: dict[str, tuple[int, int]] = {}
            whole: list[str] = []  # kinds written with every answer in memory
            size = 0

            def place(blob: bytes) -> tuple[int, int]:
                nonlocal size
                blobs.append(blob)
                size += len(blob)
                return size - len(blob), len(blob)

            for kind in KINDS:
                if not dict.__contains__(self.answers, kind):
                    blob = self.answers.blob(kind)
                    if blob is not None:
                        where[kind] = place(blob)
                    continue
                answers = self.answers[kind]
                keep = self._kept(kind, answers)
                if isinstance(answers, _EntryAnswers):
                    index = {}
                    for key in keep:
                        blob = answers.blob(key)
                        if blob is not None:
                            index[key] = place(blob)
                    where[kind] = place(marshal.dumps(index))
                elif keep >= answers.keys():
                    blob = None
                    if kind in self.answers.in_step:
                        blob = _read(self.answers.file, self.answers.in_step[kind])
                    where[kind] = place(blob if blob is not None else marshal.dumps(answers))
                    whole.append(kind)
                else:
                    where[kind] = place(marshal.dumps({k: answers[k] for k in keep if k in answers}))
            header = marshal.dumps({"fingerprint": self.fingerprint, "blobs": where})
            path = self.path()
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                with open(tmp, "wb") as out:
                    out.write(MAGIC + len(header).to_bytes(8, "little") + header)
                    for blob in blobs:
                        out.write(blob)
                # (Windows replaces no file a program has open: ours first.)
                self.answers.attach(None)
                os.replace(tmp, path)
                self._dirty = False
            except (OSError, ValueError):
                try:
                    tmp.unlink()
                except OSError:
                    pass
            try:  # read on from the file now there
                self.answers.attach(_CacheFile(path, self.fingerprint), merge=False)
            except (OSError, ValueError, EOFError, TypeError, KeyError):
                return not self._dirty
            if not self._dirty:  # (it is the file just written)
                self.answers.in_step.update((kind, where[kind]) for kind in whole)
            return not self._dirty


def file_answers(path: Path) -> dict[str, dict]:
    """Every answer the cache file at `path` holds, by kind ({} for a file
    this version does not read): for tests and for looking inside."""
    try:
        file = _CacheFile(path, cache().fingerprint)
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return {}
    try:
        found = {}
        for kind, where in file.blobs.items():
            answers = _unmarshal(_read(file, where), default={})
            if kind in BY_ENTRY:
                answers = {key: _unmarshal(_read(file, at), object) for key, at in answers.items()}
            found[kind] = answers
        return found
    finally:
        file.close()


_cache: BuildCache | None = None


def cache() -> BuildCache:
    global _cache
    if _cache is None:
        with _lock:
            if _cache is None:
                _cache = BuildCache()
    return _cache
