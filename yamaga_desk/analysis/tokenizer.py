"""SudachiPy behind one small interface.

The dictionary is loaded once per process.  Sudachi tokenizers are not safe
to share between threads, so each thread gets its own (they are cheap; the
dictionary is shared).  Text is tokenized one line at a time and each line's
result is cached by content, so re-checking a long draft after a small edit
re-tokenizes only the lines that changed.

Turning every morpheme into a Python object costs more than Sudachi's own
analysis, so a line keeps only the word id and end of each morpheme.  What a word id means (dictionary form, normalized
form, reading, part of speech) is looked up once per process and shared;
`Token` objects are made only when someone asks for them, and are not kept
with the cached line (see Line.tokens).
"""

from __future__ import annotations

import bisect
import threading
from functools import lru_cache
from typing import NamedTuple

# Sudachi refuses very long inputs (it counts bytes); lines longer than this
# are cut at a sentence end, or hard-cut if a line has none.
MAX_CHUNK_CHARS = 4000
_SENTENCE_ENDS = "。！？!?．"


class Token(NamedTuple):
    surface: str
    lemma: str  # dictionary form as written (死ね -> 死ぬ)
    normalized: str  # Sudachi's normalized form (ばか -> ばか, クズ -> くず)
    reading: str  # katakana reading
    pos: tuple[str, ...]  # part of speech, 6 levels
    start: int  # offsets in the normalized text
    end: int


# Token(...) runs a Python-level __new__; tuple.__new__ makes the same tuple
# without that call (a Token per morpheme adds up).
_new_tuple = tuple.__new__

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


# word id -> (lemma, normalized, reading, pos, blank) for dictionary words;
# OUT_OF_VOCABULARY for unknown words, whose forms depend on their surface.
OUT_OF_VOCABULARY = None
WORDS: dict[int, tuple | None] = {}
_MAX_WORDS = 500_000
# word id -> the one int object the cached lines hold for it (see Line).
_SHARED_IDS: dict[int, int] = {}


def _word(m) -> tuple:
    surface = m.surface()
    return (m.dictionary_form(), m.normalized_form(), m.reading_form(),
            tuple(m.part_of_speech()), not surface.strip())


def _scratch():
    """This thread's reusable morpheme list.  Keeping Sudachi's result
    objects alive (one per cached line) made Sudachi itself twice as slow and
    cost memory, so a line copies out what it needs and the list is reused."""
    out = getattr(_local, "out", None)
    if out is None:
        out = _local.out = _tokenizer().tokenize("")
    return out


