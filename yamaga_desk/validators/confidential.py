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

from . import validator
from .contact import email_addresses
from .spans import clauses, trim

# Labels that mark a paper or data as secret.  極秘 in marketing (極秘レシピ,
# 極秘の製法) praises a product and is no secret.
_SECRET_LABEL = (
    r"部外秘|社外秘|関係者外秘|庁外秘|取扱注意|取り扱い注意|取扱い注意|秘扱い|マル秘|持ち出し禁止"
    r"|極秘(?!の?(?:レシピ|製法|配合|特訓|ミッション|任務|基地|作戦|技|ルート|メニュー|ソース|タレ|調合|グッズ|スポット))"
    r"|内部資料|内部文書|内部情報|内部データ|庁内資料|庁内限定|非公開資料|非公開の資料|秘密会"
)
# A work paper said to contain something: 会議で配られた資料に…と書いてあった.
_WORK_PAPER = (
    r"(?:会議|庁議|幹部会|部長会|課長会|打ち合わせ|打合せ|決裁|起案)(?:で|の)?(?:配られた|配布された|回ってきた|見た)?"
    r"(?:資料|メモ|議事録|文書|書類|データ)(?:の中身|の内容|に(?:は)?|によると|を見たら|見たら|では|で見た)"
    r"|(?:配られた|配布された|回ってきた)(?:資料|メモ|書類)(?:に|には|によると|の中身|の内容)"
)
SECRET_SOURCE = re.compile(f"(?:{_SECRET_LABEL})|(?:{_WORK_PAPER})")

# A clause that carries content: a figure, or a plan / business decision.
_CONTENT = re.compile(
    r"[0-9]|予定|方針|検討|計画|構想|撤退|削減|絞る|廃止|統合|値上げ|値下げ|割引|までなら|人事|異動|採用"
    r"|移転|閉鎖|売却|買収|リストラ|倒産|赤字|滞納|単価|価格|金額|条件|予算"
)
# The label on its own ("表紙に #部外秘 って書いてあるけど") is found as a
# label; these clauses are about the paper, not its content.
_ABOUT_THE_PAPER = re.compile(r"表紙|書いてあるけど|書いてあったけど|ハンコ|スタンプ")


@validator("secret_document")
def secret_documents(doc):
    text = doc.text
    bounds = doc.sentence_bounds
    for m in SECRET_SOURCE.finditer(text):
        yield trim(text, *m.span())
        i = next(k for k, (lo, hi) in enumerate(bounds) if lo <= m.start() < hi or k == len(bounds) - 1)
        for lo, hi in bounds[i:i + 2]:
            for c_lo, c_hi in clauses(text, lo, hi):
                if _CONTENT.search(text, c_lo, c_hi) and not (
                        _ABOUT_THE_PAPER.search(text, c_lo, c_hi) and not re.search(r"[0-9]", text[c_lo:c_hi])):
                    yield trim(text, c_lo, c_hi)


# Someone who wrote to the city: 苦情メールの人, クレームを送ってきた…
_WROTE_TO_CITY = re.compile(
    r"苦情|クレーム|文句|投書|通報者|相談者|送ってき|送ってく|送りつけ|メールの人|問い合わせてきた|言ってきた"
)
# The city's own addresses are public.
_CITY_ADDRESS = re.compile(r"@(?:[a-z0-9-]+\.)*(?:city\.yamaga|lg\.jp|pref\.)", re.IGNORECASE)


@validator("complainant_contact")
def complainant_contacts(doc):
    text = doc.text
    if not _WROTE_TO_CITY.search(text):
        return
    for start, end in email_addresses(doc):
        if _CITY_ADDRESS.search(text, start, end):
            continue
        yield start, end
