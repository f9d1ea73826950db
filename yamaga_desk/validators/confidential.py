"""Secrets of the city or of those dealing with it (guideline 6(3)①).

``secret_document`` finds a secret source — a 部外秘/極秘 label, an internal
document, "the papers handed out at the meeting" — and also the clauses of
that sentence and the next that carry its content (a figure, a plan, a
closure): the content is what was disclosed and what must be removed.

``complainant_contact`` finds the e-mail address of a person who wrote to
the city (a complaint, an inquiry): what a resident sends the city is
confidential to the city.
"""

from __future__ import annotations

import re

from .. import lazy_regex
from ..analysis.document import sentence_bounds
from .registry import any_of, validator
from .contact import email_addresses
from .persons import DOMESTIC_VIOLENCE
from .literal_precheck import LiteralPrecheck
from .draft_facts import holds_match, once_per_draft, sentence_after, sentence_before, spans_starting_in
from .spans import clauses, paragraph_at, trim


# What a shop calls its "secret" to praise a product (極秘ブレンド, 秘伝のタレ,
# 門外不出の製法): marketing, no secret of the city or of a party to it.
_PRODUCT_SECRET = (
    r"ブレンド|レシピ|製法|配合|調合|タレ|たれ|ソース|出汁|だし|スパイス|味付け|味|仕込み|ルー|スープ|餡|あんこ|生地|焙煎"
    r"|メニュー|隠し味|漬け|豆|茶葉|麹|糀"
)

# A coach's or a cook's tip shared in fun: “極秘”ストレッチ, マル秘テク, 極秘の練習法.
_FUN_SECRET = (
    r"特訓|ミッション|任務|基地|作戦|技|ルート|グッズ|スポット"
    r"|ストレッチ|体操|トレーニング|筋トレ|練習|エクササイズ|メソッド|テク|コツ|裏ワザ|ワザ|秘訣|攻略|ポーズ|フォーム|ダイエット"
    r"|美容|健康法|掃除|収納|節約|撮り方|育て方|作り方|食べ方|楽しみ方|写真術|勉強法|読書術"
    # マル秘の節水術, 極秘の時短術: a household tip of any kind (〜術, 〜の知恵)
    r"|節水|節電|時短|[一-龥]{1,3}術|知恵|豆知識|裏技|ライフハック|ノウハウ|テクニック"
)

# Labels that mark a paper or data as secret.  極秘 in marketing (極秘レシピ,
# 極秘の製法) praises a product and is no secret.
_SECRET_LABEL = (
    r"部外秘|社外秘|関係者外秘|庁外秘|取扱注意|取り扱い注意|取扱い注意|秘扱い|持ち出し禁止"
    # 祖母のマル秘レシピ, 極秘の製法: a family's or a shop's own secret, praised
    r"|(?:極秘|マル秘|まる秘|〇秘|○秘)(?![^。!?！？\n]{0,4}?(?:" + _PRODUCT_SECRET + r"|" + _FUN_SECRET + r")"
    # 市長が極秘で上京: someone's trip or meeting kept quiet (a schedule, 6(1)
    # or 6(3)③), no paper marked secret.
    r"|(?:裏|のうち)?(?:に|で)[^。!?！？\n]{0,3}?(?:上京|出張|訪問|来訪|来庁|来市|来県|来日|視察|帰省|移動|会談|会食|面会|入院|訪れ|来る|来ら|来ま|会う|会い|会わ|会っ|行く|行か|行き|行っ|出かけ|戻)"
    # （マル秘）デスクワークの合間にできる肩こり体操: a label in brackets heading a tip
    r"|[）)】」』”][^。!?！？\n]{0,24}?(?:" + _FUN_SECRET + r"))"
    r"|内部資料|内部文書|内部情報|内部データ|庁内資料|庁内限定|非公開資料|非公開の資料|秘密会"
)
# A work paper said to contain something: 会議で配られた資料に…と書いてあった.
_WORK_PAPER = (
    r"(?:会議|庁議|幹部会|部長会|課長会|打ち合わせ|打合せ|決裁|起案)(?:で|の)?(?:配られた|配布された|回ってきた|見た)?"
    r"(?:資料|メモ|議事録|文書|書類|データ)(?:の中身|の内容|に(?:は)?|によると|を見たら|見たら|では|で見た)"
    r"|(?:配られた|配布された|回ってきた)(?:資料|メモ|書類)(?:に|には|によると|の中身|の内容)"
)
SECRET_SOURCE = lazy_regex.compile(f"(?:{_SECRET_LABEL})|(?:{_WORK_PAPER})")
_WORK_PAPER_ONLY = lazy_regex.compile(_WORK_PAPER)
# The shop's product named first, the label after it (製法は門外不出, 味の配合は
# 企業秘密で門外不出): the same marketing as 門外不出の製法.
_PRODUCT_BEFORE_LABEL = lazy_regex.compile(
    r"(?:" + _PRODUCT_SECRET + r")(?:方|の方法|方法|の仕方|の技|の技術)?(?:は|も|こそ|って|が)?(?:今も|いまも|代々|昔から|創業以来)?[^。!?！？\n0-9]{0,2}$")
# More labels of a closed paper or meeting.
_SECRET_LABEL_MORE = lazy_regex.compile(
    r"非公開(?:の|扱いの?)?(?:資料|情報|データ|会議|案件|審議|部分|文書|協議会)|社内(?:資料|限定|秘)|外部秘"
    r"|内部(?:調査|監査|通報|限定|向け|の資料|の会議)|関係者(?:限り|限定|以外)|門外不出(?![^。!?！？\n]{0,4}?(?:" + _PRODUCT_SECRET + r"))|外部に(?:出せない|出しちゃダメ)"
)
# A party's figure or recipe told although the author knows it is kept in:
# 本当は蔵の外に出していない数字ですが書いちゃいます, 公表してない情報だけど.
# Slots: the place it stays × "not let out" × what it is, or 本当は/実は ×
# a word of secrecy.  Reported only where the city deals with someone.
_TOLD_ANYWAY = lazy_regex.compile(
    r"(?:外|表|よそ|社外|店外|部外|世間|[一-龥]{1,2}の外|[一-龥]{1,2}の中だけ)(?:に|へ|には|へは|では)?(?:は)?"
    r"(?:出して(?:い)?な|出さな|出してな|出しとらん|出しとらな|出しちゃ(?:いけ|ダメ|だめ)|出しては(?:いけ|ダメ|だめ)|漏らしちゃ|言えな|言っちゃ(?:いけ|ダメ|だめ)|秘密|内緒)"
    r"[^。!?！？\n]{0,8}?(?:数字|数値|情報|データ|話|内容|レシピ|配合|製法|中身|実績|金額|値段)"
    r"|(?:公表|公開|発表|口外|公言)(?:は)?(?:して(?:い)?な|しとらん|されて(?:い)?な|せん|しない(?:約束|ことに))[^。!?！？\n]{0,4}?(?:数字|数値|情報|データ|話|内容|レシピ|配合|製法|実績|金額)"
    r"|(?:本当は|ほんとは|ほんとうは|本来は?)[^。!?！？\n]{0,12}?(?:非公開|門外不出|オフレコ|社外秘|部外秘|外に出せ|外には出せ|出しちゃ(?:いけ|ダメ|だめ)|書いちゃ(?:いけ|ダメ|だめ)|言っちゃ(?:いけ|ダメ|だめ)|教えちゃ(?:いけ|ダメ|だめ)|書いたら(?:いけ|ダメ|だめ|怒られ)|言ったら(?:いけ|ダメ|だめ|怒られ)|秘密の|内緒の)"
)
_OWN_VOICE = lazy_regex.compile(r"うちの店|当店|弊社|当社|わが社|我が社|当蔵|当園|お楽しみに|ご期待|お待ちください|ご来店|ご予約")
# Words that say "between us" (ここだけの話, 内緒だけど): 6(1) reports the words;
# 6(3)① reports what follows only if it is secret *content* — a sum, a price,
# someone's record — not a diet or a birthday present.
_BETWEEN_US = lazy_regex.compile(
    r"ここだけ(?:の)?(?:話|秘密)|オフレコ|内緒|ナイショ|誰にも言わないで|口外(?:しないで|禁止|無用)|他言無用|大きな声では言えない"
    r"|まだ(?:言え|話せ|書け)(?:ない|ません)|外に出せない"
)
# "内緒ね" said of one's own favour for a gift (商品券でお礼する, 順番を入れ替え
# といた): it hides misconduct (5(1), 5(2), 5(6)③), no secret of the city or
# of a party to it.  Slots: what is given in return × what is done for it.
HIDDEN_MISCONDUCT = lazy_regex.compile(
    r"賄賂|わいろ|ワイロ|袖の下|キックバック|リベート|裏金|謝礼|お礼(?:する|します|すっ|するけん|は|に|として|の(?:品|金|つもり))|商品券|ギフト券|金券|ビール券|旅行券|お食事券|QUOカード|クオカード|心付け|付け届け|菓子折り|金一封"
    r"|便宜|融通(?:し|を利か|きか)|口利き|口をきい|手心|目を(?:つぶ|つむ)|見逃し|見逃す|大目に見|もみ消|揉み消|水増し|横流し|ちょろまか|着服|ネコババ|改ざん|改竄"
    # One's own unreported affair kept from the office (副業は役所に届けとらんけん内緒): 5(2), no secret of the city.
    # One's own trade on the side (週末は詰め替え屋をやりよる, 土日は屋台で売りよる, 1本2,000円で請け負う):
    # a side business kept from the office is 5(2), whatever its price.
    r"|(?:屋|屋さん|商売|バイト|アルバイト|内職|小遣い稼ぎ|民泊|ゲストハウス|貸し部屋|貸し別荘|家庭教師|教室|代行)(?:を|ば|も)?(?:やりよ|やっと|やって|やっちょ|しよる|しとる|してる|始め|営業|経営)"
    # 予約は直接DMちょうだい, 注文はLINEで: one's own trade taking orders, kept from the office
    r"|(?:予約|注文|申し込み|申込み|依頼)(?:は|も)?[^。!?！？\n]{0,8}?(?:DM|LINE|ライン|メッセージ|直接|個別に|電話で|連絡)"
    r"|(?:週末|土日|休日|休みの日|非番の日?|仕事終わり|夜)(?:は|に|だけ|の間)[^。!?！？\n]{0,30}?(?:売りよ|売っと|売って|売りに|販売|商売|請け負|稼い|稼ぎ|稼ぐ)"
    r"|無届|無許可|無申告|副業|兼業|(?:届け出|届出|届け|申請|申告|許可(?:を|ば)?(?:取|と|もら))(?:を|ば)?(?:し|っ)?(?:て|と|ちょ)(?:い|お)?(?:ない|なか|ません|らん|らな)|(?:届け|届け出|申請|申告)(?:せず|せんで|しないで)"
    r"|順番(?:を|ば|も)?(?:ちょっと|こっそり)?(?:入れ替え|いれかえ|繰り上げ|早め|変え|飛ば|抜かし)|(?:早め|先|優先的)に(?:通し|通す|通して|処理し|回し|許可し|決裁し)|審査(?:を|ば)?(?:甘く|ゆるく|通りやすく)"
)
# …and only where the city or a party dealing with it is in sight.
_DEALINGS = lazy_regex.compile(
    r"業者|委託|受託|指定管理|契約|入札|見積|取引先|返礼品|ふるさと納税|視察|取材|社長|会社|工務店|建設|設備|事業者|補助金|市役所|役所|庁|課長|部長|係長|議会|予算|市の|市が|市は|窓口"
)
_SECRET_CONTENT = lazy_regex.compile(
    r"(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|億|千)円?|(?<![0-9])(?<![0-9][,.])[0-9][0-9,]*円|単価|予定価格|見積|契約|落札|入札|売上|赤字|負債|借金|倒産|滞納|所得|年収"
    r"|給料|評価|処分|懲戒|撤退|閉鎖|買収|売却|条件|利益|原価|粗利|マージン"
)

