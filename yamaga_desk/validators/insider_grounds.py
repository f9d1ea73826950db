"""6.2 (inaccurate information about the city's administration): what an
insider rests a guess on.

A colleague's word (財政課の人から聞いたんだけど), the office's common
knowledge (職員の間ではもう常識), the writer vouching as staff (中の人だから
ガチ情報, 職員やけん分かる), and admissions that nothing was checked
(確認はしてないけど, うろ覚え, 根拠は勘).  Next to a guess they are evidence
and are marked with it (``_grounds``); a claim stated as fact with only such
grounds is a guess too.  insider_guess.py decides when they count.
"""

from __future__ import annotations

from .. import lazy_regex
from .literal_precheck import LiteralPrecheck
from .insider_staff import _SAME_OFFICE


# Hedges that admit the details were not checked.
_UNCHECKED = lazy_regex.compile(
    r"(?:確認(?:は|も|が)?(?:して|できて|取れて|とれて|し|でき)(?:い|お)?(?:ない|ません|りません|らん|とらん|ちょらん|よらん|ておらず)|確認(?:は|も)?(?:せず|しないまま|取らずに)|未確認|"
    r"裏(?:は|も)?(?:取って|とって|取れて|とれて)(?:い|お)?(?:ない|ません|りません|らん)|裏取り(?:は|も)?(?:して|し)(?:い|お)?(?:ない|ません|りません|とらん)|うろ覚え|(?:職員|役所|役場|中の人|個人|俺|私|自分|勤務|勤め)の(?:勘|予想|予測|推測|見立て)|勘(?:だ|や|じゃ)(?:けど|けん|から)|記憶(?:だけ)?(?:で書|頼り|が曖昧|があいまい)|根拠(?:は|も)?(?:勘|ない|なし|ありません|特に)|確証(?:は|も|が)?(?:ない|なか|ありません|ございません|ござらん|持てない|持てません)|ソース(?:は|も)?(?:ない|なし|ありません|俺|私|自分)|調べて(?:ない|いない|ません)(?:けど|が)|詳しくは(?:知ら|わから|分から|しら)|よく(?:知ら|わから|分から|しら)|よう(?:は)?(?:知ら|わから|分から|しら)|(?:担当|[一-龥]{1,4}課|係|部署)(?:じゃ|では)(?:ない|なか|ありません)(?:から|ので|けど|けん|し|ばってん)?[^。!?\n]{0,6}?(?:知ら|分から|わから|しら)|確かめ(?:てない|ていない|てません|ていません|とらん|ちょらん|ておらず|ずに)|知らんけど|聞いた話|庁内の雰囲気|雰囲気的に|確認してないけど|確認していませんが|未確認だけど)"
)


_VOUCHED = lazy_regex.compile(
    r"(?:(?:職員|公務員|中の人|役所の人間|役場の人間|市役所勤め|役所勤め|役場勤め)(?:だ|や|な)?"
    # 市役所おるけん何となく分かる (Kumamoto: where one works, に dropped)
    r"|(?<!今)(?<!いま)(?:市役所|役所|役場)(?:に)?(?:おる|いる|居る|勤めとる|勤めてる)"
    # 文化財係におるけん何となくわかる: one's own section as the warrant
    r"|(?<!今)(?<!いま)(?<![一-龥])[一-龥]{1,5}(?:課|係)に(?:おる|いる|居る|勤めとる|勤めてる))"
    # 職員だけん雰囲気で分かる / 職員やけん、だいたい分かる: how the staff "just know"
    r"(?:から|けん|ので)(?:こそ)?[、,]?\s?(?:なんとなく|何となく|だいたい|大体|だいたいは|雰囲気で|雰囲気的に|空気で|肌感覚で|感覚で)?"
    # 中の人だからガチ情報 / 職員やけん確かな話: vouched for by being staff
    r"(?:分かる|わかる|分かります|わかります|言える|いえる|言えます|知っとる|知ってる|知っている|(?:ガチ|マジ|確か|確実|本当|ほんと|正確)(?:の|な)?(?:情報|話|ネタ))"
    # 〜通るよ。会計課で支払いしてる私が言うんだから: a claim vouched for by one's own work
    # (人事におる私が言うんやけん: where the writer works, said with おる / いる)
    r"|(?:て(?:い)?る|とる|ちょる|よる|におる|にいる)(?:俺|私|僕|わし|うち|自分)が言う(?:ん(?:だ|や|です))?(?:から|けん|けえ)"
    # 職員の俺が言うとだけん間違いなか: the writer's own post as the warrant
    # (熊本弁 おい: the writer's "I" as 俺)
    r"|(?:職員|公務員|中の人|担当)の(?:俺|おれ|おい|私|僕|わし|うち|自分)が言う(?:ん|と)?(?:だ|や|です)?(?:から|けん|けえ)(?:間違いな(?:い|か|し)|確か)?"
    # 職員として断言します / 中の人として保証するばい: a claim made certain on the strength of being staff
    r"|(?:職員|公務員|中の人|担当者?)として(?:断言|保証|言い切|請け合)")


