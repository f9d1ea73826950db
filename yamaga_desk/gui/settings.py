"""The app's own settings (window layout, zoom, platform, recent files):
an INI file in the user config folder, so YAMAGA_DESK_CONFIG_DIR moves it
with everything else and nothing goes to the Windows registry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from .. import paths

MAX_RECENT = 10


def settings_file() -> Path:
    return paths.user_config_dir() / "gui.ini"


class Settings:
    def __init__(self, path: Path | None = None):
        self.path = path or settings_file()
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def value(self, key: str, default=None):
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value) -> None:
        self.qsettings.setValue(key, value)

    def int_value(self, key: str, default: int) -> int:
        try:
            return int(self.qsettings.value(key, default))
        except (TypeError, ValueError):
            return default

    # -- recent files ---------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.qsettings.value("recentFiles", [])
        if isinstance(value, str):  # QSettings gives a str for a one-item list
            value = [value]
        return [v for v in (value or []) if isinstance(v, str) and v]

    def add_recent_file(self, path: str) -> list[str]:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        files = files[:MAX_RECENT]
        self.qsettings.setValue("recentFiles", files)
        return files

    def remove_recent_file(self, path: str) -> list[str]:
        files = [f for f in self.recent_files() if f != path]
        self.qsettings.setValue("recentFiles", files)
        return files

    def clear_recent_files(self) -> None:
        self.qsettings.setValue("recentFiles", [])

    def sync(self) -> None:
        self.qsettings.sync()
