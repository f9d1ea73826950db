"""Make the pictures of docs/manual.md from the real window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/images/make_manual_images.py

Uses throw-away config/data folders, so the pictures are the same on every
machine and nobody's settings or allow-list are touched.  docs/screenshot.png
itself comes from the app's own hook:
    yamaga-desk gui --open resources/sample-draft.txt --screenshot docs/screenshot.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="yamaga-manual-"))
    os.environ["YAMAGA_DESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["YAMAGA_DESK_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QElapsedTimer, QRect

    from yamaga_desk.gui import dialogs
    from yamaga_desk.gui.app import SCREENSHOT_SIZE, create_application
    from yamaga_desk.gui.main_window import MainWindow

    app = create_application()
    win = MainWindow()
    win.keep_settings = False
    win.resize(*SCREENSHOT_SIZE)
    win.splitter.setSizes([640, 560])
    win.show()

    def settle() -> None:
        timer = QElapsedTimer()
        timer.start()
        while (win.is_checking() or win.report is None
               or win.report.text != win.editor.text()) and timer.elapsed() < 30000:
            app.processEvents()
        for _ in range(5):
            app.processEvents()

    win.open_file(ROOT / "resources" / "sample-draft.txt", ask_save=False)
    settle()

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
    win.editor.setPlainText(
        "【山鹿灯籠まつり】2026年8月15日(土)に開催します！🏮\n"
        "今年も千人踊りを予定しています。詳しくは市のホームページをご覧ください。\n"
        "https://www.city.yamaga.kumamoto.jp/\n#山鹿灯籠まつり #山鹿市")
    settle()
    dialogs.ask_reason = lambda *a, **k: ""
    for i in win.engine_checklist:
        win.checklist.set_ticked(i.id, True)
    settle()
    win.grab().save(str(HERE / "ready-to-copy.png"))

    # Over the limit: the counter turns red.
    win.editor.setPlainText("山鹿灯籠まつりのお知らせです。" * 12)
    settle()
    win.platform_bar.update_count(win.editor.text())
    bar = win.platform_bar
    top_left = bar.mapTo(win, bar.rect().topLeft())
    win.grab(QRect(top_left.x() - 4, top_left.y() - 6, bar.width() + 8, bar.height() + 12)).save(
        str(HERE / "counter-over.png"))

    win.editor.document().setModified(False)
    win.close()
    print("wrote", ", ".join(sorted(p.name for p in HERE.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