# What the guess rests on, said by an insider: a colleague's word (財政課の人から
# 聞いたんだけど, 総務課の同期が言ってたけど), the office's common knowledge
# (職員の間ではもう常識), or the writer vouching as staff (中の人だから言うけど).
# Next to a guess it is evidence too; it also pulls in a guess in the sentence
# just before it (〜よくなるっぽいよ。環境課の雰囲気的に).
_INSIDER_GROUNDS = lazy_regex.compile(
    # (課の誰かが言いよった: a bare 課 is the writer's own; 誰か, a colleague unnamed)
    r"(?:(?:[一-龥]{1,4}|同じ|隣の|うちの|別の|よその)?課|庁内|役所|役場|市役所|職場|上司|課長|係長|部長|同期|同僚|先輩)(?:の)?"
    r"(?:人|方|同期|同僚|先輩|後輩|友達|知り合い|偉い(?:さん|人)|上の人|誰か|だれか)?(?:から|に|が)"
    r"(?:聞いた|聞いて|聞きました|言って(?:た|ました|る)|言いよ(?:った|る)|言っとった|話して(?:た|る))"
    r"(?:ん(?:だ|や)?けど|けど|けれど|が|話)?"
    r"|(?:職場|庁内|役所|役場|市役所|課内|部署)で(?:聞いた|聞きました|耳にした|小耳に挟んだ)(?:話|ん(?:だ|です|や)?(?:けど|が))?"
    r"|(?:上の(?:人|方)|お?偉(?:い)?さん|偉い(?:人|方)|幹部|上層部|上司|課長|部長|係長|局長|所長|先輩|同僚|同期)(?:の(?:人|方))?(?:たち|達|ら|連中|方|さん|クラス)?"
    r"(?:が|も|の間で)[^。、!?\n]{0,6}?(?:話しよ|話しと|話して|言いよ|言うと|言っと|言って|噂しと|噂しよ|噂して|しゃべっと|喋っと|しゃべりよ|喋りよ|しゃべって|喋って)"
    r"(?:った|た|る|ました|ます|いた|らした)(?:けど|けん|が|ん(?:だ|や)?けど)?"
    r"|(?:職員|庁内|役所|役場|市役所|課内|内部)(?:の間|内)?で(?:は)?(?:もう|とっくに)?(?:常識|有名|周知|みんな知って|噂|決まった話|決定事項)"
    r"|(?:[一-龥]{1,4}課|庁内|役所|役場|市役所|職場|部署|係)の(?:人|方|先輩|同期|同僚|上司|課長|係長)(?:いわく|曰く|の話では|の話だと)"
    r"|(?:市役所|役所|役場)に(?:おる|いる|居る|勤めて(?:いる|る))と(?:何となく|なんとなく|自然と|嫌でも)?(?:分かる|わかる|見えて|耳に入|入って)"
    r"|(?:職員|公務員|中の人|内部の人間|役所の人間|役場の人間)(?:だ|な|の)?(?:から|ので|やけん)(?:こそ)?(?:言う|いう|言える|いえる|分かる|わかる|教える|知って)(?:けど|が|と|ね|よ)?"
    # 中の人だからガチ情報: vouched for by being staff
    r"|(?:職員|公務員|中の人|内部の人間|役所の人間|役場の人間)(?:だ|や|な|の)?(?:から|ので|やけん|けん)(?:ガチ|マジ|確か|確実|本当|ほんと|正確)(?:の|な)?(?:情報|話|ネタ)"
    r"|" + _SAME_OFFICE
)


# The same patterns behind their cheap tests: one sentence in fifteen to
# twenty-five holds one of their literals.
_INSIDER_GROUNDS_PRECHECKED = LiteralPrecheck(_INSIDER_GROUNDS)
_UNCHECKED_PRECHECKED = LiteralPrecheck(_UNCHECKED)
_VOUCHED_PRECHECKED = LiteralPrecheck(_VOUCHED)


def _grounds(doc, lo: int, hi: int):
    """Insider grounds and unchecked hedges in the sentence [lo, hi)."""
    for m in _INSIDER_GROUNDS_PRECHECKED.finditer(doc.text, lo, hi):
        yield m.start(), m.end()
    for m in _UNCHECKED_PRECHECKED.finditer(doc.text, lo, hi):
        yield m.start(), m.end()
    for m in _VOUCHED_PRECHECKED.finditer(doc.text, lo, hi):
        yield m.start(), m.end()


# Either kind of grounds (a yes/no look: one search instead of two).
_ANY_GROUNDS = lazy_regex.compile(f"(?:{_INSIDER_GROUNDS.pattern})|(?:{_UNCHECKED.pattern})")