# A paper of the other side, or an internal one, that the author was shown
# or read: 業者の社内の原価資料を見せてもろたら…, 先方の内部資料によると….
# Unlike a label (部外秘) the words are common, so the paper counts only
# with secret content in its sentence or the next (a sum, a rate, a margin)
# and a party dealing with the city in the draft.
_SEEN_PAPER = lazy_regex.compile(
    r"(?:(?:(?:社内|庁内|部内|課内|内部|業者|先方|相手方|取引先|委託先|受託者|(?<![A-Za-z])[A-Z]社)(?:さん)?(?:の|向けの)"
    r"(?:[一-龥ァ-ヶー]{1,6}の?)?(?:資料|文書|書類|帳簿|明細|計算書|データ))"
    r"|(?:(?:原価|仕入れ?|利益|粗利|コスト|人件費|賃金)(?:の)?(?:資料|文書|書類|帳簿|明細|計算書|データ|表|一覧)))"
    r"(?:を|に|の|も)?(?:こっそり|ちらっと|チラッと|ちょっと)?"
    r"(?:見せてもら|見せても[ろう]|見せられ|見せてくれ|見た|見ちゃ|見たら|見ると|見れば|読んだ|によると|では|に書いて|に載って|をもら|入手|が回って|手に入れ|チラ見|のぞ|覗)"
)
# What such a paper tells: a sum or a rate, a margin, losses.
_FIRM_FIGURE = lazy_regex.compile(r"(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|億|千|円|割|%|パーセント)")
_FIRM_SECRET = lazy_regex.compile(
    r"(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|億|千|円|割|%|パーセント)|利益|原価|粗利|マージン|儲け|もうけ|赤字|借金|負債|単価|見積|売上|撤退|倒産|閉鎖"
)

# A clause that carries content: a figure, or a plan / business decision.
_CONTENT = lazy_regex.compile(
    r"[0-9]|予定|発売|新商品|新製品|新工場|出店|進出|方針|検討|計画|構想|撤退|削減|絞る|廃止|統合|値上げ|値下げ|割引|までなら|人事|異動|採用"
    r"|移転|閉鎖|売却|買収|リストラ|倒産|赤字|滞納|単価|価格|金額|条件|予算"
    # where the city will build or buy: 建設候補地は〇〇跡地が第一候補
    r"|候補|予定地|建設場所|用地"
)
# The label on its own ("表紙に #部外秘 って書いてあるけど") is found as a
# label; these clauses are about the paper, not its content.
_ABOUT_THE_PAPER = lazy_regex.compile(r"表紙|書いてあるけど|書いてあったけど|ハンコ|スタンプ")


# The size of a change still being planned (入館料を200円上げる案, 補助金を半分に
#減らす方向): the plan is 6(1); it is not secret *data* of the city.
_PLANNED_CHANGE = lazy_regex.compile(
    # 1枚50円に値上げする方向, 値下げの方針: the verb said with する or の as well
    r"(?:上げ|下げ|値上げ|値下げ|引き上げ|引き下げ|増やす|減らす|削る|カットする)(?:る|する|の)?(?:案|方向|方針|予定|話)"
    # …said of the fee itself (入浴料が500円に上がる方向で調整, 補助が半分に減る見込み)
    r"|(?:上がる|下がる|値上がりする|値下がりする|増える|減る|引き上げられる|引き下げられる)(?:案|方向|方針|予定|見込み|見通し|話)"
    # 罰金を5千円にする案で調整中: the figure is the proposal being worked out.
    r"|(?:に|と)(?:する|します|なる|設定する|決める|据え置く)(?:案|方向|方針|線)(?:で|が|を|に)"
    # An item going into a budget bill still to be tabled (予算案に入浴料の値上げ
    # （350→420円）が入る予定, 当初予算案に新しい補助メニュー300万円を盛り込む
    # 方向): whatever the item and its sum, they are the plan, 6(1).
    r"|予算(?:案|要求)?(?:に|には|で)[^。!?！？\n]{0,40}?(?:が|も|を)?"
    r"(?:入る|入れる|入っと|盛り込む|盛り込まれる|盛り込ん|計上される|計上する|計上し|載る|載せる|つく|付く|組み込む|組む)"
    r"(?:予定|見込み|見通し|方向|方針|らしい|って|みたい|つもり)"
)
# A plan the city is still weighing, called so (検討中の案, まだ素案の段階, 案やけど):
# what it would change (窓口の昼休み閉鎖, 支所の統合) is the unfinished plan
# itself, 6(1); a sum or a record told with it is still secret content.
_PLAN_UNDER_REVIEW = lazy_regex.compile(
    r"(?:検討中|検討段階|協議中|審議中|調整中|議論中|話し合い中|構想段階)の(?:案|話|計画|方針)"
    r"|(?:素案|原案|試案|たたき台|叩き台|案の段階|まだ案)"
    r"|(?<![一-龥ァ-ヶ])案(?:やけど|だけど|ですが|なんだけど|なんですが|けど|ばってん)"
)
_SUM = lazy_regex.compile(r"(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|億|千)円?|(?<![0-9])(?<![0-9][,.])[0-9][0-9,]*円")

# Terms or a contract named only as what is being talked over (出店条件を協議
# している, 契約に向けて調整中): the talks are an unfinished matter, 6(1); the
# terms themselves (a rent, a sum, a rate) are the secret, and a clause that
# tells them has other secret content besides these words.
_TERMS_UNDER_TALKS = lazy_regex.compile(
    r"(?:条件|契約)(?:面)?(?:を|の|について|に向けて|に向けた|面で|で|ば)?(?:最終)?(?:協議|交渉|調整|詰め|詰めよ|詰めと|話し合|すり合わせ|擦り合わせ|折衝)"
)


def _in_planned_change(text: str, lo: int, hi: int, c_lo: int, c_hi: int) -> bool:
    """Whether clause [c_lo, c_hi) is part of a planned change told in the
    sentence [lo, hi): the plan often runs over a comma (予算案に、…300万円を
    盛り込む方向), so it is looked for in the whole sentence."""
    return any(m.start() < c_hi and m.end() > c_lo for m in _PLANNED_CHANGE.finditer(text, lo, hi))


# 契約検査課, 入札担当係, 財産売却係: a word of secret content that starts the
# name of an office says where someone works, not what was agreed or paid.
_OFFICE_NAME_TAIL = lazy_regex.compile(r"[一-龥]{0,4}?(?:課|係|室|班|担当|グループ)")


def _tells_secret_content(text: str, lo: int, hi: int) -> bool:
    talks = [m.span() for m in _TERMS_UNDER_TALKS.finditer(text, lo, hi)]
    return any(not any(a <= m.start() < b for a, b in talks)
               and not (m.group()[0] in "契入評処売" and _OFFICE_NAME_TAIL.match(text, m.end()))
               for m in _SECRET_CONTENT.finditer(text, lo, hi))


