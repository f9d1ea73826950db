"""Test-only: run by the INSTALLED Python under Wine (installer/test_wine.sh).

Proves that the trimmed Qt in the installer starts: the platform plugin
loads, the Windows style is found, Japanese text is drawn, and the PNG
writer works.  Independent of the app's own window, so that a Qt packaging
problem is told apart from a GUI bug.

    python.exe wine_qt_smoke.py OUT.png
"""

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
label = QLabel("山鹿市 SNS投稿チェッカー ✓")
label.setStyleSheet("font-size: 20px; padding: 12px;")
label.resize(480, 90)
label.show()
app.processEvents()
saved = label.grab().save(sys.argv[1], "PNG")
print(f"platform={QGuiApplication.platformName()} style={app.style().name()} saved={saved}")
sys.exit(0 if saved else 1)
