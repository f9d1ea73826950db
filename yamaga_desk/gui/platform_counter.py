"""Where the post goes (X, Facebook, Instagram, LINE, ブログ) and how long it
is by that platform's rule (yamaga_desk/platforms.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ..platforms import PLATFORM_NAMES, Measure, measure


def counter_text(m: Measure) -> str:
    if m.limit is None:
        text = f"{m.length:,} {m.unit}（上限なし）"
    else:
        text = f"{m.length:,} / {m.limit:,} {m.unit}"
        if m.excess:
            text += f"　{m.excess:,} 超過"
    for note in m.notes:
        text += f"　{note}"
    return text


class PlatformBar(QWidget):
    platformChanged = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        label = QLabel("投稿先:")
        self.selector = QComboBox(self)
        self.selector.setObjectName("platformSelector")
        self.selector.setAccessibleName("投稿先")
        for key, name in PLATFORM_NAMES.items():
            self.selector.addItem(name, key)
        label.setBuddy(self.selector)
        self.counter = QLabel(self)
        self.counter.setObjectName("charCounter")
        self.counter.setAccessibleName("文字数")
        self.counter.setMinimumWidth(180)
        self.measure: Measure | None = None
        self.selector.currentIndexChanged.connect(lambda _i: self.platformChanged.emit(self.platform()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.selector)
        layout.addSpacing(12)
        layout.addWidget(self.counter, 1)

    def platform(self) -> str:
        return self.selector.currentData()

    def set_platform(self, key: str) -> None:
        index = self.selector.findData(key)
        if index >= 0:
            self.selector.setCurrentIndex(index)

    def update_count(self, text: str) -> Measure:
        m = measure(text, self.platform())
        self.measure = m
        self.counter.setText(counter_text(m))
        if m.over:
            self.counter.setStyleSheet("color: #c62828; font-weight: bold;")
            self.counter.setToolTip(f"{PLATFORM_NAMES[self.platform()]}の上限を超えています。このままでは投稿できません。")
        else:
            self.counter.setStyleSheet("")
            self.counter.setToolTip(f"{PLATFORM_NAMES[self.platform()]}の数え方による文字数です。")
        return m
