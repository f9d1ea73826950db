import datetime as dt

import pytest

from yamaga_desk.store import DraftNotFound
from yamaga_desk.store import drafts as drafts_module
from yamaga_desk.store.drafts import TITLE_MAX, UNTITLED


def test_create_and_reopen_in_a_new_session(store):
    d = store.drafts.create("灯籠踊りのお知らせ\n\n8月16日開催", "instagram")
    store.close()
    from yamaga_desk.store import open_store

    with open_store() as again:
        got = again.drafts.get(d.id)
    assert got.text == "灯籠踊りのお知らせ\n\n8月16日開催"
    assert got.platform == "instagram"
    assert got.title == "灯籠踊りのお知らせ"
    assert got.status == "editing" and got.status_label == "編集中"


def test_title_is_the_first_non_empty_line_shortened(store):
    assert store.drafts.create("\n  \n  二行目が題  \n三行目").title == "二行目が題"
    assert store.drafts.create("").title == UNTITLED
    long = store.drafts.create("あ" * 100).title
    assert len(long) == TITLE_MAX and long.endswith("…")


def test_every_explicit_save_is_a_version_and_unchanged_text_is_not(store):
    d = store.drafts.create("一", "x")
    assert store.drafts.save(d.id, "一二", "x").kind == "save"
    assert store.drafts.save(d.id, "一二", "x") is None  # nothing changed
    store.drafts.save(d.id, "一二", "line")  # platform change is a change
    assert [(v.text, v.platform) for v in store.drafts.versions(d.id)] == [
        ("一二", "line"), ("一二", "x"), ("一", "x")]


def test_autosaves_extend_one_version_for_a_while(store, monkeypatch):
    d = store.drafts.create("", "x")
    for n in range(1, 30):
        store.drafts.save(d.id, "あ" * n, "x", kind="autosave")
    versions = store.drafts.versions(d.id)
    assert [v.kind for v in versions] == ["autosave", "save"]
    assert versions[0].text == "あ" * 29
    # After AUTOSAVE_SPAN the next autosave starts a new version, so the
    # history keeps a point every few minutes of typing.
    monkeypatch.setattr(drafts_module, "AUTOSAVE_SPAN", dt.timedelta(0))
    store.drafts.save(d.id, "あ" * 30, "x", kind="autosave")
    assert [v.text for v in store.drafts.versions(d.id)][:2] == ["あ" * 30, "あ" * 29]


def test_close_save_after_autosaves_is_its_own_version(store):
    d = store.drafts.create("", None)
    store.drafts.save(d.id, "途中", None, kind="autosave")
    store.drafts.save(d.id, "完成", None, kind="close")
    store.drafts.save(d.id, "また編集", None, kind="autosave")
    assert [v.kind for v in store.drafts.versions(d.id)] == ["autosave", "close", "autosave", "save"]


def test_restore_an_earlier_version_keeps_the_later_one(store):
    d = store.drafts.create("第一稿", "x")
    store.drafts.save(d.id, "第二稿", "x")
    first = store.drafts.versions(d.id)[-1]
    restored = store.drafts.restore_version(d.id, first.id)
    assert restored.kind == "restore" and restored.text == "第一稿"
    assert store.drafts.get(d.id).text == "第一稿"
    assert [v.text for v in store.drafts.versions(d.id)] == ["第一稿", "第二稿", "第一稿"]
    other = store.drafts.create("別")
    with pytest.raises(KeyError):
        store.drafts.restore_version(other.id, first.id)


def test_rename_and_back_to_first_line(store):
    d = store.drafts.create("一行目\n二行目")
    assert store.drafts.rename(d.id, "  イベント告知  ").title == "イベント告知"
    assert store.drafts.get(d.id).custom_title
    assert store.drafts.rename(d.id, "").title == "一行目"


def test_search_title_and_text_ignoring_case(store):
    a = store.drafts.create("Yamaga Lantern Festival\n灯籠", "x")
    b = store.drafts.create("温泉のご案内", "blog")
    store.drafts.rename(b.id, "さくら湯")
    assert [d.id for d in store.drafts.list("lantern")] == [a.id]
    assert [d.id for d in store.drafts.list("灯籠")] == [a.id]
    assert [d.id for d in store.drafts.list("さくら")] == [b.id]
    assert [d.id for d in store.drafts.list("%")] == []  # no LIKE wildcards
    assert store.drafts.list("存在しない語") == []


def test_list_is_most_recently_changed_first(store):
    a = store.drafts.create("a")
    b = store.drafts.create("b")
    store.drafts.save(a.id, "a2")
    assert [d.id for d in store.drafts.list()] == [a.id, b.id]


def test_delete_to_trash_undo_and_purge(store):
    d = store.drafts.create("消す下書き")
    keep = store.drafts.create("残す下書き")
    trashed = store.drafts.delete(d.id)
    assert trashed.status == "trash" and trashed.deleted_at
    assert [x.id for x in store.drafts.list()] == [keep.id]
    assert [x.id for x in store.drafts.list(trash=True)] == [d.id]
    assert [x.id for x in store.drafts.list("消す", trash=True)] == [d.id]

    store.drafts.restore(d.id)  # undo
    assert {x.id for x in store.drafts.list()} == {d.id, keep.id}
    assert store.drafts.get(d.id).text == "消す下書き"

    with pytest.raises(ValueError):
        store.drafts.purge(keep.id)  # only from the trash
    store.drafts.delete(d.id)
    store.drafts.purge(d.id)
    with pytest.raises(DraftNotFound):
        store.drafts.get(d.id)
    assert store.conn.execute("SELECT count(*) FROM draft_versions WHERE draft_id = ?", (d.id,)).fetchone()[0] == 0


def test_empty_trash(store):
    for n in range(3):
        store.drafts.delete(store.drafts.create(f"ゴミ{n}").id)
    store.drafts.create("残る")
    assert store.drafts.empty_trash() == 3
    assert [d.text for d in store.drafts.list()] == ["残る"]


def test_unknown_draft_is_a_clear_error(store):
    with pytest.raises(DraftNotFound) as exc:
        store.drafts.save(999, "x")
    assert "999" in exc.value.message


def test_status_approved_only_for_the_exact_copied_text(store, make_review):
    d = store.drafts.create("確認する本文", "x")
    store.records.record(make_review("確認する本文"), draft_uid=d.uid)
    assert store.drafts.get(d.id).status == "approved"
    assert store.drafts.get(d.id).status_label == "確認済み"
    store.drafts.save(d.id, "確認する本文（追記）", "x")
    assert store.drafts.get(d.id).status == "editing"


def test_flagged_items_for_the_panel(store):
    d = store.drafts.create("本文")
    store.drafts.set_flagged_items(d.id, 3)
    assert store.drafts.get(d.id).flagged_items == 3


def test_last_open_draft(store):
    assert store.drafts.last_open() is None
    a = store.drafts.create("a")
    b = store.drafts.create("b")
    assert store.drafts.last_open().id == b.id  # nothing marked: most recent
    store.drafts.set_open(a.id)
    assert store.drafts.last_open().id == a.id
    store.drafts.delete(a.id)
    assert store.drafts.last_open().id == b.id  # never one in the trash
    store.drafts.set_open(None)
    assert store.drafts.last_open().id == b.id