# A span of secret_document rests on a secret label, a work paper or words
# of "between us": a text with none of them has nothing to find.
_ANY_SECRET = lazy_regex.compile(
    f"{SECRET_SOURCE.pattern}|{_SECRET_LABEL_MORE.pattern}|{_BETWEEN_US.pattern}|{_SEEN_PAPER.pattern}|{_TOLD_ANYWAY.pattern}")
# Cheap test first: 9 paragraphs (with their neighbours) in 10 lack every
# literal _ANY_SECRET needs.
_ANY_SECRET_PRECHECK = LiteralPrecheck(_ANY_SECRET)


_DEALINGS_PRECHECK = LiteralPrecheck(_DEALINGS)


@once_per_draft
def _dealings_in_draft(draft) -> bool:
    return _DEALINGS_PRECHECK.found_in(draft.text)


def _secret_document_facts(draft, start: int, end: int):
    # "Between us" counts only where the city or a party dealing with it is
    # named somewhere in the draft.  A label reaches into the sentence before
    # and after its own, and a line without 。 takes the blank line after it
    # in (「部外秘の資料\n\n」 is one sentence), so the sentences on either
    # side of the paragraph may hold a label whose content is in this one:
    # they are facts when they hold a label, "" otherwise.
    # A label is reported only with its content, so the content next door
    # is a fact as well.
    before, after = sentence_before(draft, start), sentence_after(draft, end)
    return (_dealings_in_draft(draft),
            before if holds_match(_ANY_SECRET, before) or holds_match(_CONTENT, before) else "",
            after if holds_match(_ANY_SECRET, after) or holds_match(_CONTENT, after) else "")


# Paragraph scope with its neighbouring sentences (facts): no need, since the
# label of a clause in this paragraph may stand in the sentence next door.
@validator("secret_document", scope="paragraph", facts=_secret_document_facts)
def secret_documents(doc, facts):
    dealings, before, after = facts
    text = before + doc.text + after
    if not _ANY_SECRET_PRECHECK.found_in(text):
        return
    yield from spans_starting_in(_secret_documents(text, dealings), len(before), len(doc.text))


def _secret_documents(text: str, dealings: bool):
    """secret_document over text: its sentences are those of the draft
    (text is whole sentences of it)."""
    bounds = sentence_bounds(text)
    between_us = _BETWEEN_US.finditer(text) if dealings else ()
    for m in between_us:
        i = next(k for k, (lo, hi) in enumerate(bounds) if lo <= m.start() < hi or k == len(bounds) - 1)
        if HIDDEN_MISCONDUCT.search(text, bounds[max(0, i - 1)][0], bounds[i][1]):
            continue
        for lo, hi in bounds[max(0, i - 1):i + 2]:
            for c_lo, c_hi in clauses(text, lo, hi):
                if _tells_secret_content(text, c_lo, c_hi) and not _BETWEEN_US.search(text, c_lo, c_hi) \
                        and not _in_planned_change(text, lo, hi, c_lo, c_hi) \
                        and not (_PLAN_UNDER_REVIEW.search(text, lo, hi) and not _SUM.search(text, c_lo, c_hi)):
                    yield trim(text, c_lo, c_hi)
    if dealings:
        yield from _seen_papers(text, bounds)
    sources = list(SECRET_SOURCE.finditer(text)) + list(_SECRET_LABEL_MORE.finditer(text))
    if dealings:
        # A shop teasing its own news (当店の新作、まだ公表してない情報ですが…) tells its own.
        sources += [m for m in _TOLD_ANYWAY.finditer(text) if not _OWN_VOICE.search(text)]
    for m in sources:
        if _PRODUCT_BEFORE_LABEL.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _LABEL_DENIED.match(text, m.end()):
            continue
        i = next(k for k, (lo, hi) in enumerate(bounds) if lo <= m.start() < hi or k == len(bounds) - 1)
        # The content follows the label (部外秘の資料に…) or, when the label
        # closes the sentence (…。まだ非公開の情報), comes before it.
        s_lo, s_hi = bounds[i]
        label_last = not text[m.end():s_hi].strip("。!?！？ \n だよねですけどw")
        # A label in a sentence of its own ("…52点だった。部外秘だけど知り合い
        # にだけ教えとくね") points back at the content told just before.
        label_alone = not _CONTENT.search(text[s_lo:m.start()] + text[m.end():s_hi])
        # The label alone ("部外秘の資料が多くて…") discloses nothing: it is
        # reported with the content it marks, or not at all.
        # Meeting papers (not a 部外秘 label) that show an item going into a
        # budget bill still to be tabled tell the unfinished plan, 6(1).
        work_paper = _WORK_PAPER_ONLY.fullmatch(m.group()) is not None
        content = [trim(text, c_lo, c_hi)
                   for lo, hi in bounds[max(0, i - 1) if label_last or label_alone else i:i + 2]
                   for c_lo, c_hi in clauses(text, lo, hi)
                   if _CONTENT.search(text, c_lo, c_hi) and not (
                       _ABOUT_THE_PAPER.search(text, c_lo, c_hi) and not re.search(r"[0-9]", text[c_lo:c_hi]))
                   and not (work_paper and _in_planned_change(text, lo, hi, c_lo, c_hi))]
        if content:
            yield trim(text, *m.span())
            yield from content


# 極秘情報でもなんでもない, 部外秘じゃないけど: the label denied, a joke about
# everyday advice, no secret told.
_LABEL_DENIED = lazy_regex.compile(
    r"(?:情報|資料|事項|データ|扱い|の話)?(?:でも(?:なんでも|何でも)?|では|じゃ|や)(?:ない|なか|ありません|ございません|あらへん)"
)


def _seen_papers(text: str, bounds):
    """A paper of the other side the author was shown, with what it said
    (the clauses with secret content in its sentence and the next)."""
    for m in _SEEN_PAPER.finditer(text):
        i = next(k for k, (lo, hi) in enumerate(bounds) if lo <= m.start() < hi or k == len(bounds) - 1)
        # In the next sentence only a figure is what the paper said (not
        # "ぼろ儲けやね", a comment on it).
        content = [trim(text, c_lo, c_hi)
                   for k, (lo, hi) in enumerate(bounds[i:i + 2]) for c_lo, c_hi in clauses(text, lo, hi)
                   if c_hi > m.end() and (_FIRM_FIGURE if k else _FIRM_SECRET).search(text, max(c_lo, m.end()), c_hi)]
        if content:
            yield trim(text, *m.span())
            yield from content


# Someone who wrote to the city: 苦情メールの人, クレームを送ってきた…
_WROTE_TO_CITY = lazy_regex.compile(
    r"苦情|クレーム|文句|投書|通報者|相談者|送ってき|送ってく|送りつけ|メールの人|問い合わせてきた|言ってきた"
)
# The city's own addresses are public.
_CITY_ADDRESS = lazy_regex.compile(r"@(?:[a-z0-9-]+\.)*(?:city\.yamaga|lg\.jp|pref\.)", re.IGNORECASE)


_AT_SIGN = lazy_regex.compile("@")


def _complainant_facts(draft, start: int, end: int) -> bool:
    # Who wrote to the city may be said in another paragraph than the address.
    return _wrote_to_city_in_draft(draft)


@once_per_draft
def _wrote_to_city_in_draft(draft) -> bool:
    return _WROTE_TO_CITY.search(draft.text) is not None


@validator("complainant_contact", scope="paragraph", needs=(_AT_SIGN,), facts=_complainant_facts)
def complainant_contacts(doc, wrote_to_city):
    text = doc.text
    if not wrote_to_city:
        return
    for start, end in email_addresses(doc):
        if _CITY_ADDRESS.search(text, start, end):
            continue
        yield start, end


# --- records of named staff and residents ---------------------------------

# A particular person: a (masked) name with an honorific, a job title, or a
# relation (近所の人, 窓口に来たおばあさん).  "市民の皆さん" is nobody.
_NAMED = r"(?:[〇○◯●△▲□■×]{1,4}|[一-龥]{1,4}|[ァ-ヶー]{2,6})(?:さん|様|氏|ちゃん|くん|君)"
# 〇〇さんとこの息子さん: a member of someone's family, not a colleague.
_RELATIVE_AFTER = lazy_regex.compile(
    r"(?:の|とこの|ところの|んとこの|んちの|ちの|家の)(?:奥さん|旦那|ご主人|息子|娘|お父さん|お母さん|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|子|お子さん|家族|親|嫁|婿|孫|兄|弟|姉|妹)")
