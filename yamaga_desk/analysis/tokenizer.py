"""SudachiPy behind one small interface.

The dictionary is loaded once per process.  Sudachi tokenizers are not safe
to share between threads, so each thread gets its own (they are cheap; the
dictionary is shared).  Text is tokenized one line at a time and the result
of each line is cached by content, so re-checking a long draft after a small
edit re-tokenizes only the lines that changed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

# Sudachi refuses very long inputs (it counts bytes); lines longer than this
# are cut at a sentence end, or hard-cut if a line has none.
MAX_CHUNK_CHARS = 4000
_SENTENCE_ENDS = "。！？!?．"


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    lemma: str  # dictionary form as written (死ね -> 死ぬ)
    normalized: str  # Sudachi's normalized form (ばか -> ばか, クズ -> くず)
    reading: str  # katakana reading
    pos: tuple[str, ...]  # part of speech, 6 levels
    start: int  # offsets in the normalized text
    end: int


_lock = threading.Lock()
_dictionary = None
_local = threading.local()


def _get_dictionary():
    global _dictionary
    if _dictionary is None:
        with _lock:
            if _dictionary is None:
                from sudachipy import Dictionary

                _dictionary = Dictionary(dict="core")
    return _dictionary


def _tokenizer():
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        from sudachipy import SplitMode

        tok = _get_dictionary().tokenizer(SplitMode.C)
        _local.tokenizer = tok
    return tok


def preload() -> None:
    """Load the dictionary now (e.g. in the background at app start)."""
    _tokenizer()


@lru_cache(maxsize=4096)
def _tokenize_chunk(chunk: str) -> tuple[Token, ...]:
    out = []
    for m in _tokenizer().tokenize(chunk):
        surface = m.surface()
        if not surface.strip():
            continue
        out.append(
            Token(
                surface=surface,
                lemma=m.dictionary_form(),
                normalized=m.normalized_form(),
                reading=m.reading_form(),
                pos=tuple(m.part_of_speech()),
                start=m.begin(),
                end=m.end(),
            )
        )
    return tuple(out)


def _chunks(text: str):
    """Yield (offset, chunk): lines, with over-long lines cut at sentence ends."""
    pos = 0
    for line in text.splitlines(keepends=True):
        start = 0
        while len(line) - start > MAX_CHUNK_CHARS:
            window = line[start : start + MAX_CHUNK_CHARS]
            cut = max(window.rfind(c) for c in _SENTENCE_ENDS)
            cut = cut + 1 if cut > 0 else MAX_CHUNK_CHARS
            yield pos + start, line[start : start + cut]
            start += cut
        yield pos + start, line[start:]
        pos += len(line)


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with offsets into `text`."""
    tokens: list[Token] = []
    for offset, chunk in _chunks(text):
        if not chunk.strip():
            continue
        for t in _tokenize_chunk(chunk):
            if offset:
                t = Token(t.surface, t.lemma, t.normalized, t.reading, t.pos,
                          t.start + offset, t.end + offset)
            tokens.append(t)
    return tokens