class Line:
    """One tokenized line (or piece of an over-long line) of normalized text:
    per morpheme its word id, where it ends and what the word id means
    (`infos`: WORDS' tuple, or the unknown word's own forms).

    Lines are cached (analyse_line, the engine's paragraphs), so what a line
    keeps is plain tuples of ints and of strings: the cyclic garbage
    collector stops looking at such tuples after their first collection,
    while every list and every Token stays in its walk for as long as the
    line lives."""

    __slots__ = ("text", "word_ids", "ends", "infos", "_kept", "_forms")

    def __init__(self, text: str):
        self.text = text
        self._kept: tuple[int, ...] | None = None
        self._forms: frozenset[str] | None = None
        if not text.strip():
            self.word_ids, self.ends, self.infos = (), (), ()
            return
        morphemes = _tokenizer().tokenize(text, out=_scratch())
        pairs = [(m.word_id(), m.end()) for m in morphemes]
        # Each word id as one shared int: Sudachi hands out a new int object
        # per morpheme (word ids are large), and the cached lines of a
        # 100,000-character draft held ~58,000 of them (~1.8 MB).
        ids = [w for w, _ in pairs]
        self.word_ids = word_ids = tuple(map(_SHARED_IDS.setdefault, ids, ids))
        self.ends = tuple([e for _, e in pairs])
        new = set(word_ids).difference(WORDS)
        if new:
            if len(WORDS) > _MAX_WORDS:
                WORDS.clear()
                _SHARED_IDS.clear()
            for w in new:
                m = morphemes[word_ids.index(w)]
                WORDS[w] = OUT_OF_VOCABULARY if m.is_oov() else _word(m)
        infos = list(map(WORDS.get, word_ids))
        if None in infos:  # unknown words: their forms come from their surface
            for i, info in enumerate(infos):
                if info is None:
                    infos[i] = _word(morphemes[i])
        self.infos = tuple(infos)

    def begin(self, i: int) -> int:
        return self.ends[i - 1] if i else 0

    def surface(self, i: int) -> str:
        return self.text[self.ends[i - 1] if i else 0:self.ends[i]]

    def token(self, i: int, offset: int = 0) -> Token:
        """The i-th morpheme as a Token, its offsets shifted by `offset`."""
        info = self.infos[i]
        b, e = (self.ends[i - 1] if i else 0), self.ends[i]
        return _new_tuple(Token, (self.text[b:e], info[0], info[1], info[2], info[3], b + offset, e + offset))

    @property
    def kept(self) -> tuple[int, ...]:
        """Indices of the morphemes that are tokens (blanks are dropped)."""
        if self._kept is None:
            self._kept = tuple([i for i, info in enumerate(self.infos) if not info[4]])
        return self._kept

    def tokens(self, offset: int = 0) -> list[Token]:
        """Tokens with offsets into this line, shifted by `offset`.

        Made afresh at each call, not kept with the line: Token is a tuple
        subclass, which the garbage collector never stops tracking, and the
        cached lines of a long session held ~350,000 of them, walked by every
        full collection (a tenth of a check's time) and crowding the CPU
        caches.  A Document keeps its tokens for as long as it lives."""
        text, infos = self.text, self.infos
        out = []
        b = 0
        for e, info in zip(self.ends, infos):
            if not info[4]:
                # Nine surfaces in ten equal the lemma: the token then holds
                # WORDS' lemma string instead of a copy of its own (the
                # tokens of a 100,000-character draft, ~56,000, were ~4 MB
                # lighter at the peak of its check).
                surface, lemma = text[b:e], info[0]
                out.append(_new_tuple(Token, (lemma if surface == lemma else surface, lemma, info[1], info[2],
                                              info[3], b + offset, e + offset)))
            b = e
        return out

    def tokens_between(self, start: int, end: int, offset: int = 0) -> list[Token]:
        """Tokens (offsets shifted by `offset`) that start in [start, end) of
        this line: only those are made (a sentence of a long line)."""
        ends, infos = self.ends, self.infos
        # Morpheme i starts where morpheme i - 1 ends: the first to start at
        # or after `start` follows the first one ending at or after it.
        i = bisect.bisect_left(ends, start) + 1 if start > 0 else 0
        out = []
        while i < len(ends) and (ends[i - 1] if i else 0) < end:
            if not infos[i][4]:
                out.append(self.token(i, offset))
            i += 1
        return out

    def forms(self) -> frozenset[str]:
        """Surface, lemma and normalized form of every token: what a word
        looked for anywhere in a draft is compared with (kept with the line,
        so a re-check after an edit only computes the changed line's)."""
        if self._forms is None:
            text, forms = self.text, set()
            b = 0
            for e, info in zip(self.ends, self.infos):
                if not info[4]:
                    # Lemma and normalized form first: they are WORDS'
                    # strings, shared by every line, and a surface equal to
                    # one of them (most are) is then not kept as a copy of
                    # its own (~3 MB for 100,000 characters of lines).
                    forms.update((info[0], info[1], text[b:e]))
                b = e
            self._forms = frozenset(forms)
        return self._forms


@lru_cache(maxsize=8192)
def analyse_line(text: str) -> Line:
    return Line(text)


def chunks(text: str):
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


def analyse(text: str) -> list[tuple[int, Line]]:
    """(offset, Line) for every line of `text` that has something in it."""
    return [(offset, analyse_line(chunk)) for offset, chunk in chunks(text) if chunk.strip()]


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with offsets into `text`."""
    tokens: list[Token] = []
    for offset, line in analyse(text):
        tokens.extend(line.tokens(offset))
    return tokens