# 原田さん家、〇〇さんち: a household in the neighbourhood, not a colleague.
_HOUSEHOLD_AFTER = lazy_regex.compile(r"(?:家|ん家|んち|ち|宅|一家)(?![一-龥])")
_KIN = lazy_regex.compile(r"(?:奥|旦那|息子|娘|お?父|お?母|お?兄|お?姉|弟|妹|孫|嫁|婿|お子)(?:さん|様|ちゃん|くん|君)")
_STAFF = lazy_regex.compile(
    rf"{_NAMED}|(?:課長|係長|部長|主査|主任|主幹|室長|所長|局長|支所長|課長補佐|参事|先輩|後輩|同僚|上司|部下|新人|新採|前任者|後任)"
    r"(?!会議|級|職|クラス|試験|研修)"
)
_PERSONNEL_TOPIC = lazy_regex.compile(
    r"人事評価|勤務評定|勤務評価|査定|評価(?:が|は)?(?:[SABCDE](?![a-z])|最低|一番下|低|悪)"
    r"|懲戒|停職|減給|戒告|訓告|免職|分限|処分(?:を受け|され|が出|になる|対象|が決ま|が下|を食ら)|始末書|顛末書"
    # Pay is a secret with its amount or level, not "ボーナスで旅行".
    # Pay spent or used (来月の給料で返す, ボーナスから払う) says nothing of its level.
    r"|(?:給料|給与|年収|手取り|月給|ボーナス|賞与)(?!で|から|を)(?:は|が|って|も|、)?[^。!?！？\n]{0,8}?(?:[0-9]|少な|多い|多く|安い|安く|高い|高く|低い|減|カット|なし|出ない|ゼロ|同じ)"
    r"|昇給(?:なし|ゼロ|停止|見送り)|号俸|号給"
    # (A colleague's illness or leave — うつ病で休職 — is their privacy, 5(3),
    # not a record of the city's: the corpus labels it so.)
    # (その一言はパワハラです: what counts as harassment, said of no one's case)
    r"|不祥事|(?:セクハラ|パワハラ)(?:で(?!す|し(?:た|ょ)|あ|は)|の件|認定|調査|の相談|で訴え)"
)
# Said by the city in a notice or about oneself, these are not a secret.
_PERSONNEL_PUBLIC = lazy_regex.compile(
    r"改定|人事院勧告|条例|公表|発表し|について|制度|規程|研修|防止|相談窓口|ましょう|ください|募集"
    r"|(?:私|自分|僕|俺|わたし|うち)の(?:給料|給与|年収|手取り|ボーナス|評価)"
    # 職員の給料が一律5%カット: the pay of all staff, a policy (6.2 when guessed), no one's record
    r"|一律(?:で|に)?[^。!?！？\n]{0,6}?(?:カット|減|下が|削減|引き下げ|上が|アップ|増)|全職員|職員(?:全員|全体|みんな|の(?:給料|給与|年収|手取り|ボーナス|賞与))"
)

_RESIDENT = lazy_regex.compile(
    rf"{_NAMED}(?:の(?:奥さん|旦那さん|ご主人|息子さん|娘さん|お父さん|お母さん|おじいちゃん|おばあちゃん|家|ところ|とこ|一家|世帯))?"
    r"|(?:近所|隣|向かい|裏|同級生|知り合い|友達|友人|親戚|あそこ|あの家|あの人|あのおじいさん|あのおばあさん|常連の|窓口に来た|相談に来た|申請に来た|来庁した)"
    r"[^。!?！？\n]{0,6}?(?:人|方|家|世帯|おじいさん|おばあさん|奥さん|旦那|社長|子|息子|娘)"
    # A few of those the author served, counted out: そのうち3世帯は, 5件のうち2件は,
    # 今日受け付けた転入の2世帯が (a yearly total, 受給世帯は412世帯, is a statistic).
    r"|(?:そのうち|うち|その中の?|中には|中でも)[、,]?[0-9０-９一二三四五六七八九十]{1,3}(?:世帯|人|件|家族|名|組|軒)"
    r"|(?:今日|昨日|今朝|今週|先週|今月|午前中?|午後|さっき)[^。!?！？\n]{0,12}?(?:来た|受け付けた|受けた|対応した|担当した|相談に乗った)[^。!?！？\n]{0,10}?[0-9０-９一二三四五六七八九十]{1,3}(?:世帯|人|件|家族|名|組)"
)
_RECORD_TOPIC = lazy_regex.compile(
    r"生活保護|生保|保護費|児童扶養手当|就学援助|非課税世帯|住民税非課税|障がい?者手帳|障害者手帳|療育手帳|精神(?:障がい|障害|疾患|科)"
    r"|要介護[1-5一二三四五]?|要支援|介護認定|認知症|がん(?![ばぼ])(?=[をがはのでとに、。]|検|治|患|細)|癌|難病|透析|HIV|エイズ|妊娠|不妊治療|中絶|DV|離婚調停|虐待"
    # 産後うつで通院中, 旦那さんと別居中: the health or the separation a consultation was about
    r"|(?:産後)?(?:うつ|鬱)(?:病)?(?=で|と|の|に|が)|心療内科|通院中|別居"
    rf"|{DOMESTIC_VIOLENCE}"
    r"|健診結果|検診結果|健康診断の結果|病名|持病|自己破産|多重債務|借金|滞納|未納|差し押さえ|差押え|前科|逮捕歴"
    # A test value read off a resident's check-up: HbA1cが9.8, 血圧が180, γ-GTPが300.
    r"|(?:HbA1c|ヘモグロビンA1c|A1c|血糖値?|空腹時血糖|血圧|コレステロール|LDL|中性脂肪|γ-?GTP|GTP|尿酸値?|尿糖|尿たんぱく|尿蛋白|クレアチニン|eGFR|肝機能)"
    r"(?:の値)?(?:が|は|も|って|、)?(?:上が|下が)?[^。!?！？\n]{0,4}?(?<![0-9])(?<![0-9][,.])[0-9][0-9.]*"
)
# How the author came to know it: at work.
_BY_WORK = lazy_regex.compile(
    r"窓口|相談に|申請|手続き|台帳|データ|システム|記録|受付|担当|仕事で|業務|ケース|家庭訪問|訪問|調査|端末|画面|書類"
    r"|来庁|に来(?:た|てた|ました)|課に|審査|認定|ケースワーカー|保健師|保健指導|対応した|受け付けた"
    # the city hospital's ward and its patients' files; a dunning letter the office sent
    r"|病棟|カルテ|診察室|外来で|督促|面談|相談(?:の|で|を受け)"
)
_RECORD_PUBLIC = lazy_regex.compile(
    r"ください|ましょう|できます|ご相談|受け付け(?:て(?:い|お)|ます)|受付して|制度|場合は|対象の方|お困りの方|申請方法|支援を行|講座|セミナー|説明会|防止|啓発|キャンペーン"
)


# What the person told the author themselves (…揉めとるとかで、30分話して
# いかれました / …と、ぽつりと話してくれました): their own story, a privacy
# matter (5(3)), not what a record or a procedure showed.
_TOLD_BY_THEM = lazy_regex.compile(
    r"(?:とかで|とのことで|と|って)[、,]?[^。!?！？\n]{0,30}?"
    r"(?:話して(?:いか|いっ|くれ|くださ|おられ|いた|た)|話され|話しよ(?:らし|った)|話しとら|語って(?:くれ|いか|いっ|くださ|おられ)|語られ"
    r"|こぼして(?:いか|いっ|くれ|おられ|た)|こぼされ|打ち明けて|打ち明けられ|愚痴って|愚痴られ)"
)


# Meeting someone off duty: over tea, a drink, a class reunion, a visit home.
_MET_SOCIALLY = lazy_regex.compile(
    r"お茶(?:を|ば)?(?:し|飲)|飲みに(?:行|い)|飲み会|ランチ(?:を|ば|に|し)|同窓会|女子会|忘年会|新年会"
    r"|(?:食事|ご飯|ごはん)(?:を|ば|に)?(?:し|行|い)|遊びに(?:行|い|来)|帰省|久しぶりに会|ばったり会"
)


def _told_by_them(text: str, fact_end: int, hi: int) -> bool:
    return _TOLD_BY_THEM.search(text, fact_end, hi) is not None


# Honorifics that address everyone or a role: 皆さん, お客様, 業者さん; a
# professional called by the trade (弁護士さんと離婚調停の電話: the lawyer is
# who the call is with, not whose record it is).
_NOBODY = lazy_regex.compile(
    r"^(?:皆|みな|お客|各位|利用者|患者|住民|市民|業者|店員|職員|お医者|先生方"
    r"|弁護士|司法書士|行政書士|税理士|会計士|社労士|看護師|保健師|運転手|配達員|警察|お巡り|大家|管理人)")


def _topic_clauses(text, lo, hi, subjects, topic, skip=None):
    """The clauses of text[lo:hi] that state the topic, when a person is
    named before it (`subjects`: the matches of the persons' pattern in
    text[lo:hi], in order).  A topic running over a comma (手取り、まだ18万)
    yields every clause it touches; skip(match) leaves a topic out."""
    # 母ちゃん、書類は届いたね？: one's own kin addressed, nobody else's record
    first = next((m for m in subjects
                  if not _NOBODY.match(m.group()) and not _KIN.fullmatch(m.group())), None)
    if not first:
        return
    parts = clauses(text, lo, hi)
    for m in topic.finditer(text, first.start(), hi):
        if skip is not None and skip(m):
            continue
        touched = [(a, b) for a, b in parts if a < m.end() and b > m.start()]
        if touched:
            yield trim(text, touched[0][0], touched[-1][1])


# Paragraph scope: the person and the topic share a sentence.
@validator("staff_record", scope="paragraph", needs=(_PERSONNEL_TOPIC,))
def staff_records(doc):
    """A colleague's evaluation, discipline, pay or health: 〇〇さん、停職3か月."""
    text = doc.text
    for lo, hi in doc.sentence_bounds:
        if _PERSONNEL_PUBLIC.search(text, lo, hi):
            continue
        staff = list(_STAFF.finditer(text, lo, hi))
        named = [m for m in staff if not _NOBODY.match(m.group()) and not _KIN.match(m.group())]
        if named and all(_RELATIVE_AFTER.match(text, m.end()) or _HOUSEHOLD_AFTER.match(text, m.end()) for m in named):
            continue  # someone's son or wife, a household: a resident, not staff
        yield from _topic_clauses(text, lo, hi, staff, _PERSONNEL_TOPIC)


