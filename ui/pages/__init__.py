"""The window's pages besides the indicator walk: 问题清单, 证据, and the project pages.

Every page is ``XPage(ctx, parent=None)`` with ``page_title()``; it redraws itself on
``ctx.fileOpened`` and on ``ctx.dataChanged(kind)`` when the kind concerns it.
"""
from __future__ import annotations

from ui.pages.evidence import EvidencePage, add_evidence_files, open_evidence
from ui.pages.findings import FindingsPage, new_finding
from ui.pages.project import ChaptersPage, FundsPage, OverviewPage, TargetsPage

__all__ = ["ChaptersPage", "EvidencePage", "FindingsPage", "FundsPage", "OverviewPage", "TargetsPage",
           "add_evidence_files", "new_finding", "open_evidence"]
