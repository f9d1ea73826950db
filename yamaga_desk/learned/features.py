"""What the sentence model sees of a sentence (its words and its
neighbours' words in the paragraph): the same function, paragraph_keys,
under training (paragraph_features, the keys as feature strings) and
checking (the model looks the keys up as they are), so the two can never
drift apart.

A sentence is read from the engine's own Document (normalized text,
Sudachi tokens, sentence bounds), never re-tokenized here.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Collection, Iterable, Sequence

from ..analysis.tokenizer import Token

# Punctuation and spaces carry no words (the characters still count in the
# character n-grams of what is left).
SKIP_POS = frozenset({"補助記号", "空白"})
# Words that carry meaning: the bigrams over these skip the particles in
# between (上司|バカ in 上司がバカ).
CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞", "代名詞", "連体詞", "感動詞",
                         "接頭辞", "接尾辞", "助動詞"})


# A feature is "<kind>:<key>".  The kinds, and what a key of each is:
#   u   a word's normalized form or lemma (Sudachi's normalized form folds
#       spelling: ばか/馬鹿, 行う/行なう)
#   b   "<a>|<b>": two words in a row, by normalized form
#   c   "<a>|<b>": two content words in a row (CONTENT_POS), particles skipped
#   g   2 or 3 characters of the sentence's words run together (catches
#       dialect and spelling Sudachi splits oddly: しとる, ｗｗ)
#   p, n     a normalized form of the sentence before / after in the
#            paragraph, or <start> / <end> at the paragraph's edges
#   p2, n2   a normalized form of the sentence two before / two after
# paragraph_keys gives the keys of each kind; paragraph_features joins them
# into the strings training sees, and the model scores the same keys
# without building those strings (sentence_model.SentenceModel.flagged_keys),
# so training and checking still read one enumeration of features.
AT_START = ("<start>",)
AT_END = ("<end>",)

_normalized = attrgetter("normalized")
_lemma = attrgetter("lemma")
_surface = attrgetter("surface")


def _words(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.pos[0] not in SKIP_POS]


def _own_keys(words: Sequence[Token], normals: list[str]) -> list[tuple[str, set[str]]]:
    """(kind, distinct keys) of a sentence's own features: u, b, c, g.
    `words` are its tokens without SKIP_POS, `normals` their normalized forms."""
    unigrams = set(normals)
    unigrams.update(map(_lemma, words))  # (a lemma equal to its normalized form adds nothing)
    content = [t.normalized for t in words if t.pos[0] in CONTENT_POS]
    chars = "".join(map(_surface, words))
    grams = {chars[i:i + n] for n in (2, 3) for i in range(len(chars) - n + 1)}
    return [("u", unigrams),
            ("b", {f"{a}|{b}" for a, b in zip(normals, normals[1:])}),
            ("c", {f"{a}|{b}" for a, b in zip(content, content[1:])}),
            ("g", grams)]


def _as_strings(keys: Iterable[tuple[str, Iterable[str]]]) -> frozenset[str]:
    return frozenset(kind + ":" + key for kind, of_kind in keys for key in of_kind)


def sentence_features(tokens: Sequence[Token]) -> frozenset[str]:
    """The binary features of one sentence's tokens: u:, b:, c: and g:
    (see the kinds above)."""
    words = _words(tokens)
    return _as_strings(_own_keys(words, list(map(_normalized, words))))


def paragraph_keys(pieces: Sequence[Sequence[Token]]) -> list[list[tuple[str, Collection[str]]]]:
    """For each sentence of ONE paragraph (token lists of all its sentences
    in order), its features as (kind, distinct keys) pairs, no kind twice:
    paragraph_features without the strings.  (The neighbours' keys are the
    neighbour's own frozenset, shared, not copied.)"""
    words = [_words(tokens) for tokens in pieces]
    normals = [list(map(_normalized, w)) for w in words]
    # what each sentence shows of itself to those beside it: its words' normalized forms
    shown = list(map(frozenset, normals))
    out = []
    last = len(pieces) - 1
    for k, own in enumerate(words):
        keys: list[tuple[str, Collection[str]]] = _own_keys(own, normals[k])
        keys.append(("p", shown[k - 1] if k else AT_START))
        keys.append(("n", shown[k + 1] if k < last else AT_END))
        if k > 1:
            keys.append(("p2", shown[k - 2]))
        if k + 1 < last:
            keys.append(("n2", shown[k + 2]))
        out.append(keys)
    return out


def paragraph_features(pieces: Sequence[Sequence[Token]]) -> list[frozenset[str]]:
    """The features of each sentence of ONE paragraph, given the token lists
    of all its sentences in order (features.sentences): the sentence's own
    (sentence_features) plus the words of its neighbours in the paragraph,
    p:<normalized form> of the sentence before and n:<normalized form> of
    the one after (p:<start> / n:<end> at the paragraph's edges), and
    p2:/n2: of the sentences two before and two after.  A draft often says
    where or when in one sentence and what in the next (勤務中。⏎ビール
    飲んだ), and the neighbours carry that.

    What training reads (train.draft_sentences); checking scores the same
    paragraph_keys without joining them into strings (validators/learned.py).
    Both start from the same paragraph Document's sentences.  A model
    trained before the neighbours existed has no p:/n:/p2:/n2: weights and
    scores exactly as it did."""
    return list(map(_as_strings, paragraph_keys(pieces)))


def sentences(doc) -> Iterable[tuple[int, int, list[Token]]]:
    """(start, end, tokens) of each sentence of `doc` (offsets in doc.text)
    that holds a word.  A line break of the ORIGINAL text between two words
    also ends a sentence: normalizing joins the lines of a paragraph
    (決まったよ😊⏎あの課長は… reads as one run of text), but a draft's line is
    a sentence to its writer, and a flag must not underline the next line's
    words for the first line's reasons."""
    norm = doc.norm
    original = norm.original
    # cheap test first: most paragraphs are one line, and then no sentence
    # needs its span in the original text looked up
    one_line = "\n" not in original
    for start, end in doc.sentence_bounds:
        tokens = doc.tokens_between(start, end)
        if not tokens:
            continue
        if one_line:
            yield start, end, tokens
            continue
        lo, hi = norm.to_original(start, end)
        if "\n" not in original[lo:hi]:  # most sentences: no line to split at, no per-word lookups
            yield start, end, tokens
            continue
        piece_start, piece = start, [tokens[0]]
        for prev, token in zip(tokens, tokens[1:]):
            gap_start = norm.to_original(prev.end - 1, prev.end)[0]
            gap_end = norm.to_original(token.start, token.start + 1)[0]
            if "\n" in original[gap_start:gap_end]:
                yield piece_start, token.start, piece
                piece_start, piece = token.start, []
            piece.append(token)
        yield piece_start, end, piece
