"""5.6.4 (unverifiable information): a rumour passed on with its teller.

``hearsay_reported`` finds 危ないって、知り合いが言ってた / クマが出たって
近所のおばちゃんが言いよった / 休校になると聞きました as one span, from the
start of the reported clause to the verb of saying or hearing (standard and
Kumamoto forms), so the writer sees both what is passed on and whose word it
is.  と counts only after a predicate (友達と話してた is company), and a verb
of saying that modifies its sayers (〜って言ってる人) is a reply to them, not
a rumour passed on.
"""

from __future__ import annotations

from .. import lazy_regex
from .registry import validator
from .hearsay_common import _clause_start, _kumamoto_quotative_te, _pos


# -- a rumour and the person it came from ------------------------------------

# After the quotative: who said it (近所のおばちゃんが, 知り合いから), then the
# verb of saying or hearing, in standard or Kumamoto forms (言いよった, 言うとった).
_SAID_BY = lazy_regex.compile(
    # (Kumamoto marks the sayer with の: 釣り仲間の言いよった = 釣り仲間が言っていた)
    r"[、,\s]?(?:[^。!?\n、]{0,14}?(?:が|から|に|の))?"
    r"(?:言って(?:た|ました|る|います|いた)|言いよ(?:った|る|ります|らした)|言っとった|言うとった|言っとらした|言いよんな(?:った|はった)|"
    # (in kana too, as a nursery's letters are written: ノロが でたって きいたよ)
    r"聞いた|聞きました|聞いて(?:る|います)|きいた|ききました|きいて(?:る|います)|話して(?:た|る|いた)|話しよ(?:った|る)|話しとった|話しとる|噂しとった|噂しよった)"
)


# 「〜」って言ってる人 / 〜と言っている方: the verb of saying modifies the
# people who say it, a reply to them, not the writer passing their word on.
_SAYERS_NAMED = lazy_regex.compile(r"(?:人|方|奴|やつ|ヤツ|連中|輩|皆さん|みなさん|みんな)(?!から|に聞|が言|の話)")


# Paragraph scope: the quote and the verb of saying must share a sentence.
@validator("hearsay_reported", scope="paragraph", needs=(_SAID_BY,))
def hearsay_reported(doc):
    """A rumour passed on with its teller: 危ないって、知り合いが言ってた /
    クマが出たって近所のおばちゃんが言いよった / 休校になると聞きました.
    The span runs from the start of the reported clause to the verb of
    saying, so the author sees both what is passed on and whose word it is.
    と counts only after a predicate (友達と話してた is company, not a quote)."""
    text, tokens = doc.text, doc.tokens
    for k, t in enumerate(tokens):
        if t.surface not in ("って", "たって", "と", "て"):
            continue
        pos = _pos(t)
        if t.surface in ("って", "たって") and pos.startswith("助詞"):
            pass
        elif _kumamoto_quotative_te(tokens, k):
            pass  # よかって / 治るて、釣り仲間の言いよった / 切れそうて聞いた
        elif t.surface == "と" and pos.startswith("助詞-格助詞") and k >= 1 \
                and _pos(tokens[k - 1]).startswith(("動詞", "助動詞", "形容詞")):
            pass
        else:
            continue
        m = _SAID_BY.match(text, t.end)
        if not m or k == 0:
            continue
        lo, hi = doc.sentence_at(t.start)
        if m.end() > hi or _SAYERS_NAMED.match(text, m.end()):
            continue
        start = _clause_start(text, lo, tokens[k - 1].start if t.surface != "たって" else t.start)
        if start < t.start:
            yield start, m.end()
