"""The application shell: start-up, the main window, home screen, shared context, live scores, undo."""
