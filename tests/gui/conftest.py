"""Fixtures for driving the real window offscreen (QT_QPA_PLATFORM=offscreen
is set in tests/conftest.py)."""

from __future__ import annotations

import pytest

from gui_helpers import wait_checked

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def fresh_rules(isolated_dirs, engine):
    """Each test sees the rules of its own (empty) config dir, also after a
    test that added to the allow-list or injected a rule.

    An empty config dir means the built-in rules only, so every test starts
    from the one session engine built from them (`engine`, tests/conftest.py)
    instead of re-reading every rule file twice per test (about 2 s a test).
    A test that changes the rules calls reload_rules() like the app does, and
    its engine is dropped afterwards."""
    from yamaga_desk import engine as engine_module

    engine_module._engine = engine
    yield
    engine_module._engine = engine


class DialogLog:
    """Modal dialogs would block a test forever: every test gets these
    stand-ins, which answer at once and remember what they were asked.
    A test that cares sets .reason / .save_answer or monkeypatches its own."""

    def __init__(self):
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.reasons_asked: list[str] = []
        self.reason: str | None = ""
        self.save_prompts: list[str] = []
        self.save_answer = "discard"
        self.notices: list[tuple[str, str]] = []  # non-blocking warnings (database recovery)
        self.unstored_prompts: list[str] = []  # closing with text the database does not have
        self.unstored_answer = "discard"
        self.confirms: list[str] = []
        self.confirm_answer = True
        self.texts_asked: list[tuple[str, str]] = []  # (label, text offered)
        self.text_answer: str | None = None
        self.since_answer: tuple = (True, None)  # export range: (ok, date or None)


@pytest.fixture(autouse=True)
def dialog_log(monkeypatch):
    from yamaga_desk.gui import dialogs

    log = DialogLog()
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, msg: log.errors.append((title, msg)))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, title, msg: log.infos.append((title, msg)))

    def ask_reason(_parent, title, message, ok_text="OK"):
        log.reasons_asked.append(message)
        return log.reason

    def ask_save_changes(_parent, name):
        log.save_prompts.append(name)
        return log.save_answer

    def ask_save_unstored(_parent, why):
        log.unstored_prompts.append(why)
        return log.unstored_answer

    def ask_confirm(_parent, title, message, ok_text):
        log.confirms.append(message)
        return log.confirm_answer

    def ask_text(_parent, title, label, text=""):
        log.texts_asked.append((label, text))
        return log.text_answer

    monkeypatch.setattr(dialogs, "ask_reason", ask_reason)
    monkeypatch.setattr(dialogs, "ask_save_changes", ask_save_changes)
    monkeypatch.setattr(dialogs, "ask_save_unstored", ask_save_unstored)
    monkeypatch.setattr(dialogs, "ask_confirm", ask_confirm)
    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    monkeypatch.setattr(dialogs, "ask_since", lambda _p, what: log.since_answer)
    monkeypatch.setattr(dialogs, "show_notice", lambda _p, title, msg: log.notices.append((title, msg)))
    return log


@pytest.fixture
def recorder():
    from yamaga_desk.review import MemoryRecorder

    return MemoryRecorder()


@pytest.fixture
def window(qtbot, recorder):
    from yamaga_desk.gui import MainWindow

    win = MainWindow(recorder=recorder)
    win.checker.set_debounce(20)
    qtbot.addWidget(win)
    win.show()
    wait_checked(qtbot, win)
    yield win
    win.checker.wait_idle()
