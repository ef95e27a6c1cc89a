"""Draw FieldEval's application icon with Pillow: resources/icons/fieldeval.png (256 px) and
fieldeval.ico (16–256 px, for the Windows executable, installer and file association).

If ``resources/icons/fieldeval.svg`` exists it is the source (rendered with QtSvg, offscreen);
otherwise the icon is drawn here: a clipboard with a check mark and the character 评.
Run after changing the design:  .venv/bin/python packaging/make_icons.py
"""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZE = 256
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
CJK_FONTS = ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
             "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/msyh.ttc"]


def from_svg(svg: Path) -> Image.Image:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QtSvg needs an application
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(buf.data()))).convert("RGBA")


def drawn() -> Image.Image:
    scale = 4  # draw large, then downsample: smooth edges without an anti-aliasing library
    s = SIZE * scale
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    u = s / 256
    d.rounded_rectangle([8 * u, 8 * u, 248 * u, 248 * u], radius=48 * u, fill=(22, 93, 170, 255))
    # the clipboard sheet and its clip
    d.rounded_rectangle([56 * u, 44 * u, 200 * u, 220 * u], radius=14 * u, fill=(255, 255, 255, 255))
    d.rounded_rectangle([96 * u, 30 * u, 160 * u, 60 * u], radius=10 * u, fill=(245, 166, 35, 255))
    font_path = next((f for f in CJK_FONTS if Path(f).exists()), None)
    if font_path:
        font = ImageFont.truetype(font_path, int(92 * u))
        d.text((128 * u, 116 * u), "评", font=font, fill=(22, 93, 170, 255), anchor="mm")
    else:  # no CJK font on this machine: three ruled lines instead of the character
        for y in (90, 116, 142):
            d.rounded_rectangle([78 * u, y * u, 178 * u, (y + 10) * u], radius=5 * u, fill=(22, 93, 170, 255))
    # the check mark
    d.line([(84 * u, 180 * u), (114 * u, 204 * u), (172 * u, 156 * u)], fill=(46, 160, 67, 255),
           width=int(18 * u), joint="curve")
    return img.resize((SIZE, SIZE), Image.LANCZOS)


def main() -> int:
    ICONS.mkdir(parents=True, exist_ok=True)
    svg = ICONS / "fieldeval.svg"
    img = from_svg(svg) if svg.exists() else drawn()
    img.save(ICONS / "fieldeval.png")
    img.save(ICONS / "fieldeval.ico", sizes=ICO_SIZES)
    print(f"wrote {ICONS / 'fieldeval.png'} and {ICONS / 'fieldeval.ico'} ({'from SVG' if svg.exists() else 'drawn'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
