"""Drafts and review records in one SQLite database (stdlib sqlite3, no Qt).

    store = open_store()             # never raises; see store.take_notices()
    store.drafts.create(text, platform)
    store.records.record(review)     # same interface as review.MemoryRecorder
    Autosaver(store.drafts)          # coalesces edits into saves
"""

from .autosave import Autosaver
from .errors import DiskFullError, DraftNotFound, NewerSchemaError, StoreBusyError, StoreError
from .recovery import open_store
from .store import FILE, MEMORY, STAND_IN, Store

__all__ = [
    "Autosaver", "DiskFullError", "DraftNotFound", "NewerSchemaError", "StoreBusyError", "StoreError",
    "open_store", "Store", "FILE", "MEMORY", "STAND_IN",
]
