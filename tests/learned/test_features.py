"""The sentence features come from the engine's own tokens: however a
sentence's Token list is reached, the features are the same (training and
checking can never see different things)."""

from __future__ import annotations

from yamaga_desk.analysis.document import Document
from yamaga_desk.analysis.tokenizer import analyse, tokenize
from yamaga_desk.learned.features import paragraph_features, sentence_features, sentences
from yamaga_desk.learned.train import draft_sentences
from yamaga_desk.text.normalize import normalize, paragraphs

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
    want = []
    for _, paragraph in paragraphs(TEXT):
        norm = normalize(paragraph)
        doc = Document(norm, None, lines=analyse(norm.text))
        want += paragraph_features([t for _, _, t in sentences(doc)])
    assert [f for _, _, f in found] == want


def test_a_sentence_sees_its_neighbours_in_the_paragraph_only():
    """p:/n: hold the words of the sentence before and after; a paragraph's
    edge (a blank line) is an edge of the context too."""
    found = [f for _, _, f in draft_sentences(TEXT)]
    own = [sentence_features(t) for _, paragraph in paragraphs(TEXT)
           for _, _, t in sentences(Document(normalize(paragraph), None, lines=analyse(normalize(paragraph).text)))]
    assert all(o <= f for o, f in zip(own, found))  # a sentence's own features are all there
    assert "p:<start>" in found[0] and "n:昼休み" in found[0]
    assert "p:爺" in found[1] and "n:<end>" in found[1]  # (じいさん: normalized 爺)
    assert "p:<start>" in found[2] and "n:<end>" in found[2]  # the next paragraph starts afresh
    assert not any(f.startswith("p:") and f != "p:<start>" for f in found[2])
    assert not any(f.startswith(("p2:", "n2:")) for features in found for f in features)  # no paragraph of three sentences here
    first, _, third = (f for _, _, f in draft_sentences("窓口は混雑。課長は会議。今日は晴れ。"))
    assert "n2:晴れ" in first and "p2:窓口" in third and "p:課長" in third
