"""The window's look in one place: font families, colours, spacing, the style sheet and the icon.

Every colour and every layout margin in ui/ comes from the names below; the style sheet is built from them.
"""
from __future__ import annotations

from string import Template

from PySide6.QtGui import QIcon

from models.paths import resource_path

FONT_FAMILIES = ["WenQuanYi Micro Hei", "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC",
                 "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei"]

# ── colours ────────────────────────────────────────────────────────────────
# text
TEXT = "#1f2a37"            # body text on a selection, the indicator's title
HEADING = "#1f3552"         # titles and the big numbers
TEXT_SOFT = "#39414d"       # summaries, chips, bar labels
TEXT_SECONDARY = "#4b5563"  # field names, counts, a file's facts
CALC = "#39506b"            # the calculation in words
MUTED = "#6b7480"           # hints, metadata, breadcrumbs
FAINT = "#8a9099"           # not applicable, empty-state hints, withdrawn rows
DISABLED = "#a0a8b2"        # a disabled button's text
ON_ACCENT = "#ffffff"       # text on an accent or grade badge

# surfaces and lines
BACKGROUND = "#f4f6f9"      # the window behind the panels
SURFACE = "#ffffff"         # panels, inputs, lists
SURFACE_ALT = "#f7f9fb"     # a framed box inside a panel (criteria, a quoted value)
SURFACE_SUNKEN = "#f1f3f5"  # the evidence preview well
GROUP_ROW = "#eef2f7"       # a level-1 row or a totals row in a table
TRACK = "#e3e7ec"           # the empty part of a bar, a page's folded corner
CHIP = "#e8edf4"            # a chip's background
BORDER = "#e1e6ec"          # frames and dividers
BORDER_STRONG = "#c5cdd6"   # inputs and buttons
DIVIDER_LIGHT = "#eef1f4"   # between the rows of a list
DISABLED_BG = "#f2f4f6"
DISABLED_BORDER = "#d5dbe2"
OUTLINE = "#9aa3ad"         # a drawn page's outline; the badge with no grade yet

# accent (blue)
ACCENT = "#2f6fb0"          # primary buttons, focus, links, bound values
ACCENT_DARK = "#285f98"     # a primary button under the mouse
DERIVED = "#1f4e79"         # values the program computed, information text
HOVER = "#eef3f8"           # a button under the mouse
ACCENT_SOFT = "#eef4fb"     # information background, a highlighted column
ACCENT_SOFT_BORDER = "#c9dcf0"
SELECTION = "#d6e6f7"       # the selected tree row
FOCUS = "#f0a020"           # the frame around the widget that has the keyboard focus (seen on any background)

# the page list on the left
NAV_BG = "#24384f"
NAV_TEXT = "#dce4ee"
NAV_SELECTED = "#3b5676"
NAV_MARK = "#7fb2ea"

# states
ERROR = "#b3261e"           # the one error red: errors, unexplained deductions, failed checks
ERROR_BG = "#fdecea"
ERROR_BORDER = "#f4c7c3"
OK = "#2e7d4f"              # saved, passed, inserted
OK_BG = "#e6f4ea"
WARNING = "#b35c00"         # adjusted by hand, open judgements, warnings to read
WARNING_BG = "#fff4e5"
WARNING_BORDER = "#f0b45a"
WARNING_TEXT = "#7a4100"    # text on WARNING_BG
DEDUCTED = "#a0522d"        # a score below its maximum

# an indicator's progress (the tree's dots and the legend)
STATUS_COLOURS = {"未开始": "#b8bec6", "进行中": "#e0a030", "已评分": "#3a8f5c", "已复核": ACCENT}
NOT_STARTED = STATUS_COLOURS["未开始"]
IN_PROGRESS = STATUS_COLOURS["进行中"]
SCORED = STATUS_COLOURS["已评分"]

# the grade badge and the level-1 bars (by score rate: ≥90, ≥80, ≥60, below)
MIDDLING = "#c07a12"
GRADE_COLOURS = {"优": OK, "良": ACCENT, "中": MIDDLING, "较差": MIDDLING, "差": ERROR}
RATE_COLOURS = (SCORED, ACCENT, "#d08a1c", ERROR)
TICK_ALPHA = 200            # the grade ticks on a bar: SURFACE, a little transparent

# evidence type icons: the colours people know the file types by
FILE_TYPE_COLOURS = {"pdf": "#c0392b", "doc": "#2b579a", "docx": "#2b579a", "xls": "#217346", "xlsx": "#217346",
                     "csv": "#217346", "ppt": "#d24726", "pptx": "#d24726", "zip": "#7f8c8d", "txt": "#5d6d7e",
                     "ofd": "#a04000", "mp4": "#6c3483", "mov": "#6c3483", "mp3": "#1a5276", "wav": "#1a5276"}
