"""Make the pictures of docs/manual.md from the real window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/images/make_manual_images.py

Uses throw-away config/data folders, so the pictures are the same on every
machine and nobody's settings, allow-list, drafts or records are touched.
The drafts, versions and records in the pictures are written through the
store with a fixed clock (August 2026), so their times do not depend on the
day the script runs.  docs/screenshot.png (the README's picture) comes from
the app's own hook:
    yamaga-desk gui --open resources/sample-draft.txt --screenshot docs/screenshot.png
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main() -> int:
    # Times as the staff in Yamaga see them, whatever the machine's zone.
    os.environ["TZ"] = "Asia/Tokyo"
    if hasattr(time, "tzset"):
        time.tzset()
    tmp = Path(tempfile.mkdtemp(prefix="yamaga-manual-"))
    os.environ["YAMAGA_DESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["YAMAGA_DESK_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QElapsedTimer, QRect

    from yamaga_desk.gui import dialogs
    from yamaga_desk.gui.app import SCREENSHOT_SIZE, create_application
    from yamaga_desk.gui.main_window import MainWindow

    from yamaga_desk.store import drafts as drafts_module

    clock = FixedClock(dt.datetime(2026, 8, 10, 9, 12, tzinfo=dt.timezone(dt.timedelta(hours=9))))
    drafts_module.now_iso = clock.iso  # versions and "last change" at the times below

    app = create_application()
    win = MainWindow()
    win.keep_settings = False
    win.resize(*SCREENSHOT_SIZE)
    win.splitter.setSizes([640, 560])
    win.show()
    earlier_drafts(win, clock)

    def settle() -> None:
        timer = QElapsedTimer()
        timer.start()
        while (win.is_checking() or win.report is None
               or win.report.text != win.editor.text()) and timer.elapsed() < 30000:
            app.processEvents()
        for _ in range(5):
            app.processEvents()

    clock.at(10, 5)
    win.open_file(ROOT / "resources" / "sample-draft.txt", ask_save=False)
    settle()
    win.grab().save(str(HERE / "main-window.png"))

    # The context menu on the flagged word.
    target = next(f for f in win.visible_findings if f.item == "5.6.1")
    menu = win.editor.build_context_menu(win.editor.mark_for(target).start)
    menu.adjustSize()
    menu.grab().save(str(HERE / "context-menu.png"))

    # Ticking a flagged item: the confirmation with a reason.
    item = next(i for i in win.engine_checklist if i.id == "5.6.1")
    count = win.checklist.count[item.id]
    dialog = dialogs.ReasonDialog(win, "指摘のある項目の確認",
                                  f"ガイドライン{item.clause}「{item.title}」には指摘が {count} 件あります。\n"
                                  f"{item.text}\n\n内容を確かめたうえで、問題ないとしてチェックしますか？",
                                  "問題ないとしてチェック")
    dialog.reason.setText("利用者の発言をそのまま引用したため")
    dialog.adjustSize()
    dialog.grab().save(str(HERE / "confirm-dialog.png"))
    dialog.deleteLater()

    # A fixed draft, every item ticked: 確認してコピー is enabled.
    clock.at(10, 20)
    win.new_draft()
    win.editor.setPlainText(
        "【山鹿灯籠まつり】2026年8月15日(土)に開催します！🏮\n"
        "今年も千人踊りを予定しています。詳しくは市のホームページをご覧ください。\n"
        "https://www.city.yamaga.kumamoto.jp/\n#山鹿灯籠まつり #山鹿市")
    settle()
    dialogs.ask_reason = lambda *a, **k: ""
    for i in win.engine_checklist:
        win.checklist.set_ticked(i.id, True)
    settle()
    win.session.flush("save")  # as a second later: saved, with its title in the list
    win.grab().save(str(HERE / "ready-to-copy.png"))

    # Over the limit: the counter turns red.
    win.editor.setPlainText("山鹿灯籠まつりのお知らせです。" * 12)
    settle()
    win.platform_bar.update_count(win.editor.text())
    bar = win.platform_bar
    top_left = bar.mapTo(win, bar.rect().topLeft())
    win.grab(QRect(top_left.x() - 4, top_left.y() - 6, bar.width() + 8, bar.height() + 12)).save(
        str(HERE / "counter-over.png"))

    win.session.flush("save")

    # The drafts panel, after the last check of each draft.
    win.drafts_panel.refresh()
    settle()
    win.drafts_panel.grab().save(str(HERE / "drafts-panel.png"))

    # Deleting a draft: the status bar offers 元に戻す.
    scratch = win.store.drafts.create("メモ（あとで消す）", "x")
    win.drafts_panel.refresh()
    win.delete_draft(scratch.id)
    bar = win.statusBar()
    bar.grab().save(str(HERE / "undo-delete.png"))
    win.undo_delete()
    win.store.drafts.delete(scratch.id)
    win.store.drafts.purge(scratch.id)

    # The history of the traffic-notice draft, an earlier version selected.
    win.switch_to_draft(win.traffic_draft_id)
    settle()
    history = win.show_history()
    history.list.setCurrentRow(1)
    history.resize(860, 420)
    app.processEvents()
    history.grab().save(str(HERE / "history-dialog.png"))
    history.close()

    # The records: the list with the text of the selected record.
    records = win.show_records()
    records.since.set_value(dt.date(2026, 8, 1))
    records.since.set_value(None)  # the date shown (greyed) is then the same on every run
    records.resize(980, 520)
    app.processEvents()
    records.grab().save(str(HERE / "records-dialog.png"))
    records.close()

    win.editor.document().setModified(False)
    win.close()
    print("wrote", ", ".join(sorted(p.name for p in HERE.glob("*.png"))))
    return 0


class FixedClock:
    """Stands in for the store's clock: each save is one second after the last,
    from the time set with at()."""

    def __init__(self, start: dt.datetime):
        self.now = start

    def at(self, hour: int, minute: int) -> None:
        self.now = self.now.replace(hour=hour, minute=minute, second=0)

    def iso(self) -> str:
        self.now += dt.timedelta(seconds=1)
        return self.now.isoformat(timespec="milliseconds")


TRAFFIC_V1 = "【お知らせ】山鹿灯籠まつりの交通規制\n8月15日は中心部で交通規制があります。"
TRAFFIC_V2 = TRAFFIC_V1 + "\n規制の時間は18時から23時です。"
TRAFFIC_V3 = TRAFFIC_V2 + "\n詳しくは市のホームページをご覧ください。\n#山鹿灯籠まつり"


def earlier_drafts(win, clock: FixedClock) -> None:
    """Drafts from earlier in the day, with history and review records."""
    from yamaga_desk.review import ItemReview, ReviewRecord

    drafts, records = win.store.drafts, win.store.records
    clock.at(8, 41)
    onsen = drafts.create("【山鹿温泉】さくら湯の夜間営業のお知らせ\n8月は22時まで営業します。", "instagram")
    clock.at(8, 55)
    council = drafts.create("市議会だより9月号の配布について\n9月1日から各地区で配布します。", "facebook")
    drafts.rename(council.id, "議会だより 9月号（確定版）")
    clock.at(9, 12)
    traffic = drafts.create(TRAFFIC_V1, "x")
    clock.at(9, 20)
    drafts.save(traffic.id, TRAFFIC_V2, "x", kind="autosave")
    clock.at(9, 41)
    drafts.save(traffic.id, TRAFFIC_V3, "x", kind="close")
    win.traffic_draft_id = traffic.id
    jst = dt.timezone(dt.timedelta(hours=9))
    items = tuple(ItemReview(i.id, "review" if i.kind == "review" else "clear", True)
                  for i in win.engine_checklist)
    for text, platform, draft, when in (
            ("【山鹿温泉】さくら湯の夜間営業のお知らせ\n8月は22時まで営業します。", "instagram", onsen,
             dt.datetime(2026, 8, 10, 8, 50, tzinfo=jst)),
            ("市議会だより9月号の配布について\n9月1日から各地区で配布します。", "facebook", council,
             dt.datetime(2026, 8, 10, 9, 3, tzinfo=jst))):
        records.record(ReviewRecord(text, platform, items, created_at=when, user="kouhou01"), draft_uid=draft.uid)
    # The open draft falls back to the first empty one; remove it so the list shows real drafts only.
    empty = win.session.draft
    win.switch_to_draft(traffic.id)
    drafts.delete(empty.id)
    drafts.purge(empty.id)
    win.drafts_panel.refresh()


if __name__ == "__main__":
    sys.exit(main())
