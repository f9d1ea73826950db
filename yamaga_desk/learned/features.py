"""What the sentence model sees of a sentence (its words and its
neighbours' words in the paragraph): the same function, paragraph_features,
for training and for checking, so the two can never drift apart.

A sentence is read from the engine's own Document (normalized text,
Sudachi tokens, sentence bounds), never re-tokenized here.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from ..analysis.tokenizer import Token

# Punctuation and spaces carry no words (the characters still count in the
# character n-grams of what is left).
SKIP_POS = frozenset({"補助記号", "空白"})
# Words that carry meaning: the bigrams over these skip the particles in
# between (上司|バカ in 上司がバカ).
CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞", "代名詞", "連体詞", "感動詞",
                         "接頭辞", "接尾辞", "助動詞"})


def sentence_features(tokens: Sequence[Token]) -> frozenset[str]:
    """The binary features of one sentence's tokens:

    - u:<normalized form> and u:<lemma> of each word (Sudachi's normalized
      form folds spelling: ばか/馬鹿, 行う/行なう);
    - b:<a>|<b> bigrams of normalized forms over all words;
    - c:<a>|<b> bigrams over content words only;
    - g:<2 or 3 characters> of the sentence's words run together (catches
      dialect and spelling Sudachi splits oddly: しとる, ｗｗ).
    """
    words = [t for t in tokens if t.pos[0] not in SKIP_POS]
    found: set[str] = set()
    normals: list[str] = []
    content: list[str] = []
    for t in words:
        found.add("u:" + t.normalized)
        if t.lemma != t.normalized:
            found.add("u:" + t.lemma)
        normals.append(t.normalized)
        if t.pos[0] in CONTENT_POS:
            content.append(t.normalized)
    found.update("b:" + a + "|" + b for a, b in zip(normals, normals[1:]))
    found.update("c:" + a + "|" + b for a, b in zip(content, content[1:]))
    chars = "".join(t.surface for t in words)
    for n in (2, 3):
        found.update("g:" + chars[i:i + n] for i in range(len(chars) - n + 1))
    return frozenset(found)


def neighbour_words(tokens: Sequence[Token]) -> frozenset[str]:
    """What a sentence shows of itself to the sentences beside it: the
    normalized forms of its words."""
    return frozenset(t.normalized for t in tokens if t.pos[0] not in SKIP_POS)


def paragraph_features(pieces: Sequence[Sequence[Token]]) -> list[frozenset[str]]:
    """The features of each sentence of ONE paragraph, given the token lists
    of all its sentences in order (features.sentences): the sentence's own
    (sentence_features) plus the words of its neighbours in the paragraph,
    p:<normalized form> of the sentence before and n:<normalized form> of
    the one after (p:<start> / n:<end> at the paragraph's edges), and
    p2:/n2: of the sentences two before and two after.  A draft often says
    where or when in one sentence and what in the next (勤務中。⏎ビール
    飲んだ), and the neighbours carry that.

    The one function for training (train.draft_sentences) and checking
    (validators/learned.py): both call it on the same paragraph Document's
    sentences.  A model trained before the neighbours existed has no p:/n:/p2:/n2:
    weights and scores exactly as it did."""
    words = [neighbour_words(tokens) for tokens in pieces]
    out = []
    last = len(pieces) - 1
    for k, tokens in enumerate(pieces):
        found = set(sentence_features(tokens))
        if k:
            found.update("p:" + w for w in words[k - 1])
        else:
            found.add("p:<start>")
        if k < last:
            found.update("n:" + w for w in words[k + 1])
        else:
            found.add("n:<end>")
        if k > 1:
            found.update("p2:" + w for w in words[k - 2])
        if k + 1 < last:
            found.update("n2:" + w for w in words[k + 2])
        out.append(frozenset(found))
    return out


def sentences(doc) -> Iterable[tuple[int, int, list[Token]]]:
    """(start, end, tokens) of each sentence of `doc` (offsets in doc.text)
    that holds a word.  A line break of the ORIGINAL text between two words
    also ends a sentence: normalizing joins the lines of a paragraph
    (決まったよ😊⏎あの課長は… reads as one run of text), but a draft's line is
    a sentence to its writer, and a flag must not underline the next line's
    words for the first line's reasons."""
    norm = doc.norm
    original = norm.original
    for start, end in doc.sentence_bounds:
        tokens = doc.tokens_between(start, end)
        if not tokens:
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
