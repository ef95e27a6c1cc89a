"""Dialogs opened from the window's menus."""