@once_per_draft
def _by_work_in_draft(draft) -> bool:
    # 農林振興課の窓口でご確認ください: the office named in a notice to readers
    # is where they may ask, not how the writer came to know anything.
    text = draft.text
    for m in _BY_WORK.finditer(text):
        lo, hi = draft.sentence_at(m.start())
        if not _RECORD_PUBLIC.search(text, lo, hi):
            return True
    return False


def _resident_record_facts(draft, start: int, end: int) -> bool:
    # How the author knows it (窓口, 申請…) may be said anywhere in the draft.
    return _by_work_in_draft(draft)


# 受付の岩下さん, 税務課の松岡さん: a colleague named by the desk or the
# section they work at, no resident whose record the author read (their
# health is their privacy, 5(3)).
_WORKPLACE_BEFORE = lazy_regex.compile(r"(?:受付|事務|庶務|同僚|職場|隣の席|[一-龥]{1,4}(?:課|係|室|センター))の$")


# Paragraph scope: the person and the topic share a sentence; how the author
# knows it is a fact (so it is no need either).
@validator("resident_record", scope="paragraph", needs=(_RECORD_TOPIC,), facts=_resident_record_facts)
def resident_records(doc, known_at_work):
    """A resident's benefits, health or debts known through work."""
    text = doc.text
    if not known_at_work:
        return
    # A paragraph about meeting friends off duty (同級生とお茶をした), with no
    # word of work in it, tells what a friend's life is: their privacy (5(3)),
    # even when the draft speaks of home visits elsewhere.
    if _MET_SOCIALLY.search(text) and not _BY_WORK.search(text):
        return
    for lo, hi in doc.sentence_bounds:
        if _RECORD_PUBLIC.search(text, lo, hi):
            continue
        residents = list(_RESIDENT.finditer(text, lo, hi))
        if residents and all(_WORKPLACE_BEFORE.search(text, max(lo, m.start() - 12), m.start()) for m in residents):
            continue
        yield from _topic_clauses(text, lo, hi, residents, _RECORD_TOPIC,
                                  skip=lambda m, hi=hi: _told_by_them(text, m.end(), hi))


# --- what a record told about a particular resident ------------------------

# A record or a procedure the author handled at work: 戸籍の窓口, 課税台帳,
# 申請書類, 出生届, 税務システム, 家庭訪問…
# 税務課の松岡さん: the section a colleague works in, which names them; no
# record or procedure the author handled.
_COLLEAGUE = r"[一-龥ァ-ヶー]{1,6}(?:さん|くん|君|ちゃん|係長|課長|主任|主査|主事|主幹|補佐)"
_RECORD_SOURCE = lazy_regex.compile(
    r"戸籍|除籍|謄本|抄本|住民票|住基|住民基本台帳|台帳|名寄|課税(?:データ|情報|資料|記録|システム|証明)|評価証明|所得証明|納税証明"
    r"|(?:税務|税|福祉|住民|基幹|介護|保険)(?:の)?(?:システム|データ|端末)|端末で|システムで"
    r"|申請書|申請者(?:の)?(?:リスト|名簿|一覧)|受給者(?:の)?(?:リスト|名簿|一覧)|[一-龥]{2,4}届(?!け)|届出|届け出|申告書|ケース記録|相談記録"
    r"|面談|家庭訪問|(?:認定|実態|訪問|現地|家屋)?調査(?:で|に|の)|ケースワーク|受け?付け(?:た|て)|受付(?:した|して|で)|窓口|手続き(?:に|で)|(?:申請|相談|届け|届出|手続き)に来"
    rf"|処理して|入力して|審査|(?:評価|課税|賦課)(?:を)?(?:やって|して|担当)|(?:課税|賦課|評価)(?:で|の仕事|業務|事務)|(?:福祉|税務|市民|保険年金|子育て|長寿|介護|保護|戸籍|住民)課(?:に|で|の(?!{_COLLEAGUE}))"
    r"|担当(?:して|だから|なので|してる)|仕事で|業務で"
)
# A value the record showed, its figure told after: 所得が出てきた。年180万円か…,
# 年収が表示されて、びっくり。900万.  Slots: the value × how it showed.
_VALUE_SHOWN = lazy_regex.compile(
    r"(?:所得|年収|収入|給与収入|年金(?:額)?|事業所得|課税所得|所得額|税額|課税額|納税額|住民税額?|固定資産税額?|評価額|預金(?:額)?|貯金|残高|借入(?:額|金)?|滞納額|未納額)"
    r"(?:も|が|は|まで|って)?(?:ばっちり|全部|しっかり|丸ごと|普通に)?"
    r"(?:出てき|出て(?:き|た|る|と)|出と|表示さ|表示され|載っ|のっ|乗っ|のって|見え|わか|分か|判明|ばれ|バレ|丸見え|筒抜け|書いて|記載さ|映っ|出力さ)"
)
_SHOWN_FIGURE = lazy_regex.compile(r"(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:[万億千][0-9,.]{0,6}){0,3}円|(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|億|千)")
# What a record says that its owner would keep private.
_PRIVATE_FACT = lazy_regex.compile(
    _VALUE_SHOWN.pattern + "|"
    # Family register: adoption, parentage, marriages, nationality.
    r"養子|養女|養親|連れ子|認知(?:届|した|して|され)|婚外子|隠し子|非嫡出|実の(?:親|子|父|母|娘|息子)じゃ|本当の(?:親|父|母)じゃ"
    r"|離婚|再婚|バツ[イチ1-3一二三]|婚姻歴|前妻|前夫|元妻|元夫|帰化|(?:国籍|本籍)(?:が|は|って)|改名|性別(?:の)?変更|旧姓"
    r"|(?:父|母)親の欄|(?:父|母)親(?:が|は)(?:不明|空欄|いない)|死別|失踪|行方不明|シェルター|支援措置|閲覧制限"
    # Welfare and benefits.
    r"|生活保護|生保|(?<![一-龥])保護(?:の)?(?:申請|受給|費|決定|開始|世帯|廃止)|保護受給|就学援助|児童扶養手当|非課税世帯|住民税非課税"
    r"|障がい?者手帳|療育手帳|要介護|要支援|介護認定|認知症"
    # Tax ledger values.
    r"|評価額|課税標準|税額|課税額|納税額|(?:所得|年収|年金)(?:が|は|って|も)?[^。!?！？\n]{0,6}?(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|億|千)"
    # How much someone declared: 所得ほぼゼロの申告, 年収がほとんどない, 赤字で申告.
    r"|(?:所得|年収|収入|申告額|申告所得|売上)(?:が|は|って|も)?(?:ほぼ|ほとんど|ほんの|たったの|実質|限りなく)?(?:ゼロ|0(?![0-9,.])|なし|無し|皆無|わずか|僅か|少な|ない|なか)"
    r"|(?:赤字|ゼロ|0円|無収入|所得なし)(?:で|の)?申告|過少申告|無申告|申告(?:漏れ|してな|しとらん|していな|せず)"
    r"|(?:固定資産税|住民税|市民税|国保税|軽自動車税)(?:を|が|は|って)?[^。!?！？\n]{0,8}?(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|億|千)"
    r"|滞納|未納|差し押さえ|差押え|督促|分納|自己破産|多重債務|借金"
    # Relief asked for or granted: 保険料の減免の相談, 国保税の猶予.
    r"|(?:保険料|保険税|国保|国保税|市税|住民税|固定資産税|税|保育料|給食費|家賃|医療費)(?:の)?(?:減免|免除|猶予|分割納付)"
    r"|(?:払え|払っ|納め|納められ)て(?:い)?(?:ない|なかった)|支払いが(?:滞|遅れ)|(?:所有者|持ち主|名義人?)(?:が|は|って)"
    # Where someone lives now, read off the register: 住民票を鹿本町に移してた.
    r"|住民票(?:を|が|は)?[^。!?！？\n]{0,14}?(?:に|へ)(?:移|異動|変わ)|(?:転入|転居|転出)(?:して|してき|して(?:い)?た|しとる|しとった|しとらす|しよる)(?!ください|下さい)|(?:今の)?住所(?:が|は)[^。!?！？\n]{0,14}?(?:に|だった|やった)"
)
_VALUE_FACT = lazy_regex.compile(r"評価額|課税標準|税額|課税額|納税額")
# Arrears alone (督促状を無視してた, 滞納しとる) are a grumble about someone at
# the counter until the sum or who it is is told: only then is it a record.
# So is relief asked for at the counter (減免が通らんって怒鳴ってたおっさん):
# an unnamed visitor's request, no sum, is the scene, not their file.
_ARREARS_FACT = lazy_regex.compile(r"滞納|未納|督促|分納|差し押さえ|差押え|(?:払え|払っ|納め|納められ)て(?:い)?(?:ない|なかった)|支払いが(?:滞|遅れ)")
_RELIEF_FACT = lazy_regex.compile(r"(?:保険料|保険税|国保|国保税|市税|住民税|固定資産税|税|保育料|給食費|家賃|医療費)(?:の)?(?:減免|免除|猶予|分割納付)")
# A visitor told only by what they did at the counter (怒鳴ってたおっさん,
# 来た人): a stranger to the reader, unlike 同級生 or 近所の奥さん.
_STRANGER = lazy_regex.compile(
    r"(?:た|だ|とった|よった|てた|とる|よる)(?:おっさん|おっちゃん|おばちゃん|おじさん|おばさん|おじいさん|おばあさん|じいさん|ばあさん|じいちゃん|ばあちゃん|兄ちゃん|あんちゃん|姉ちゃん|ねえちゃん|男性|女性|客|夫婦)"
    r"|(?:来た|来てた|来られた)(?:人|方|の|男性|女性|おじいさん|おばあさん|夫婦|家族|若い|お母さん|お父さん)"
)
_NAMED_SOMEONE = lazy_regex.compile(_NAMED)
_FIGURE = lazy_regex.compile(r"(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|億|千|円|年分|か月|ヶ月|カ月)")
# A particular person or household, however it is referred to.
_PARTICULAR = lazy_regex.compile(
    rf"{_NAMED}|同級生|先輩|後輩|同期|近所|隣|向かい|知り合い|友達|友人|幼なじみ|元カレ|元カノ|元彼|元旦那|元嫁|親戚|ママ友|パパ友"
    r"|いとこ|従兄弟|従姉妹|叔父|叔母|伯父|伯母|甥|姪|義理の|取引先|会長|PTA|お宅"
    r"|常連|担任|恩師|社長|店長|ママ|大将|議員|地主|町内|区長|班長|自治会長"
    r"|(?:あの|その|例の|うちの)[^。!?！？\n、]{0,10}?(?:人|家|方|お宅|豪邸|屋敷|マンション|アパート|店|夫婦|家族|子|さん|先生)"
    r"|(?:来た|来てた|来られた)(?:人|方|の|男性|女性|おじいさん|おばあさん|夫婦|家族|若い|お母さん|お父さん)"
    r"|名前(?:が|も)?(?:あ|載|出)"
    # 滞納額上位はみんな市内の建設会社, 1位は約800万円: a ranking picks out those at its top
    r"|(?:上位|トップ|ワースト|[0-9一二三四五]位)(?:は|の|に|が|って)"
    # A name with an age: 森下ケンイチ（58）, 田中(72歳).
    r"|[一-龥ァ-ヶー]{2,10}\([0-9]{1,3}(?:歳|才)?\)"
    # Someone told by what they did: キレとったおっさん, 怒鳴ってた女性.
    r"|(?:た|だ|とった|よった|てた|とる|よる)(?:おっさん|おっちゃん|おばちゃん|おじさん|おばさん|おじいさん|おばあさん|じいさん|ばあさん|じいちゃん|ばあちゃん|兄ちゃん|あんちゃん|姉ちゃん|ねえちゃん|男性|女性|客|夫婦)"
    # A particular property, whose owner is known to all: 駅前の〇〇ビル.
    r"|(?:[〇○◯●△▲□■×]{1,4}|[一-龥ァ-ヶー]{1,8})(?:ビル|マンション|アパート|ホテル|旅館|商店|会館|病院|医院|工場)"
)
# Surprise at what was learned: 実は養子だった, びっくり, 知らなかった.
_DISCOVERY = lazy_regex.compile(
    r"実は|びっくり|驚い|意外|まさか|知らなかった|判明|こっそり(?:検索|調べ|見|のぞ|覗)|(?:わか|分か)っ(?:た|ちゃ)|知ってしま|知っちゃ|気まず|だったんだ|してたんだ|だったのか|してたのか"
)


