"""Japanese labels shared by the CSV and PDF exports."""

from __future__ import annotations

STATUS = {"flagged": "指摘あり", "review": "要確認", "clear": "問題なし"}
PLATFORM = {"x": "X", "facebook": "Facebook", "instagram": "Instagram", "line": "LINE", "blog": "ブログ"}
TICKED = {True: "確認済", False: "未確認"}


def status_label(status: str) -> str:
    return STATUS.get(status, status)


def platform_label(platform: str | None) -> str:
    if not platform:
        return "指定なし"
    return PLATFORM.get(platform, platform)


def item_titles() -> dict[str, tuple[str, str]]:
    """item id → (clause, short title), from rules/checklist.toml."""
    from ..ruleset.loader import load_checklist

    try:
        return {i.id: (i.clause, i.title) for i in load_checklist()}
    except (OSError, ValueError, KeyError):
        return {}
