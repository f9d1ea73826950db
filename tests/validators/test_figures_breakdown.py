"""A total told with its word and broken down after it (5.4): a 内訳 list must make the
total, a うち list may leave parts out but cannot hold more — in any counter, not only
the ones figures_common knows (本, 袋, 株 …)."""

from __future__ import annotations

import pytest

RULE = "accuracy-breakdown-against-total"


@pytest.mark.parametrize("text", [
    # 内訳 in brackets after the total, a counter (本) figures_totals does not read
    "苗木を全部で120本植えることができました🌳（内訳：サクラ50本、モミジ40本、ヤマツツジ20本）",
    # うち in the next sentence, the parts running past the total
    "昨年度の相談は全部で412件。うち相続が180件、消費生活が150件、近隣トラブルが120件でした。",
    "配った土のうは合計300袋、内訳は東地区120袋・西地区150袋です",
    "球根は合わせて500株、うちチューリップ300株とスイセン250株を植えました",
])
def test_breakdown_that_does_not_make_its_total_is_flagged(engine, text, flagged):
    assert flagged(engine, text, rule=RULE)


@pytest.mark.parametrize("text", [
    "苗木を全部で110本植えました（内訳：サクラ50本、モミジ40本、ヤマツツジ20本）",
    # うち: a subset may leave parts out
    "相談は全部で412件。うち相続が180件、消費生活が150件でした。",
    # an open list (など) or a rounded total makes no sum
    "合計300袋、内訳は東地区120袋・西地区150袋などです",
    "全部で約120本（内訳：サクラ50本、モミジ40本、ヤマツツジ20本）",
    # a subset of a subset overlaps its parent
    "参加は総勢45名、うち職員30名、そのうち女性20名",
    # the total told again at the end of the list is no part of it
    "来場は合計1000人!内訳は鹿本地区400人、鹿北地区300人、菊鹿地区300人の計1000人",
    # a figure with no word of a total is no total
    "苗木を120本植えました（内訳：サクラ50本、モミジ40本、ヤマツツジ20本）",
    # parts in another counter are another measure
    "全部で12本、うち桜が3人の手で植えられ、5人が見守りました",
])
def test_breakdown_that_makes_or_may_make_its_total_is_not_flagged(engine, text, flagged):
    assert flagged(engine, text, rule=RULE) == []