# The owner of something found (財布の落とし物、持ち主は…): a notice to
# return it, no record of whose property is on the ledger.
_LOST_ARTICLE = lazy_regex.compile(r"落とし物|落し物|落としもの|忘れ物|忘れもの|拾得|遺失|拾っ|拾い|拾わ|落とし主|届けられ")
_OWNER_FACT = lazy_regex.compile(r"(?:所有者|持ち主|名義人?)(?:が|は|って)")
# Guidance about the same procedures: 受け付けています, ご相談ください.
_GUIDANCE = lazy_regex.compile(
    r"ください|ましょう|できます|ご相談|受け付けて(?:い|お)|受け付けます|受付して(?:い|お)|制度|場合は|対象の方|お困りの方|申請方法"
    r"|支援を行|講座|セミナー|説明会|防止|啓発|キャンペーン|いただけます|ご確認|混み合"
    # who a scheme covers: 要介護1から対象, 3歳以上が対象に
    r"|[0-9一二三四五六七八九十](?:歳|級|度|人)?(?:以上|以下|未満)?(?:から|が|も)対象"
)
# What happens often, to many: 付き添う娘さんを見かけることが増えました,
# 滞納の相談に来られる方も多い.  No one in particular is told about.
_MANY_OF_THEM = lazy_regex.compile(
    r"(?:こと|方|人|ケース|家庭|世帯)(?:が|も|は)(?:増え|増加|多く|多い|多か|少なくな|目立|珍しくな)|よく見かけ|見かけることが|(?:こと|場合)(?:が|も)(?:あります|あり、|よくあ)"
)
# A figure standing alone after the fact: "…評価額もわかる。4,800万".
_BARE_FIGURE = lazy_regex.compile(r"[^。!?！？\n]{0,6}(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:万|億|千)円?[^。!?！？\n]{0,8}")


# Paragraph scope: the record, the person and the fact are looked for in the
# sentence and its neighbours within paragraph_at, and across a blank line
# the neighbour is the blank line itself.
@validator("work_record", scope="paragraph", needs=(_PRIVATE_FACT, _RECORD_SOURCE))
def work_records(doc):
    """A resident's record learned at work, told about someone in particular:
    戸籍の窓口で…実は養子だった, 生活保護の申請書類に同級生の名前, 台帳で見た
    あの豪邸の評価額2,300万."""
    text = doc.text
    bounds = doc.sentence_bounds
    for i, (lo, hi) in enumerate(bounds):
        facts = list(_PRIVATE_FACT.finditer(text, lo, hi))
        if not facts or _GUIDANCE.search(text, lo, hi) or _MANY_OF_THEM.search(text, lo, hi):
            continue
        p_lo, p_hi = paragraph_at(text, lo)
        w_lo, w_hi = doc.sentences_around(i)
        w_lo, w_hi = max(p_lo, w_lo), min(p_hi, w_hi)
        if not _RECORD_SOURCE.search(text, w_lo, w_hi):
            continue
        particular = any(not _NOBODY.match(m.group()) for m in _PARTICULAR.finditer(text, w_lo, w_hi))
        if not (particular or _DISCOVERY.search(text, lo, hi)):
            continue
        parts = clauses(text, lo, hi)
        # 桜町の兄ちゃん, 弁護士さん: kin words and trades take ちゃん / さん, naming nobody
        told_who_or_sum = bool(any(not _NOBODY.match(n.group()) and not _KIN.fullmatch(n.group())
                                   for n in _NAMED_SOMEONE.finditer(text, w_lo, w_hi))
                               or _FIGURE.search(text, w_lo, w_hi))
        known_someone = any(not _NOBODY.match(p.group()) and not _STRANGER.fullmatch(p.group())
                            for p in _PARTICULAR.finditer(text, w_lo, w_hi))
        for m in facts:
            touched = [(a, b) for a, b in parts if a < m.end() and b > m.start()]
            if not touched:
                continue
            if _ARREARS_FACT.fullmatch(m.group()) and not told_who_or_sum:
                continue
            if _OWNER_FACT.fullmatch(m.group()) and _LOST_ARTICLE.search(text, w_lo, w_hi):
                continue
            if _told_by_them(text, m.end(), hi):
                continue
            if _RELIEF_FACT.fullmatch(m.group()) and not (told_who_or_sum or known_someone):
                continue
            if _VALUE_SHOWN.match(m.group()):
                # Only the figure told is the leak, in this sentence after
                # the value or in the next one of the paragraph.
                yield from _figures_shown(text, bounds, i, p_hi, m.end())
                continue
            end = touched[-1][1]
            # A value named in one clause and given in the next:
            # "評価額、台帳で見たら3億だった".
            if _VALUE_FACT.match(m.group()) and not re.search(r"[0-9]", text[touched[0][0]:end]):
                end = next((b for a, b in parts if a >= end and re.search(r"[0-9]", text[a:b])), end)
            yield trim(text, touched[0][0], end)
        if i + 1 < len(bounds) and bounds[i + 1][0] < p_hi:
            n_lo, n_hi = bounds[i + 1]
            if _BARE_FIGURE.fullmatch(text[n_lo:n_hi].rstrip("。!?！？ \n")):
                yield trim(text, n_lo, n_hi)


def _figures_shown(text, bounds, i, p_hi, value_end):
    """The clauses that give the figure of a value shown by a record: after
    the value in its sentence, else in the next sentence of the paragraph."""
    for k in (i, i + 1):
        if k >= len(bounds) or bounds[k][0] >= p_hi:
            return
        lo = value_end if k == i else bounds[k][0]
        found = [trim(text, a, b) for a, b in clauses(text, lo, bounds[k][1]) if _SHOWN_FIGURE.search(text, a, b)]
        if found:
            yield from found
            return


# --- a restricted paper and what it says -----------------------------------

