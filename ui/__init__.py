"""The window: Qt widgets, dialogs and item models. Talks only to ``services``."""
from ui.shell.qt_workarounds import protect_singletons

protect_singletons()  # PySide6 6.12.0 drops references to True and None: see ui/shell/qt_workarounds.py
