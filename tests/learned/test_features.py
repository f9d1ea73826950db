"""The sentence features come from the engine's own tokens: however a
sentence's Token list is reached, the features are the same (training and
checking can never see different things)."""

from __future__ import annotations

from yamaga_desk.analysis.document import Document
from yamaga_desk.analysis.tokenizer import analyse, tokenize
from yamaga_desk.learned.features import sentence_features, sentences
from yamaga_desk.learned.train import draft_sentences
from yamaga_desk.text.normalize import normalize

TEXT = "窓口のじいさん、マジでﾊﾞｶなの？\n昼休みを延長して釣りに行ってきたｗｗ 課長には内緒😎。\n\n選挙、よろしく！"


def test_features_are_the_same_however_the_tokens_are_reached():
    norm = normalize(TEXT)
    lazy = Document(norm, None, lines=analyse(norm.text))  # tokens made per sentence from lines
    eager = Document(norm, tokenize(norm.text))  # one ready token list
    got_lazy = [(s, e, sentence_features(t)) for s, e, t in sentences(lazy)]
    got_eager = [(s, e, sentence_features(t)) for s, e, t in sentences(eager)]
    assert got_lazy == got_eager
    assert len(got_lazy) == 3
    # a slice of the whole draft's token list gives the same features
    all_tokens = lazy.tokens
    for s, e, features in got_lazy:
        assert sentence_features([t for t in all_tokens if s <= t.start < e]) == features


def test_features_hold_words_bigrams_and_characters():
    norm = normalize("上司がバカすぎる。")
    doc = Document(norm, None, lines=analyse(norm.text))
    (_, _, tokens), = sentences(doc)
    features = sentence_features(tokens)
    assert "u:上司" in features
    assert "b:上司|が" in features
    assert "c:上司|バカ" in features  # the particle が skipped
    assert "u:過ぎる" in features  # normalized form of すぎる
    assert "g:上司" in features and "g:上司が" in features
    assert not any(f.endswith("。") for f in features)  # punctuation is no word


def test_training_reads_a_draft_as_the_engine_does():
    """draft_sentences (training) gives each sentence's span in the ORIGINAL
    text and the same features as the paragraph documents of a check."""
    found = draft_sentences(TEXT)
    assert [TEXT[s:e] for s, e, _ in found] == [
        "窓口のじいさん、マジでﾊﾞｶなの？", "昼休みを延長して釣りに行ってきたｗｗ 課長には内緒😎。", "選挙、よろしく！"]
    norm = normalize(TEXT)
    doc = Document(norm, None, lines=analyse(norm.text))
    assert [f for _, _, f in found] == [sentence_features(t) for _, _, t in sentences(doc)]
