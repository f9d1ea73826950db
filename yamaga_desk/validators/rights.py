"""Rights of organisations (guideline 6(3)②): naming a business to damage it.

``business_disparagement`` finds a damaging claim or a call to boycott
(手抜き工事, メーターをごまかす, 衛生管理がひどい, 使わない方がいい, 行かない
方がいい) in a sentence that names a business (△△建設, 〇〇食堂,
「山鹿タクシー」) — or right after a sentence that does ("△△建設は手抜きばかり。
あそこには出すべきじゃない").  The same words about the weather or a river
("増水した川には行かない方がいい") name no business and stay clean.
"""

from __future__ import annotations

import re

from . import validator
from .spans import paragraph_at

# A business name: a name (placeholder marks, kana, kanji, Latin letters)
# directly followed by the kind of business.  Generic references (この店,
# 飲食店, コンビニ) name nobody.
_NAME = r"(?:[〇○◯●△▲□■×☆★◎※]{1,4}|[A-Za-zァ-ヶー一-龥]{1,10})"
_KIND = (
    r"建設|工務店|組|土木|建築|設計|住宅|ハウス|リフォーム|食堂|商店|商会|タクシー|交通|バス|運送|運輸|物流"
    r"|屋|店|亭|庵|軒|本舗|病院|医院|クリニック|歯科|整骨院|接骨院|薬局|旅館|ホテル|荘|不動産|電器|電機|電気"
    r"|自動車|モータース|整備|産業|工業|興業|商事|物産|製作所|精工|製菓|酒造|食品|株式会社|有限会社|\(株\)|\(有\)"
    r"|スーパー|ストア|マート|保育園|幼稚園|塾|スクール|ジム|美容室|美容院|サロン|業者|会社|社|銀行|信金|農協"
    r"|ラーメン|うどん|そば|寿司|鮨|焼肉|カフェ|珈琲|ベーカリー|パン|菓子|酒店|鮮魚|精肉|クリーニング|整体|エステ"
    r"|設備|電工|管工|水道|ガス|塗装|造園|清掃|警備|ビルサービス|ビル管理|印刷|広告|看板|石油|燃料|システム|事務所"
)
BUSINESS = re.compile(rf"(?<![一-龥ァ-ヶー])(?:株式会社|有限会社)?{_NAME}(?:さん)?(?:{_KIND})(?:さん)?")
_GENERIC = re.compile(
    r"^(?:お|この|あの|その|どの|飲食|小売|販売|専門|コンビニ|居酒|本|支|各|全|当|弊|御|他|同|部|会|市|県|国|町|村|区|ラーメン|定食"
    r"|上下|都市|プロパン|防災|管理|行政|情報|公共|路線|市営|県営|民間|地元|大手|指定|協力|協賛)"
    r"(?:店|屋|社|会社|業者|組|さん)?$"
)

# Damaging claims about a business, and calls not to use it.
DAMAGING = re.compile(
    r"手抜き(?!の?ない|なし|せず|しない|一切)|欠陥(?:住宅|工事|品)?|ぼったくり|ボッタクリ|ぼったくる|ぼられ|ごまかす|ごまかし|誤魔化|ちょろまかす"
    r"|不正請求|水増し請求|詐欺まがい|詐欺みたい|不衛生|衛生管理が(?:ひど|最悪|悪|なって)|汚(?:い|すぎ|かった|くて)"
    r"|(?:味|料理|飯|ご飯|ラーメン|定食)が?(?:まず|不味)(?:い|かった|すぎ|くて)"
    r"|(?:対応|接客|態度|サービス|仕事|工事|運転)(?:が|も)?(?:最悪|ひど|悪|荒|雑|いい加減)"
    r"|腐って|虫が(?:入って|わいて|いた)|髪の毛が入って|食中毒|異物混入|偽装|潰れ(?:そう|かけ|る寸前)"
    r"|ブラック企業|評判が悪|悪評|ヤブ医者|やぶ医者|藪医者|悪徳|詐欺(?:だ|です|じゃん|師|業者)"
    r"|(?:賞味|消費)?期限切れ(?:の|を)[^。!?！？\n]{0,10}?(?:売|出)|(?:水増し|二重|架空|不当)請求|ぼったくられ"
    r"|(?:行か|使わ|買わ|頼ま|利用し|注文し|食べ|泊まら|乗ら|契約し|依頼し|任せ|関わら)ない(?:方|ほう)が(?:いい|良い|よい|無難)"
    r"|やめ(?:た|とい)?(?:方|ほう)が(?:いい|良い)|やめとけ|避けた(?:方|ほう)が|おすすめ(?:しない|できない)|オススメしない"
    r"|二度と(?:行かない|行くか|使わない|頼まない|利用しない|買わない)"
    r"|(?:出す|発注す|頼む|任せる|使う|選ぶ)べき(?:じゃない|ではない|でない)|行くな|使うな|買うな|頼むな"
)
# Damaging words whose business may be named in the previous sentence only
# when the claim points back at it (あそこ, そこ, あの会社).
_POINTS_BACK = re.compile(r"あそこ|そこ|あの(?:店|会社|業者)|ここ")


def _names_business(text: str, lo: int, hi: int) -> bool:
    for m in BUSINESS.finditer(text, lo, hi):
        if not _GENERIC.match(m.group()):
            return True
    return False


@validator("business_disparagement")
def business_disparagement(doc):
    text = doc.text
    bounds = doc.sentence_bounds
    for i, (lo, hi) in enumerate(bounds):
        hits = list(DAMAGING.finditer(text, lo, hi))
        if not hits:
            continue
        named = _names_business(text, lo, hi)
        # A short follow-up ("ヤブ医者。") or one pointing back ("あそこには…")
        # is about the business named in the sentence before.
        if not named and i > 0 and (_POINTS_BACK.search(text, lo, hi) or hi - lo <= 15):
            p_lo, _ = paragraph_at(text, lo)
            prev_lo, prev_hi = bounds[i - 1]
            named = prev_lo >= p_lo and _names_business(text, prev_lo, prev_hi)
        if not named:
            continue
        for m in hits:
            yield m.span()