# Slot 1: the words that restrict who may read a paper (庁内限り, 職員限り,
# 取扱注意, 持ち出し禁止, マル秘 …).
_RESTRICTED = (
    r"(?:庁内|課内|部内|係内|室内|所内|社内|局内|職員|関係者|担当者|管理職|幹部|内部|身内|部外者閲覧)(?:限り|限定|のみ|専用|止まり|外秘|秘)"
    r"|(?:部外|社外|庁外|外部|局外|課外)秘|取扱(?:い)?注意|取り扱い注意|取扱厳重注意|取扱(?:い)?要注意|秘扱い|秘密扱い|機密扱い|機密(?:情報|文書|資料)?"
    # (祖母のマル秘レシピ / 極秘のタレ: a family's or a shop's own secret recipe)
    r"|(?:マル秘|まる秘|〇秘|○秘|極秘)(?![^。!?！？\n]{0,4}?(?:" + _PRODUCT_SECRET + r"))"
    r"|(?<![一-龥])秘(?=(?:の|って|と|扱い|マーク|印|スタンプ|ハンコ))"
    r"|非公開|未公開|公開前|公表前|発表前|持ち出し禁止|持出禁止|持ち出し厳禁|持出厳禁|外部持ち?出し?禁止|複写禁止|コピー禁止|転送禁止|撮影禁止|転載禁止|口外禁止|他言無用|閲覧制限"
    r"|回覧(?:のみ|だけ|限り)|回収(?:予定|資料|扱い)|会議後回収|内部(?:資料|文書|用|向け)|内々の|(?:外|表)に出せない|外に出しちゃ(?:いけない|ダメ|だめ)"
)
# Slot 2: the paper (マニュアル, 要領, 通知, 議事録, 想定問答 …).
_PAPER = (
    r"(?:マニュアル|手引き?|手順書|要領|要綱|内規|規程|指針|通知|通達|依命通知|事務連絡|連絡文書?|資料|メモ|議事録|会議録|議事要旨|記録"
    r"|文書|書類|報告書|報告|名簿|リスト|一覧|台帳|データ|ファイル|メール|回覧|起案|稟議|決裁(?:文書|書類)?|計画書?|企画書|提案書|調書|案"
    r"|想定問答|問答集|Q&A|QA|FAQ|答弁(?:案|書)|対応方針|方針|原稿|スライド|レジュメ|シート|表|冊子|ペーパー|紙)"
)
_RESTRICTED_PAPER = lazy_regex.compile(
    rf"(?:{_RESTRICTED})[】」』\]]?(?:の|な|扱いの|って(?:書いてある|なってる|いう)|と書かれた|(?:印|マーク|スタンプ|ハンコ|判子)(?:の|が押された|の押された|を押した|付きの|入りの))?"
    rf"(?:[一-龥ァ-ヶー]{{0,8}}の?)?{_PAPER}"
    rf"|{_PAPER}(?:は|が|って|、)?(?:[^。!?！？\n]{{0,6}}?)(?:{_RESTRICTED})"
    # A label that names the paper itself: 内部資料, 機密文書.
    r"|内部(?:資料|文書)|機密(?:文書|資料)|秘密文書"
)
# What it says, quoted: 「…」って書いてあった, 『…』と書かれてた, 「…」とか載っとる.
_QUOTED_SAYING = lazy_regex.compile(
    r"[「『]([^「」『』\n]{4,120})[」』](?:って|と|とか|っていう|という|みたいな|みたいに|的な)?(?:こと|内容|文言|一文|話)?(?:が|も|まで)?"
    r"[^。!?！？\n「」『』]{0,6}?(?:書い|書か|かい|載っ|のっ|載せ|記載|明記|あっ|あった|ある|あり|なって|なっと|指示|指導|決め|定め|ま[すし]|(?:す|だ|や)(?:る)?(?:けん|ばい|よ|ね|もん))"
)
# What it says, unquoted, right after the paper: …によると、来年度は3課を
# 統合する / 、中身は… / 読んだら、…
_SAYS_AFTER = lazy_regex.compile(
    r"(?:[をもはに]|[、,]|な?んだけど|な?んやけど|だけど|やけど|なんですが|ですが)?(?:によると|によれば|では|には|に(?:は)?こう|(?:の|、|,)?(?:中身|内容)(?:は|って)|の中身|を?(?:読んだら|見たら|開いたら|読むと|見ると|見ちゃった|見てしまった|のぞいたら|覗いたら)|[、,:](?=[^。!?！？\n]{0,30}(?:んだって|だって|らしい|とのこと|ってこと|げな|そう(?:だ|です|や)?$)))[、,]?"
)
# "内容は言えませんが": the author keeps the content back.
_WITHHELD = lazy_regex.compile(r"[、,]?(?:言え|書け|話せ|教えられ|出せ|明かせ|秘密|内緒|ナイショ|ノーコメント)")
# A quote closing the sentence (…。「50代の係長は全員出先へ」って), after the
# author read the paper: 見ちゃった, 読んだら, a colon.
_QUOTE = lazy_regex.compile(r"[「『]([^「」『』\n]{4,120})[」』]")
_QUOTE_CLOSE = lazy_regex.compile(r"(?:って|だって|ですって|やって|と|とのこと|との事|とか)?(?:[wｗ笑]|[^\w])*")
_READ_IT = lazy_regex.compile(r"見ちゃ|見てしま|見た|見たら|読んだ|読んで|読んだら|開いたら|のぞ|覗|書い|書か|載っ|記載|[:：]")
# …って書いてあった (what comes before is the content).
_WRITTEN_TAIL = lazy_regex.compile(
    r"(?:って|と|とか|みたいに|みたいな(?:こと|の)?(?:が)?)(?:は)?(?:書い|書か|かい|載っ|のっ|記載|明記|なって|なっと)"
)
# A quote that is only the label itself ("『部外秘』と書かれた資料は…").
_LABEL_ONLY = lazy_regex.compile(rf"^(?:{_RESTRICTED}|取扱注意|秘|マル秘)$")
# Guidance, a warning or a library's rule about such papers, no content told.
_RESTRICTED_PUBLIC = lazy_regex.compile(
    r"ください|ましょう|しないこと|してはいけません|いけません|禁止されて|気をつけ|注意しま|徹底|研修|館内|図書館|郷土資料|閲覧室|貸し出し|貸出"
    r"|公開しました|公表しました|公表します|公開します|ホームページ|お知らせ"
)


def _restricted_contents(text, lo, hi, label_end, bounds, i, p_hi):
    """The content of a restricted paper told after its label: a quoted
    saying, the clause after によると/中身は, or what is said before
    って書いてあった, in the label's sentence or the next."""
    quotes = [m for k in (i, i + 1) if k < len(bounds) and bounds[k][0] < p_hi
              for m in _QUOTED_SAYING.finditer(text, max(label_end, bounds[k][0]), bounds[k][1])]
    if not quotes and _READ_IT.search(text, label_end, bounds[min(i + 1, len(bounds) - 1)][1]):
        quotes = [m for k in (i, i + 1) if k < len(bounds) and bounds[k][0] < p_hi
                  for m in _QUOTE.finditer(text, max(label_end, bounds[k][0]), bounds[k][1])
                  if _QUOTE_CLOSE.fullmatch(text, m.end(), bounds[k][1])]
    quotes = [m for m in quotes if not _LABEL_ONLY.match(m.group(1).strip())]
    if quotes:
        for m in quotes:
            yield trim(text, *m.span(1))
        return
    after = _SAYS_AFTER.match(text, label_end, hi)
    if after and _WITHHELD.match(text, after.end(), hi):
        return
    tail = _WRITTEN_TAIL.search(text, label_end, hi)
    if tail:
        start = after.end() if after and after.end() <= tail.start() else label_end
        # The content starts after the clause that names the paper.
        c_lo = next((a for a, b in clauses(text, start, tail.start()) if a >= start), start)
        span = trim(text, c_lo, tail.start())
        if span[1] - span[0] >= 6:
            yield span
            return
    if after:
        rest = [c for c in clauses(text, after.end(), hi) if _CONTENT.search(text, *c) or c[1] - c[0] >= 10]
        if not rest and i + 1 < len(bounds) and bounds[i + 1][0] < p_hi and not text[after.end():hi].strip("。、,: ：\n"):
            rest = [c for c in clauses(text, *bounds[i + 1])]
        for c in rest:
            yield trim(text, *c)


# The paper itself put online: 写真載せとく, スキャンしてアップ, 画像貼っとく.
_PAPER_POSTED = lazy_regex.compile(
    r"(?:写真|画像|スクショ|スキャン|コピー|PDF|pdf)(?:を|ば|も|で|に)?(?:撮って|撮った|して|とって)?(?:載せ|のせ|乗せ|あげ|上げ|アップ|UP|up|貼|はっ|晒|さら|投稿|公開|共有|流)"
    r"|(?:そのまま|まるごと|丸ごと|全部|全ページ)(?:載せ|のせ|アップ|貼|晒|さら|公開)"
)
# A posting only supposed or forbidden: 載せたら懲戒, アップするのは禁止, 貼らないで.
_POSTING_UNDONE = lazy_regex.compile(
    r"[ぁ-んっ]{0,3}?(?:たら|ったら|れば|ると|るのは|るの[はも]|ること|ちゃ(?:いけ|ダメ|だめ)|ては|ないで|ない|ません|ず|な(?:く|いよう)|る前|ようと|るな)"
)
# The rest of the posting verb and what closes it: 載せ|とく📄 .
_POSTING_TAIL = lazy_regex.compile(r"[ぁ-んっー]*[^\w]*")
# What the posted paper holds: 懲戒処分の一覧もあるよ, 名簿も入っとる.
_PAPER_HOLDS = lazy_regex.compile(
    r"(?:も|が|まで)(?:ある|あるよ|あった|あり|入って|入っと|載って|載っと|のって|のっと|付いて|ついて|ついと|写って|写っと)"
)


