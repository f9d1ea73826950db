"""Drafts with their version history, rename, search, and a trash.

A draft's current text is its newest version.  Autosaves (every second or
two while someone types) extend the newest version in place for up to
``AUTOSAVE_SPAN`` so history stays readable; any other save (on close, after
確認してコピー, restoring an old version) starts a new version.  Nothing here
deletes a version except purging the whole draft from the trash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .db import now_iso, transaction
from .errors import DraftNotFound

if TYPE_CHECKING:
    from .store import Store

AUTOSAVE_SPAN = dt.timedelta(minutes=5)
TITLE_MAX = 40
UNTITLED = "（無題）"
KINDS = ("autosave", "save", "close", "restore", "copy", "import")

STATUS_LABELS = {"editing": "編集中", "approved": "確認済み", "trash": "ゴミ箱"}


@dataclass(frozen=True)
class DraftVersion:
    id: int
    draft_id: int
    text: str
    platform: str | None
    kind: str
    started_at: str
    saved_at: str


@dataclass(frozen=True)
class Draft:
    id: int
    uid: str
    title: str  # what the drafts panel shows
    custom_title: bool  # False: the title is the first line of the text
    platform: str | None
    text: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    status: str  # editing | approved (this exact text was 確認してコピー'd) | trash
    flagged_items: int | None  # set by the app after a check; None = not known

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def title_from_text(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= TITLE_MAX else line[: TITLE_MAX - 1] + "…"
    return UNTITLED


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_HEAD = """
SELECT d.id, d.uid, d.title, d.platform, d.created_at, d.updated_at, d.deleted_at, d.flagged_items,
       v.text, v.platform
