"""Round 39 (5.4): a share of a whole that its part and whole contradict, a
whole told for N days split into N days, a record claimed for this time's
figure told after it, and the places told twice when the second is 定員の〜."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans", [
    # the part after the share, the whole tied by うち
    ("給水車の対象は約800戸、そのうち9割にあたる約400戸が高台です", ["800戸", "9割", "400戸"]),
    # the part before 全体の〜, the whole two sentences back after このうち
    ("管路の総延長はおよそ240kmです。県内でも長いほうです。このうち、古い管が約40kmあり、全体のおよそ半分にあたります。",
     ["240km", "40km", "およそ半分"]),
    ("会員200人のうち、3分の2の80人が女性です", ["200人", "3分の2", "80人"]),
    ("申請は50件、そのうち大半の10件が書類不備でした", ["50件", "大半", "10件"]),
])
def test_share_that_part_and_whole_contradict_is_flagged(engine, text, spans, flagged):
    assert sorted(flagged(engine, text, rule="accuracy-share-of-whole")) == sorted(spans)


@pytest.mark.parametrize("text", [
    "給水車の対象は約800戸、そのうち9割にあたる約720戸が高台です",
    "会員200人のうち、3分の2にあたる約130人が女性です",
    # a bound, a change and another year's figure are no share of these
    "会員200人のうち、8割以上が女性です",
    "会員は200人、前年から2割増の240人になりました",
    "昨年の参加は200人、今年はその半分の100人でした",
    # the share of a part that is itself split off: no tie to the first whole
    "対象は1,000世帯、A地区が300世帯、その8割の240世帯に通知しました",
])
def test_share_that_fits_or_is_of_something_else_stays_quiet(engine, text, flagged):
    assert flagged(engine, text, rule="accuracy-share-of-whole") == []


def test_whole_of_two_days_split_into_both_days_must_add_up(engine, flagged):
    text = "花火大会は2日間で約25万人！初日14万人、2日目13万人の人出でした"
    assert flagged(engine, text, rule="accuracy-split-sum") == ["25万人", "初日14万人、2日目13万人"]
    # two of three days already more than the whole: a day left out can only add to it
    text = "花火大会は3日間で約25万人！初日14万人、2日目13万人の人出でした"
    assert flagged(engine, text, rule="accuracy-split-sum") == ["25万人", "初日14万人、2日目13万人"]


@pytest.mark.parametrize("text", [
    # rounding at the last digit covers it
    "花火大会は2日間で約27万人！初日14万人、2日目13万人の人出でした",
    # three days told, two given: the split may be open (the third day makes up the rest)
    "花火大会は3日間で約30万人！初日14万人、2日目13万人の人出でした",
])
def test_days_whole_that_adds_up_or_is_open_stays_quiet(engine, text, flagged):
    assert flagged(engine, text, rule="accuracy-split-sum") == []


def test_record_then_this_years_figure_below_last_years_is_flagged(engine, flagged):
    text = "入館者数が過去最多を更新！今年は4万人（昨年の4万5千人には届かずでした）"
    assert flagged(engine, text, rule="accuracy-record-contradicted") == ["過去最多を更新！今年は4万人", "4万5千人"]


def test_record_then_this_years_figure_above_last_years_stays_quiet(engine, flagged):
    text = "入館者数が過去最多を更新！今年は5万人（昨年は4万5千人でした）"
    assert flagged(engine, text, rule="accuracy-record-contradicted") == []


def test_places_told_again_as_teiin_no_is_flagged(engine, flagged):
    text = "そば打ち体験の参加者を募集します。定員は先着10名です。申込みが定員の12名になり次第締め切ります"
    assert len(flagged(engine, text, rule="accuracy-capacity-told-twice")) == 2


def test_places_told_again_with_the_same_number_stays_quiet(engine, flagged):
    text = "そば打ち体験の参加者を募集します。定員は先着10名です。申込みが定員の10名になり次第締め切ります"
    assert flagged(engine, text, rule="accuracy-capacity-told-twice") == []


@pytest.mark.parametrize("text, spans", [
    ("骨密度検診の自己負担は300円です。対象は40歳の女性です。受付で自己負担金600円をお支払いください",
     ["自己負担は300円", "自己負担金600円"]),
    ("親子陶芸教室、参加費は2,000円！当日は会場で参加費2,500円を集めます", ["参加費は2,000円", "参加費2,500円"]),
])
def test_one_charge_told_with_two_amounts_is_flagged(engine, text, spans, flagged):
    assert flagged(engine, text, rule="accuracy-charge-told-twice") == spans


@pytest.mark.parametrize("text", [
    "参加費は一般2,000円、会員の参加費は1,500円です",
    "骨密度検診の自己負担は300円、歯周病検診の自己負担は500円です",
    "参加費は2,000円です。会場で参加費2,000円を集めます",
    "参加費は昨年の1,500円から、今年は参加費2,000円になりました",
])
def test_charges_for_tiers_things_or_changes_stay_quiet(engine, text, flagged):
    assert flagged(engine, text, rule="accuracy-charge-told-twice") == []