def _posted_paper_contents(text, lo, hi, paper_end, bounds, i, p_hi):
    """A restricted paper posted whole, and what it is said to hold."""
    posted = _PAPER_POSTED.search(text, paper_end, hi)
    if not posted or _POSTING_UNDONE.match(text, posted.end()):
        return
    yield trim(text, *posted.span())
    for k in (i, i + 1):
        if k >= len(bounds) or bounds[k][0] >= p_hi:
            break
        start = _POSTING_TAIL.match(text, posted.end()).end() if k == i else bounds[k][0]
        for a, b in clauses(text, max(bounds[k][0], start), bounds[k][1]):
            held = _PAPER_HOLDS.search(text, a, b)
            if held:
                yield trim(text, a, held.start())


@validator("restricted_paper_content", scope="paragraph", needs=(_RESTRICTED_PAPER,))
def restricted_paper_contents(doc):
    """A paper marked for restricted circulation (庁内限りのマニュアル,
    取扱注意の通知, 持ち出し禁止の議事録) and what it says."""
    text = doc.text
    bounds = doc.sentence_bounds
    for m in _RESTRICTED_PAPER.finditer(text):
        i = next(k for k, (lo, hi) in enumerate(bounds) if lo <= m.start() < hi or k == len(bounds) - 1)
        lo, hi = bounds[i]
        if _RESTRICTED_PUBLIC.search(text, lo, hi):
            continue
        _, p_hi = paragraph_at(text, lo)
        found = list(_restricted_contents(text, lo, hi, m.end(), bounds, i, p_hi)) \
            or list(_posted_paper_contents(text, lo, hi, m.end(), bounds, i, p_hi))
        if found:
            yield trim(text, *m.span())
            yield from found


# --- a business's private data, obtained through work ----------------------

# Slot 1: how the author came by it at work (視察, 取材, ヒアリング, 立入検査,
# the papers of a subsidy application, a consultation …).
_WORK_ACCESS = lazy_regex.compile(
    r"視察|取材|(?:企業|事業所|工場|店舗|現地|個別|戸別|巡回)?訪問|ヒアリング|聞き取り|立入(?:検査|調査)|立ち入り(?:検査|調査)|実地(?:検査|調査)|現地調査"
    r"|監査|検査(?:で|に|の(?:時|とき|際)|中)|審査|(?:補助金|助成金|交付金|融資|認定|許可|届出)(?:の)?(?:申請|書類|相談|審査|計画書)"
    r"|(?:経営|創業|融資|事業|商品開発|販路)?相談(?:に来|を受け|に乗|窓口|会|で|の)|"
    r"面談|打ち合わせ|打合せ|商談|指導|支援先|担当(?:して|だから|の|先)|仕事で|業務で|出張"
    # A business working with the city (市の観光PRで協力してもらってる酒造さん): its
    # recipe reaches the author through that work.
    r"|市(?:の|と)[^。!?！？\n]{0,14}?(?:協力|連携|委託|タイアップ|コラボ|共同)|(?:PR|事業|イベント|ふるさと納税|返礼品)(?:で|に|の)(?:協力|連携|コラボ|タイアップ)|返礼品(?:の)?(?:事業者|業者|提供)"
)
# Slot 2: what a business keeps to itself.
_PRIVATE_DATA = lazy_regex.compile(
    r"レシピ|配合(?:表|比|比率|割合|率)?|調合|製法|製造方法|作り方|仕込み(?:表|方|の配合|配合|帳)|レシピ表|原価(?:率|表)?|仕入れ?(?:値|価格|額|単価|先|ルート|量)|卸値|卸(?:し)?価格|掛け率|取引先|取引条件|取引額"
    r"|売上|売り上げ|年商|月商|客単価|顧客(?:名簿|リスト|データ|情報|名)|会員(?:名簿|リスト)|粗利|利益率|利益|歩留まり|工程表|製造工程|設計図|図面|試作(?:品)?の?(?:配合|データ)"
    r"|熟成(?:期間|日数|温度)?|発酵(?:時間|温度|期間)|タレ|たれ|ソース|出汁|だし汁|スープ|生地|餡|あんこ|衣|つゆ|漬け汁|(?:砂糖|塩|水|米|麹|糀|酒|醤油|油)の(?:量|割合|比率)|割合|比率|配分|分量|隠し味|味付け|ブレンド(?:比|比率)?|材料比|給与体系|人件費|特許|ノウハウ|秘伝|企業秘密|営業秘密"
)
# A business's paper the author handles at work: reading it is obtaining it.
_WORK_PAPERS = lazy_regex.compile(
    r"申請書類?|事業計画書?|計画書|(?:実績|収支)?報告書|決算書|申告書|帳簿|台帳|提出(?:書類|資料)|見積書|提案書"
)
# Handed or shown to the author: もらった, 見せてもらった, 教えてくれた.
_OBTAINED = lazy_regex.compile(
    r"もら[いっうえ]|もろ[たうて]|見せ(?:て|られ)|教え(?:て|られ)|教わ|習[いっ]|聞い|聞か|伺[いっ]|拝見|お聞き|ご教示|いただ|頂[いき]|おっしゃ|貼っ(?:て|た)|張っ(?:て|た)|掲示|目に(?:入|し)|見え|"
    r"って(?:笑|ぼや|こぼ|嘆|愚痴|自慢|言|話)|と(?:言|話|笑|こぼ)|入手|(?:写真|コピー|メモ)(?:を|に)?(?:取|撮|し)|控え|知っ|分かっ|わかっ|判明|言(?:っ|い|う|わ)|話し(?:て|よ|と)|打ち明け|書いて|書か|載って|によると|見たら|見ると|見た|のぞ|覗|内緒|こっそり|ここだけ"
)
# What it was: a figure, a ratio (生乳8:クリーム2), or the names of partners.
_DATA_FIGURE = lazy_regex.compile(
    r"(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*\s?[:対]\s?[^。!?！？\n0-9]{0,8}?[0-9]|[一-龥ァ-ヶー]{1,6}(?<![0-9])(?<![0-9][,.])[0-9][0-9.]*(?:に|と|対|[、,])[一-龥ァ-ヶー]{1,6}[0-9]|(?<![0-9])(?<![0-9][,.])[0-9][0-9,.]*(?:%|パーセント|割|円|万|億|千|日|時間|度|℃|g|グラム|kg|キロ|cc|ml|リットル|倍|個|本|杯|社|件)"
    r"|(?:取引先|仕入れ?先|顧客|お得意)(?:は|が|って|の名前)[^。!?！？\n]{0,20}?(?:[〇○◯△□×]{1,4}|[一-龥ァ-ヶー]{2,10})(?:社|商事|物産|スーパー|商店|食品|ストア|百貨店|屋|さん)"
)
# The business's own voice, public sources, the city's own notices.
_PRIVATE_DATA_PUBLIC = lazy_regex.compile(
    r"うちの店|当店|弊社|当社|わが社|我が社|自慢の|ぜひ|是非|お越し|ご来店|お待ちして|販売中|発売中|お求め|ご購入|ご予約|数量限定|限定販売|いらっしゃいませ"
    # (来月発表の新商品, 未発表, 発表前 are not yet public: no public source)
    r"|統計|調査結果|平均|全体|合計|アンケート|(?<!未)(?<!来月)(?<!来週)(?<!今度)(?<!近日)(?<!年明けに)(?<!春に)(?<!秋に)(?:公表|発表)(?!前|予定|の予定|は(?:まだ|来|これから))|報道|プレスリリース|ホームページ|広報|新聞|テレビ|番組|雑誌|記事|掲載|ご覧|紹介しま|ください(?!ま)|ましょう"
    # Guidance on filling in the same papers: 売上欄, 記入例, 添付, 要件.
    r"|欄|様式|記入例|記入方法|書き方|添付|締め?切|募集|要件|以上減少|セミナー|説明会|講習"
    r"|(?:市長|副市長|議長|議員団|委員会|教育長)(?:が|は|と|の|ら)"
)


def _private_data_clauses(text, bounds, i, p_hi, data_end):
    """The clauses that give the data's figures: in the sentence that names
    it (after the name) or the next one."""
    for k in (i, i + 1):
        if k >= len(bounds) or bounds[k][0] >= p_hi:
            break
        lo, hi = bounds[k]
        for c_lo, c_hi in clauses(text, lo, hi):
            if c_hi <= (data_end if k == i else lo):
                continue
            if _DATA_FIGURE.search(text, max(c_lo, data_end) if k == i else c_lo, c_hi):
                yield trim(text, c_lo, c_hi)


@validator("business_private_data", scope="paragraph", needs=(_PRIVATE_DATA, any_of(_WORK_ACCESS, _WORK_PAPERS)))
def business_private_data(doc):
    """A business's recipe, costs, partners or sales, obtained on a visit, an
    inspection or in an application, told with its figures."""
    text = doc.text
    bounds = doc.sentence_bounds
    for i, (lo, hi) in enumerate(bounds):
        _, p_hi = paragraph_at(text, lo)
        w_hi = bounds[i + 1][1] if i + 1 < len(bounds) and bounds[i + 1][0] < p_hi else hi
        if _PRIVATE_DATA_PUBLIC.search(text, lo, w_hi):
            continue
        for m in _PRIVATE_DATA.finditer(text, lo, hi):
            # The access and the handing-over are told in the data's sentence.
            if not (_WORK_PAPERS.search(text, lo, hi)
                    or _WORK_ACCESS.search(text, lo, hi) and _OBTAINED.search(text, lo, hi)):
                break
            found = list(_private_data_clauses(text, bounds, i, p_hi, m.start()))
            if found:
                yield from found
                break