FROM drafts d
LEFT JOIN draft_versions v ON v.id = (SELECT MAX(id) FROM draft_versions WHERE draft_id = d.id)
"""


class Drafts:
    def __init__(self, store: "Store") -> None:
        self._store = store

    # -- reading -----------------------------------------------------------
    def get(self, draft_id: int) -> Draft:
        def run(conn):
            row = conn.execute(_HEAD + " WHERE d.id = ?", (draft_id,)).fetchone()
            if row is None:
                raise DraftNotFound(draft_id)
            return self._draft(conn, row)

        return self._store.run(run)

    def list(self, query: str = "", *, trash: bool = False) -> list[Draft]:
        """Drafts, most recently changed first.  `query` matches the title or
        the text, ignoring case; `trash=True` lists the trash instead."""
        where = "d.deleted_at IS NOT NULL" if trash else "d.deleted_at IS NULL"
        params: list = []
        if query:
            where += " AND (instr(lower(coalesce(d.title, '')), lower(?)) > 0" \
                     " OR instr(lower(coalesce(v.text, '')), lower(?)) > 0)"
            params += [query, query]
        sql = _HEAD + f" WHERE {where} ORDER BY d.updated_at DESC, v.id DESC"
        return self._store.run(lambda conn: [self._draft(conn, r) for r in conn.execute(sql, params)])

    def versions(self, draft_id: int) -> list[DraftVersion]:
        """Every version of a draft, newest first."""
        def run(conn):
            self._require(conn, draft_id)
            rows = conn.execute(
                "SELECT id, draft_id, text, platform, kind, started_at, saved_at FROM draft_versions"
                " WHERE draft_id = ? ORDER BY id DESC", (draft_id,))
            return [DraftVersion(*r) for r in rows]

        return self._store.run(run)

    def version(self, version_id: int) -> DraftVersion:
        def run(conn):
            row = conn.execute(
                "SELECT id, draft_id, text, platform, kind, started_at, saved_at FROM draft_versions"
                " WHERE id = ?", (version_id,)).fetchone()
            if row is None:
                raise KeyError(version_id)
            return DraftVersion(*row)

        return self._store.run(run)

    # -- writing -----------------------------------------------------------
    def create(self, text: str = "", platform: str | None = None, *, title: str | None = None) -> Draft:
        def run(conn):
            now = now_iso()
            with transaction(conn):
                cur = conn.execute(
                    "INSERT INTO drafts (uid, title, platform, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    (str(uuid.uuid4()), title or None, platform, now, now))
                draft_id = cur.lastrowid
                self._insert_version(conn, draft_id, text, platform, "save", now)
            return draft_id

        return self.get(self._store.run(run))

    def save(self, draft_id: int, text: str, platform: str | None = None, *,
             kind: str = "save") -> DraftVersion | None:
        """Save the editor's text; None when it equals the newest version.

        kind="autosave" extends the newest version when that one is an
        autosave younger than AUTOSAVE_SPAN; any other kind adds a version.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")

        def run(conn):
            with transaction(conn):
                self._require(conn, draft_id)
                head = conn.execute(
                    "SELECT id, draft_id, text, platform, kind, started_at, saved_at FROM draft_versions"
                    " WHERE draft_id = ? ORDER BY id DESC LIMIT 1", (draft_id,)).fetchone()
                head = DraftVersion(*head) if head else None
                if head and head.text == text and head.platform == platform:
                    return None
                now = now_iso()
                if (kind == "autosave" and head is not None and head.kind == "autosave"
                        and _age(head.started_at) < AUTOSAVE_SPAN):
                    conn.execute("UPDATE draft_versions SET text = ?, platform = ?, saved_at = ? WHERE id = ?",
                                 (text, platform, now, head.id))
                    version_id = head.id
                else:
                    version_id = self._insert_version(conn, draft_id, text, platform, kind, now)
                conn.execute("UPDATE drafts SET platform = ?, updated_at = ? WHERE id = ?",
                             (platform, now, draft_id))
            return conn.execute(
                "SELECT id, draft_id, text, platform, kind, started_at, saved_at FROM draft_versions"
                " WHERE id = ?", (version_id,)).fetchone()

        row = self._store.run(run)
        return DraftVersion(*row) if row else None

    def restore_version(self, draft_id: int, version_id: int) -> DraftVersion:
        """Make an earlier version the current text again (as a new version, so
        the text it replaces stays in the history)."""
        old = self.version(version_id)
        if old.draft_id != draft_id:
            raise KeyError(version_id)
        saved = self.save(draft_id, old.text, old.platform, kind="restore")
        return saved or self.versions(draft_id)[0]

    def rename(self, draft_id: int, title: str | None) -> Draft:
        """Give the draft a title; an empty title goes back to the first line."""
        title = (title or "").strip() or None

        def run(conn):
            with transaction(conn):
                self._require(conn, draft_id)
                conn.execute("UPDATE drafts SET title = ? WHERE id = ?", (title, draft_id))

        self._store.run(run)
        return self.get(draft_id)

    def delete(self, draft_id: int) -> Draft:
        """Move to the trash (undo with restore())."""
        return self._set_deleted(draft_id, now_iso())

    def restore(self, draft_id: int) -> Draft:
        """Take a draft back out of the trash."""
        return self._set_deleted(draft_id, None)

    def purge(self, draft_id: int) -> None:
        """Delete a draft in the trash for good, with its history."""
        def run(conn):
            with transaction(conn):
                row = conn.execute("SELECT deleted_at FROM drafts WHERE id = ?", (draft_id,)).fetchone()
                if row is None:
                    raise DraftNotFound(draft_id)
                if row[0] is None:
                    raise ValueError("only drafts in the trash can be purged")
                conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

        self._store.run(run)

    def empty_trash(self) -> int:
        def run(conn):
            with transaction(conn):
                return conn.execute("DELETE FROM drafts WHERE deleted_at IS NOT NULL").rowcount

        return self._store.run(run)

    def set_flagged_items(self, draft_id: int, flagged: int | None) -> None:
        """The number of flagged checklist items after the app's last check,
        for the drafts panel; does not count as a change to the draft."""
        def run(conn):
            with transaction(conn):
                conn.execute("UPDATE drafts SET flagged_items = ? WHERE id = ?", (flagged, draft_id))

        self._store.run(run)

    # -- the draft that is open in the editor --------------------------------
    def set_open(self, draft_id: int | None) -> None:
        """Remember which draft the editor shows, to reopen it at next start."""
        def run(conn):
            with transaction(conn):
                conn.execute("INSERT INTO state (key, value) VALUES ('open_draft', ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                             (None if draft_id is None else str(draft_id),))

        self._store.run(run)

    def last_open(self) -> Draft | None:
        """The draft to reopen at start: the one that was open (even if the app
        was killed), else the most recently changed one; never one in the trash."""
        def run(conn):
            row = conn.execute("SELECT value FROM state WHERE key = 'open_draft'").fetchone()
            if row and row[0]:
                found = conn.execute(_HEAD + " WHERE d.id = ? AND d.deleted_at IS NULL",
                                     (int(row[0]),)).fetchone()
                if found:
                    return self._draft(conn, found)
            found = conn.execute(_HEAD + " WHERE d.deleted_at IS NULL ORDER BY d.updated_at DESC, v.id DESC"
                                 " LIMIT 1").fetchone()
            return self._draft(conn, found) if found else None

        return self._store.run(run)

    # -- helpers -------------------------------------------------------------
    def _set_deleted(self, draft_id: int, when: str | None) -> Draft:
        def run(conn):
            with transaction(conn):
                self._require(conn, draft_id)
                conn.execute("UPDATE drafts SET deleted_at = ? WHERE id = ?", (when, draft_id))

        self._store.run(run)
        return self.get(draft_id)

    @staticmethod
    def _require(conn, draft_id: int) -> None:
        if conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone() is None:
            raise DraftNotFound(draft_id)

    @staticmethod
    def _insert_version(conn, draft_id, text, platform, kind, when) -> int:
        return conn.execute(
            "INSERT INTO draft_versions (draft_id, text, platform, kind, started_at, saved_at)"
            " VALUES (?, ?, ?, ?, ?, ?)", (draft_id, text, platform, kind, when, when)).lastrowid

    @staticmethod
    def _draft(conn, row) -> Draft:
        (draft_id, uid, title, platform, created, updated, deleted, flagged, text, _vplatform) = row
        text = text or ""
        if deleted:
            status = "trash"
        else:
            approved = conn.execute(
                "SELECT 1 FROM review_records WHERE draft_uid = ? AND sha256 = ? LIMIT 1",
                (uid, _sha(text))).fetchone()
            status = "approved" if approved else "editing"
        return Draft(draft_id, uid, title or title_from_text(text), bool(title), platform, text,
                     created, updated, deleted, status, flagged)


def _age(iso: str) -> dt.timedelta:
    try:
        then = dt.datetime.fromisoformat(iso)
    except ValueError:
        return AUTOSAVE_SPAN  # unreadable stamp: start a new version
    return dt.datetime.now().astimezone() - then
