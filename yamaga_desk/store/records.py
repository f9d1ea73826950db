"""Review records: one row per 確認してコピー, never changed afterwards.

``Records.record(review)`` has the same interface as
``yamaga_desk.review.MemoryRecorder`` so the app swaps one for the other.
What the app leaves empty in the ReviewRecord (app version, rules version,
user) is filled in here.  The database refuses UPDATE and DELETE on the table
(triggers, see migrations.py); the SHA-256 of the text is stored beside it so
an export can show that the text was not altered.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..review import DismissedFinding, ItemReview, ReviewRecord
from .db import transaction, utc_iso

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class StoredRecord:
    id: int
    uid: str
    review: ReviewRecord
    sha256: str  # as stored when the record was written
    draft_uid: str | None = None

    @property
    def intact(self) -> bool:
        """The text still hashes to the SHA-256 stored with it."""
        return self.review.sha256 == self.sha256


def windows_user() -> str:
    """The signed-in user's name (USERNAME on Windows); "" if unknown."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises OSError (3.13) or KeyError without a user
        return os.environ.get("USERNAME", "")


def rules_version() -> str:
    """Short hash of the contents of every rule file the engine loaded."""
    from ..engine import get_engine

    return rules_version_of(get_engine().ruleset.files)


def rules_version_of(files: list[str]) -> str:
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(Path(name).name.encode("utf-8") + b"\0")
        try:
            digest.update(Path(name).read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")
    return digest.hexdigest()[:12]


class Records:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def record(self, review: ReviewRecord, *, draft_uid: str | None = None) -> StoredRecord:
        """Append one review record; returns it as stored."""
        review = replace(
            review,
            app_version=review.app_version or __version__,
            rules_version=review.rules_version or rules_version(),
            user=review.user or windows_user(),
            created_at=review.created_at if review.created_at.tzinfo else review.created_at.astimezone(),
        )
        uid = str(uuid.uuid4())
        row = (
            uid, review.created_at.isoformat(timespec="milliseconds"), utc_iso(review.created_at),
            review.user, review.platform, review.text, review.sha256, review.app_version,
            review.rules_version, _items_json(review.items), _dismissed_json(review.dismissed), draft_uid,
        )

        def run(conn):
            with transaction(conn):
                return conn.execute(
                    "INSERT INTO review_records (uid, created_at, created_utc, user, platform, text, sha256,"
                    " app_version, rules_version, items_json, dismissed_json, draft_uid)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row).lastrowid

        record_id = self._store.run(run)
        return StoredRecord(record_id, uid, review, review.sha256, draft_uid)

    def list(self, since: dt.date | None = None) -> list[StoredRecord]:
        """Records oldest first; `since`: from local midnight of that day."""
        sql = _SELECT
        params: tuple = ()
        if since is not None:
            midnight = dt.datetime.combine(since, dt.time()).astimezone()
            sql += " WHERE created_utc >= ?"
            params = (utc_iso(midnight),)
        sql += " ORDER BY created_utc, id"
        return self._store.run(lambda conn: [_stored(r) for r in conn.execute(sql, params)])

    def get(self, record_id: int) -> StoredRecord:
        row = self._store.run(lambda conn: conn.execute(_SELECT + " WHERE id = ?", (record_id,)).fetchone())
        if row is None:
            raise KeyError(record_id)
        return _stored(row)


_SELECT = ("SELECT id, uid, created_at, user, platform, text, sha256, app_version, rules_version,"
           " items_json, dismissed_json, draft_uid FROM review_records")


def _items_json(items) -> str:
    return json.dumps([{"item": i.item, "status": i.status, "ticked": i.ticked, "reason": i.reason}
                       for i in items], ensure_ascii=False)


def _dismissed_json(dismissed) -> str:
    return json.dumps([{"rule": d.rule, "item": d.item, "excerpt": d.excerpt, "reason": d.reason}
                       for d in dismissed], ensure_ascii=False)


def _stored(row) -> StoredRecord:
    (record_id, uid, created, user, platform, text, sha, app_v, rules_v, items, dismissed, draft_uid) = row
    review = ReviewRecord(
        text=text,
        platform=platform,
        items=tuple(ItemReview(d["item"], d["status"], bool(d["ticked"]), d.get("reason", ""))
                    for d in json.loads(items)),
        dismissed=tuple(DismissedFinding(d["rule"], d["item"], d.get("excerpt", ""), d.get("reason", ""))
                        for d in json.loads(dismissed)),
        created_at=dt.datetime.fromisoformat(created),
        app_version=app_v,
        rules_version=rules_v,
        user=user,
    )
    return StoredRecord(record_id, uid, review, sha, draft_uid)
