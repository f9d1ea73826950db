"""The one place that knows where things live on disk.

Built-in rules ship beside the package (``rules/`` in a checkout or in the
install folder).  The city's IT/PR section deploys site rules to
``site_config_dir``; each user's own rules live in ``user_config_dir``; drafts
and records in ``user_data_dir`` (all from platformdirs).

``YAMAGA_DESK_CONFIG_DIR`` replaces the user config directory and, unless
``YAMAGA_DESK_SITE_DIR`` is set, puts the site layer under ``<dir>/site`` so
tests and portable installs never read the machine's real site rules.
``YAMAGA_DESK_DATA_DIR`` replaces the data directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "YamagaDesk"


def builtin_rules_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (
        here.parent / "rules",  # checkout, editable install, installer layout
        Path(sys.prefix) / "share" / "yamaga-desk" / "rules",  # wheel data files
    ):
        if (candidate / "checklist.toml").is_file():
            return candidate
    return here.parent / "rules"


def user_config_dir() -> Path:
    env = os.environ.get("YAMAGA_DESK_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def site_config_dir() -> Path:
    env = os.environ.get("YAMAGA_DESK_SITE_DIR")
    if env:
        return Path(env)
    if os.environ.get("YAMAGA_DESK_CONFIG_DIR"):
        return Path(os.environ["YAMAGA_DESK_CONFIG_DIR"]) / "site"
    import platformdirs

    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    env = os.environ.get("YAMAGA_DESK_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def rule_layers() -> list[tuple[str, Path]]:
    """(layer name, folder of *.toml) from lowest to highest precedence."""
    return [
        ("builtin", builtin_rules_dir()),
        ("site", site_config_dir() / "rules"),
        ("user", user_config_dir() / "rules"),
    ]


def user_allow_file() -> Path:
    """Where the GUI's 「この語を許可リストに追加」 writes."""
    return user_config_dir() / "rules" / "allow.toml"
