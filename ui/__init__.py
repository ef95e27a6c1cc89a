"""The window: Qt widgets, dialogs and item models. Talks only to ``services``."""
from ui.shell.qt_workarounds import protect_bools

protect_bools()  # PySide6 6.12.0 drops a reference to True on every emit: see ui/shell/qt_workarounds.py
