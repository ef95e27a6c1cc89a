"""Run-time hook (bundle only): a persistent matplotlib cache in the user's cache folder.

PyInstaller's own hook points MPLCONFIGDIR at a fresh temporary folder on every start, so
matplotlib rebuilds its font list (seconds on a machine with many fonts) before the first chart of
every session. A per-user folder keeps it; matplotlib rebuilds by itself when a cached font file
has moved (e.g. the bundle was installed elsewhere). The spec drops PyInstaller's hook.
"""
import os


def _mplconfig() -> None:
    if os.environ.get("MPLCONFIGDIR"):
        return
    try:
        import platformdirs

        path = os.path.join(platformdirs.user_cache_dir("FieldEval", appauthor=False), "matplotlib")
        os.makedirs(path, exist_ok=True)
        os.environ["MPLCONFIGDIR"] = path
    except OSError:
        pass  # unwritable profile: matplotlib falls back to a temporary folder itself


_mplconfig()
