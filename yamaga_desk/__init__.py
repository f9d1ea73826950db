"""Yamaga Desk — 山鹿市 SNS投稿チェッカー.

The checking engine (everything outside yamaga_desk/gui) is pure Python and
never imports Qt; the desktop app is a thin layer over ``check()``.
"""

__version__ = "0.1.0"


def check(text, platform=None):
    """Check a draft; see yamaga_desk.engine.check."""
    from .engine import check as _check

    return _check(text, platform)
