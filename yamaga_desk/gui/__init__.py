"""The desktop app (PySide6).  The only package that imports Qt.

    from yamaga_desk.gui import MainWindow   # once a QApplication exists
"""

from __future__ import annotations


def __getattr__(name: str):
    # Lazy, so `import yamaga_desk.gui.offsets` does not build the whole window module.
    if name == "MainWindow":
        from .main_window import MainWindow

        return MainWindow
    raise AttributeError(name)


__all__ = ["MainWindow"]
