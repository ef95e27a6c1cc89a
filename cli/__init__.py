"""The command line: one module per command group; ``main.py`` dispatches here unless the window is asked for."""
