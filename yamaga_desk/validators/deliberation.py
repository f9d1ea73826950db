"""Matters still in the making (guideline 6(1)): 検討中・協議中・内示前・未公表…

Four detectors:

- ``deliberation_marker``: the words that say a matter is not decided or not
  yet announced (内定, 内示前, 公告前, ここだけの話, 住民にはまだ説明して
  いない, 予算案に入る予定, 値上げの方向で…);
- ``deliberation_process``: 検討中, 調整中, 協議している… — also said of
  private plans, so the rule around it asks for a city matter in sight, and
  the city's own voice (市では…検討を進めています) without any sign of
  inside knowledge is a public statement;
- ``deliberation_subject``: in a sentence with such a marker, the clause that
  says *what* is being deliberated (会場を変えるかどうか, 2校を統合する案), so
  the author sees the disclosed matter and not only the keyword;
- ``unannounced_plan``: a budget/personnel/fee plan (採用は15人に絞る予定,
  値上げの方向) told in a draft that also signals inside knowledge (実は,
  内緒, 部外秘, 会議資料, まだ言えない).  A published plan in an official
  notice has no such signal and stays clean.
"""

from __future__ import annotations

import re

from . import validator
from .spans import clauses, trim

_PROCESS = (
    r"(?:検討|協議|調整|交渉|議論|精査)(?:中|段階)"
    r"|(?:検討|協議|調整|交渉|議論)(?:を)?(?:して|し|進めて|重ねて|続けて)(?:い)?(?:る|ます|ました)"
    r"|(?:検討|協議|調整|交渉)し(?:とる|よる|てる)"
    r"|(?:検討|協議|議論|調整|交渉)が(?:進んで|進められて|始まって|続いて)(?:い)?(?:る|ます)"
    r"|話し合い(?:中|を(?:して|し)(?:い)?る|の最中)|話し合って(?:い)?る(?:最中|ところ)"
    r"|話が(?:出て|進んで|持ち上がって)(?:い)?(?:る|た|ます)"
    r"|決まりかけ|ほぼ決まり|ほぼ確定|内々に決ま|内々定"
)
_PERSONNEL = r"内定(?!式|者|通知|率|先)|内示"
_BEFORE = (
    r"(?:公告|公表|発表|正式発表|報道発表|記者発表|情報解禁|解禁|告知|決裁|議会提出|議案提出)前"
    r"|未公表|非公表|未発表|未公開|非公開(?:の|で)(?:会議|資料|情報|案件|協議|話)"
    r"|(?:議会|委員会)に(?:出す|かける|諮る|提出する|上げる)前|(?:報告書|結果|正式発表)(?:が)?出る前"
    r"|(?:議会)?(?:同意|承認|議決|採決|可決|締結|契約|調印|合意)前(?:だ|の|で|なので|だから|だけど|ですが)"
    r"|(?:発表|公表|公告|告知)(?:は|が)(?:まだ|来月|来週|明日|あさって|[0-9]{1,2}日|[0-9]{1,2}月)(?:だけど|ですが|なので|なのに|だから)"
)
_SECRECY = (
    r"ここだけ(?:の)?(?:話|秘密)|オフレコ|内緒(?:だけど|ですが|の話|ね|にして|で|だよ)|ナイショ"
    r"|誰にも言わないで|口外(?:しないで|禁止|無用)|他言無用|大きな声では言えない"
    r"|まだ(?:言え|話せ|公表でき|発表でき|表に出せ|公にでき|書け)(?:ない|ません)"
    r"|まだ(?:公表|発表|公開|正式決定|公式発表|オープンに)(?:されて|して|になって)?(?:い)?(?:ない|ません)"
    r"|フライング(?:だけど|ですが|で|して|になる)|まだ誰も知らない|(?:まだ)?表に出て(?:い)?ない|(?:まだ)?公になって(?:い)?ない|正式(?:発表|決定)(?:は|が)?まだ|水面下で|非公式(?:に|だけど|ですが|な情報|の情報|な話)"
)
_NOT_TOLD = (
    r"(?:住民|地元|保護者|市民|議会|議員|マスコミ|記者|報道|地域)(?:の(?:皆さん|皆様|方々|方))?"
    r"(?:に|には|へ|へは)(?:まだ)?(?:(?:説明|公表|発表|報告|周知)(?:して|されて|でき|し)|知らせて|伝えて|話して|言って)(?:い)?(?:ない|ません)(?:段階)?"
)
_BUDGET_PLAN = (
    r"(?:来年度|再来年度|次年度|新年度|当初|補正)?予算案?に(?:入る|入れる|盛り込む|盛り込まれる|計上される|載る|乗る)"
    r"(?:予定|見込み|方向|らしい|って|みたい)"
)
_DIRECTION = r"方向で(?:検討|協議|調整|進め|動いて|話が進んで|話が進められて|固まり|まとまり)"
_NEGOTIATION = (
    r"(?:契約|条件|価格|用地|買収|誘致|賃料)交渉"
    r"|交渉(?:が|も|は)?(?:大詰め|最終段階|難航|山場|ヤマ場|佳境|まとまりそう)"
)
_LEAK_TEASER = (
    r"決まったら(?:驚く|びっくり|でかい|大きい|すごい|ニュース|話題)"
    r"|(?:実は|内々に|裏で|もう)(?:ほぼ)?決まって(?:い)?る(?:けど|が|んだ|らしい|って)"
)