FILE_TYPE_OTHER = MUTED

# ── spacing (pixels) ───────────────────────────────────────────────────────
SPACE_S = 4                 # within a tight group (a title over its subtitle)
SPACING = 6                 # between the rows of a group
SPACE_M = 8                 # between cards, list items, columns
SPACE_L = 10                # between the blocks of a panel
SPACE_XL = 16               # between the parts of a bar or a heading row
SPACE_XXL = 24              # between the columns of the home screen
FLUSH = (0, 0, 0, 0)        # a layout that only arranges, inside something already spaced
PAGE_MARGINS = (12, 10, 12, 8)    # a page with its own heading
SECTION_MARGINS = (12, 8, 12, 8)  # inside a framed section
BAR_MARGINS = (12, 6, 12, 6)      # the scoreboard and the navigation bar
PANEL_MARGINS = (16, 12, 16, 16)  # the indicator panel's content
PANE_MARGINS = (8, 8, 4, 8)       # the tree pane beside the panel
HOME_MARGINS = (40, 0, 40, 24)
INDENT = (SPACE_M, 0, 0, 0)       # a column set off from the one on its left

_STYLE = """
QMainWindow, #home { background: $BACKGROUND; }
QLabel#pageHeading { font-size: 16pt; font-weight: 600; }
QLabel#muted { color: $MUTED; }
QLabel#error { color: $ERROR; }
QLabel#flag { color: $ERROR; font-weight: bold; }
QLabel#ok { color: $OK; }
QLabel#bound { color: $ACCENT; }
QLabel#saved { color: $OK; padding: 0 8px; }
QLabel#homeTitle { font-size: 22pt; font-weight: bold; color: $HEADING; }
QLabel#sectionTitle { font-weight: bold; color: $HEADING; font-size: 10.5pt; }
QLabel#breadcrumb { color: $MUTED; }
QLabel#indicatorTitle { font-size: 14pt; font-weight: bold; color: $TEXT; }
QLabel#bigScore { font-size: 15pt; font-weight: bold; color: $HEADING; padding-left: 12px; }
QLabel#chip { background: $CHIP; color: $TEXT_SOFT; border-radius: 9px; padding: 2px 10px; }
QLabel#fieldName { color: $TEXT_SECONDARY; font-weight: bold; }
QLabel#itemTitle { font-weight: bold; }
QLabel#itemScore { font-weight: bold; color: $HEADING; }
QLabel#calc, QLabel#calcTotal { color: $CALC; }
QLabel#calcTotal { font-weight: bold; }
QLabel#summary { color: $TEXT_SOFT; }
QLabel#countLine { color: $TEXT_SOFT; font-size: 10.5pt; }
QLabel#facts { color: $TEXT_SECONDARY; }
QLabel#emptyHint { color: $FAINT; font-size: 11pt; }
QLabel#fileName { font-weight: 600; font-size: 11pt; }
QLabel#strong { font-weight: 600; }
QLabel#result { font-size: 13pt; }
QLabel#bigFigure { font-size: 20pt; font-weight: 600; color: $DERIVED; }
QLabel#quoted { background: $SURFACE_ALT; border: 1px solid $BORDER; padding: 6px; }
QLabel#preview { background: $SURFACE_SUNKEN; border: 1px solid $BORDER; border-radius: 4px; }
QFrame#paymentFlags { background: $WARNING_BG; border: 1px solid $WARNING_BORDER; border-radius: 4px; }
QFrame#paymentFlags QLabel { color: $WARNING_TEXT; background: transparent; border: none; }
QFrame#fundQuestions { background: $WARNING_BG; border: 1px solid $WARNING_BORDER; border-radius: 4px; color: $WARNING_TEXT; }
QLineEdit#titleEdit { font-size: 12pt; font-weight: 600; }
QFrame#criteria { background: $SURFACE_ALT; border: 1px solid $BORDER; border-radius: 6px; }
QFrame#section { background: $SURFACE; border: 1px solid $BORDER; border-radius: 6px; }
QFrame#itemEditor { background: $SURFACE_ALT; border: 1px solid $BORDER; border-radius: 5px; }
QWidget#panelContent { background: $BACKGROUND; }
QFrame#navBar { background: $SURFACE; border-top: 1px solid $BORDER; }
QFrame#scoreboard { background: $SURFACE; border-bottom: 1px solid $BORDER; }
QLabel#total { font-size: 20pt; font-weight: bold; color: $HEADING; }
QLabel#grade { color: $ON_ACCENT; border-radius: 4px; padding: 1px 8px; margin-left: 6px; font-weight: bold; font-size: 11pt; }
QLabel#progress { font-size: 12pt; font-weight: bold; color: $TEXT_SOFT; }
QLabel#distance { font-weight: bold; color: $HEADING; }
QLabel#openJudgements { color: $WARNING; text-decoration: underline; }
QListWidget#pageNav { background: $NAV_BG; color: $NAV_TEXT; border: none; padding-top: 6px; font-size: 10.5pt; }
QListWidget#pageNav::item { padding-left: 14px; }
QListWidget#pageNav::item:selected { background: $NAV_SELECTED; color: $ON_ACCENT; border-left: 3px solid $NAV_MARK; }
QWidget#treePane { background: $SURFACE; }
QTreeView { border: 1px solid $BORDER; selection-background-color: $SELECTION; selection-color: $TEXT; }
QTreeView::item { padding: 3px 0; }
QPushButton { padding: 5px 12px; border: 1px solid $BORDER_STRONG; border-radius: 4px; background: $SURFACE; }
QPushButton:hover { background: $HOVER; }
QPushButton:focus, QPushButton#primary:focus { border: 2px solid $FOCUS; padding: 4px 11px; }
QPushButton#primary { background: $ACCENT; color: $ON_ACCENT; border-color: $ACCENT; }
QPushButton#primary:hover { background: $ACCENT_DARK; }
QPushButton:disabled, QPushButton#primary:disabled { color: $DISABLED; background: $DISABLED_BG; border-color: $DISABLED_BORDER; }
QLineEdit, QPlainTextEdit, QComboBox { border: 1px solid $BORDER_STRONG; border-radius: 3px; padding: 3px 5px; background: $SURFACE; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus { border: 2px solid $FOCUS; padding: 2px 4px; }
QComboBox QAbstractItemView { background: $SURFACE; color: $TEXT; selection-background-color: $SELECTION;
                              selection-color: $TEXT; outline: none; }
QTreeView:focus, QListWidget:focus, QTableView:focus { border: 2px solid $FOCUS; }
QToolButton:focus { border: 2px solid $FOCUS; border-radius: 3px; }
QListWidget#recentList { background: $SURFACE; border: 1px solid $BORDER; border-radius: 6px; }
QLabel#emptyRecent { background: $SURFACE; border: 1px dashed $BORDER_STRONG; border-radius: 6px; color: $MUTED; }
QPushButton#homeAction { text-align: left; padding: 10px 16px; border-radius: 6px; font-size: 10.5pt; }
QPushButton#homeAction:hover { border-color: $ACCENT; background: $ACCENT_SOFT; }
QListWidget#recentList::item { padding: 8px; border-bottom: 1px solid $DIVIDER_LIGHT; }
QListWidget#roomyList::item { padding: 5px 4px; }
QListWidget#compactList { background: $SURFACE; border: 1px solid $BORDER; }
QListView#evidenceGrid { background: $SURFACE_ALT; }
QRadioButton, QCheckBox { border: 2px solid transparent; border-radius: 3px; padding: 1px 3px; }
QRadioButton:focus, QCheckBox:focus { color: $ACCENT; border: 2px solid $FOCUS; }
"""

STYLE = Template(_STYLE).substitute(globals())

# styles a widget switches to and from at run time (a field that fails its check, a message box)
ERROR_STYLE = (f"QLabel {{ color: {ERROR}; background: {ERROR_BG}; border: 1px solid {ERROR_BORDER}; "
               "border-radius: 3px; padding: 4px 8px; }")
INFO_STYLE = (f"QLabel {{ color: {DERIVED}; background: {ACCENT_SOFT}; border: 1px solid {ACCENT_SOFT_BORDER}; "
              "border-radius: 3px; padding: 4px 8px; }")
INVALID_FIELD_STYLE = f"border: 1px solid {ERROR}; background: {ERROR_BG};"


def colour_css(colour: str, bold: bool = False) -> str:
    """A widget's own style sheet for text in one of the colours above (e.g. a status line turning red)."""
    return f"color: {colour};" + (" font-weight: 600;" if bold else "")


def message_css(colour: str, background: str) -> str:
    """A label shown as a coloured message box (the result of a check)."""
    return f"QLabel {{ color: {colour}; background: {background}; padding: 4px 8px; }}"


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "fieldeval.svg")))
