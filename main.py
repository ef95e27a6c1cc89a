"""FieldEval (绩效评价现场工作台): the window by default, a sub-command for batch work.

    python main.py [--user NAME] [--sample | FILE.fev]     the window (home screen, the sample, a file)
    python main.py [--user NAME] COMMAND …                 a sub-command (``python main.py --help`` lists them)

Errors of a sub-command are one line on stderr and a non-zero exit; an unknown command or option is
an error too, never the window.
"""
from __future__ import annotations

import sys
from pathlib import Path


def wants_window(argv: list[str]) -> bool:
    """True for the window's own forms: nothing, ``--sample`` or one evaluation file (after ``--user``)."""
    from cli.parser import command_names

    rest, i = [], 0
    while i < len(argv):
        if argv[i] == "--user" and i + 1 < len(argv):
            i += 2
            continue
        if not argv[i].startswith("--user="):
            rest.append(argv[i])
        i += 1
    if rest in ([], ["--sample"]):
        return True
    if len(rest) == 1 and rest[0] not in command_names() and not rest[0].startswith("-"):
        return rest[0].lower().endswith(".fev") or Path(rest[0]).is_file()
    return False


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if wants_window(argv):
        from ui.shell.app import run as run_window

        return run_window(argv)
    from cli.parser import run

    return run(argv)


if __name__ == "__main__":
    # a large sheet's rule proposals run in worker processes (services/frameworks/proposal.py ``propose_many``):
    # in the packaged program a worker starts as this program, which must then be the worker, not the window
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