# Markers that say by themselves that something is unannounced.
_STRONG = re.compile("|".join(f"(?:{p})" for p in (
    _PERSONNEL, _BEFORE, _SECRECY, _NOT_TOLD, _BUDGET_PLAN, _DIRECTION, _NEGOTIATION, _LEAK_TEASER)))
# "Being considered" alone: also said of a private plan (旅行先を検討中).
_PROCESS_ONLY = re.compile(f"(?:{_PROCESS})")
MARKER = re.compile(f"{_STRONG.pattern}|{_PROCESS_ONLY.pattern}")

# What is being deliberated: a yes/no question, a proposal, a direction, a
# plan, or a sensitive topic (fees, staff, closures…).
_SUBJECT = re.compile(
    r"かどうか|か否か|するか(?:しないか)?|案(?:を|が|は|で|に|について)|方向|方針|計画|構想|組織改編|機構改革|再編|統廃合"
    r"|人事|異動|採用|予算|値上げ|値下げ|料金|使用料|入浴料|統合|廃止|閉鎖|閉校|移転|撤退|誘致|削減|縮小|民営化|建て替え|売却"
)


# The city's own voice telling the public what it is working on
# ("市では…検討を進めています") is a published statement, not a leak —
# unless the draft also signals inside knowledge.
_OFFICIAL_VOICE = re.compile(r"(?:本市|市|当課|当館|当センター|当施設|市役所)(?:では|として(?:は)?)")


@validator("deliberation_marker")
def deliberation_markers(doc):
    for m in _STRONG.finditer(doc.text):
        yield m.span()


@validator("deliberation_process")
def deliberation_processes(doc):
    text = doc.text
    insider = INSIDER.search(text) is not None
    for m in _PROCESS_ONLY.finditer(text):
        if _STRONG.fullmatch(m.group()):
            continue  # reported by deliberation_marker
        if not insider:
            lo, hi = doc.sentence_at(m.start())
            if _OFFICIAL_VOICE.search(text, lo, hi):
                continue
        yield m.span()


@validator("deliberation_subject")
def deliberation_subjects(doc):
    text = doc.text
    for s_lo, s_hi in doc.sentence_bounds:
        markers = [m for m in MARKER.finditer(text, s_lo, s_hi)]
        if not markers:
            continue
        for c_lo, c_hi in clauses(text, s_lo, s_hi):
            if _SUBJECT.search(text, c_lo, c_hi):
                yield trim(text, c_lo, c_hi)


# --- plans told with inside knowledge -------------------------------------

_PLAN = re.compile(
    r"予定|方向(?:で|に)|方針|案(?:を|が|は|で)|見込み|かどうか|つもり|計画"
    r"|決まった|決まりそう|決定した|になるって|条例案|計画案|素案|原案|たたき台"
    r"|(?:絞る|減らす|削る|なくす|上げる|下げる|やめる|廃止する|統合する|閉める)(?:って|んだ|ことに)"
)
_SENSITIVE = re.compile(
    r"採用|人事|異動|昇進|昇格|降格|退職|定員|人員|職員数|予算|値上げ|値下げ|料金|使用料|入浴料|手数料|保険料|税率"
    r"|統合|統廃合|廃止|閉鎖|閉校|休校|休止|移転|撤退|誘致|削減|縮小|民営化|建て替え|売却|補助金|交付金|給料|給与|ボーナス|手当"
    r"|指定管理|委託先|業者選定|落札|建設場所|候補地|組織改編|機構改革|再編"
)
# Signals that the author passes on inside knowledge rather than a notice.
# (Hearsay and guesses — らしい, たぶん, 職員だから分かる — are 5(6)④ and
# 6(2), not signals of a leak, so they are not here.)
INSIDER = re.compile(
    r"実は|ここだけ|内緒|ナイショ|オフレコ|🤫|誰にも言わ|口外|他言"
    r"|まだ(?:言え|話せ|発表|公表|公開|秘密|内緒|内示|決定|説明|書け|表に|公に)|表に出て(?:い)?ない"
    r"|内部(?:資料|情報|文書)|庁内(?:で|の|会議)|部外秘|社外秘|極秘|会議資料|配られた資料|資料に|資料には"
    r"|発表前|公表前|内示前|公告前|未公表|非公表|水面下|決まったら|大きな声では|正式には|幹部会議|庁議|部長会議"
)


@validator("unannounced_plan")
def unannounced_plans(doc):
    text = doc.text
    if not INSIDER.search(text):
        return
    for s_lo, s_hi in doc.sentence_bounds:
        if MARKER.search(text, s_lo, s_hi):
            continue  # deliberation_subject reports this sentence
        parts = clauses(text, s_lo, s_hi)
        for k, (c_lo, c_hi) in enumerate(parts):
            if not _PLAN.search(text, c_lo, c_hi):
                continue
            # The topic may sit in the clause before: "入浴料、来年度から上げる方向に".
            if _SENSITIVE.search(text, c_lo, c_hi):
                yield trim(text, c_lo, c_hi)
            elif k > 0 and _SENSITIVE.search(text, *parts[k - 1]):
                yield trim(text, parts[k - 1][0], c_hi)
