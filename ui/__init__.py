"""The window: Qt widgets, dialogs and item models. Talks only to ``services``."""
