"""What can go wrong with the database, in words a user can act on.

Every error the store raises to the app is a StoreError whose ``message`` is
Japanese and says what happened and that the text is still in the editor.
"""

from __future__ import annotations

import sqlite3

TEXT_KEPT = "本文はエディターに残っています。"


class StoreError(Exception):
    """A save or read that did not happen; ``message`` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DiskFullError(StoreError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "ディスクの空きがないため保存できませんでした。" + TEXT_KEPT
            + "不要なファイルを削除して空きを作ると、次の自動保存で保存されます。"
            + (f"（{detail}）" if detail else "")
        )


class StoreBusyError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "データベースが他のプログラムに使用中のため、いま保存できませんでした。" + TEXT_KEPT
            + "少し待つと自動的にもう一度保存します。"
        )


class NewerSchemaError(StoreError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"データベースは新しい版のアプリで作られています（形式 {found}、この版は {known} まで）。"
            "データベースはそのまま残し、この版では別のファイルに保存します。"
        )
        self.found = found
        self.known = known


class DraftNotFound(StoreError, KeyError):
    def __init__(self, draft_id: int) -> None:
        super().__init__(f"下書き（番号 {draft_id}）が見つかりません。")
        self.draft_id = draft_id


# sqlite3 errors, by what the app should do about them.
CORRUPT, LOCKED, FULL, UNREADABLE, OTHER = "corrupt", "locked", "full", "unreadable", "other"


def classify(exc: BaseException) -> str:
    """Sort a sqlite3/OS error into CORRUPT, LOCKED, FULL, UNREADABLE or OTHER."""
    if isinstance(exc, PermissionError):
        return UNREADABLE
    if isinstance(exc, OSError):
        return FULL if getattr(exc, "errno", None) == 28 else UNREADABLE  # ENOSPC
    if not isinstance(exc, sqlite3.Error):
        return OTHER
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text or "not a database" in text:
        return CORRUPT
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return LOCKED
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return FULL
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_AUTH")) \
            or "unable to open" in text or "readonly" in text or "disk i/o" in text:
        return UNREADABLE
    return OTHER


def as_store_error(exc: BaseException) -> StoreError:
    """The StoreError to show for a failed save or read (not for opening)."""
    kind = classify(exc)
    if kind == FULL:
        return DiskFullError()
    if kind == LOCKED:
        return StoreBusyError()
    if kind == UNREADABLE:
        return StoreError("データベースに書き込めませんでした（読み取り専用か、ファイルにアクセスできません）。" + TEXT_KEPT)
    return StoreError(f"データベースの操作に失敗しました（{exc}）。" + TEXT_KEPT)
