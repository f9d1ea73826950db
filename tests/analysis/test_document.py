"""Document: where a rule reads the sentences around a word."""

from yamaga_desk.analysis.document import Document
from yamaga_desk.text.normalize import normalize


def _doc(text: str) -> Document:
    return Document(normalize(text))


def test_sentences_around_widens_by_whole_sentences():
    doc = _doc("係長が休職。理由はうつ病。来月復帰。")
    k = doc.sentence_index(doc.text.index("理由"))
    lo, hi = doc.sentences_around(k)
    assert doc.text[lo:hi] == "係長が休職。理由はうつ病。来月復帰。"
    lo, hi = doc.sentences_around(k, 0, 1)
    assert doc.text[lo:hi] == "理由はうつ病。来月復帰。"
    lo, hi = doc.sentences_around(k, 1, 0)
    assert doc.text[lo:hi] == "係長が休職。理由はうつ病。"


def test_sentences_around_stops_at_the_edges_of_the_text():
    doc = _doc("一文目。二文目。")
    assert doc.sentences_around(0, 3, 3) == (0, len(doc.text))
    assert doc.sentences_around(1, 0, 5) == doc.sentence_bounds[1]
