"""Text for both backends: Pillow's bundled scalable font (Aileron, Pillow ≥ 10.1), its metrics
for layout, and wrapping.

The bundled font covers ASCII only, so PNG text is folded to ASCII ("Côte d'Ivoire" →
"Cote d'Ivoire", "—" → "-"); SVG keeps the original text.

Example:
    >>> ascii_text("Côte d'Ivoire — 3 × 4")
    "Cote d'Ivoire - 3 x 4"
    >>> wrap("one two three four", size=10, width=60)
    ['one two', 'three four']
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from PIL import ImageFont

#: What SVG viewers use; Aileron first so the layout (measured with it) fits best.
FONT_FAMILY = "Aileron, 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif"

_REPLACEMENTS = {
    "—": "-",
    "–": "-",
    "−": "-",
    "×": "x",
    "≥": ">=",
    "≤": "<=",
    "∩": "&",
    "·": "-",
    "•": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "ı": "i",
    "ø": "o",
    "Ø": "O",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "ð": "d",
    "þ": "th",
    "ł": "l",
    "Ł": "L",
}
_MEASURE_SIZE = 100


def ascii_text(text: str) -> str:
    """``text`` with accents dropped and typographic signs replaced by ASCII."""
    replaced = "".join(_REPLACEMENTS.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", replaced)
    return "".join(ch for ch in decomposed if ord(ch) < 128)


@lru_cache(maxsize=64)
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled font at ``size`` pixels (no system fonts needed)."""
    return ImageFont.load_default(size=max(1, size))


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width to reserve for ``text`` at font ``size`` (picture units): Aileron's advance width
    with room for the wider fonts an SVG viewer may use instead (Arial and Liberation Sans run
    about 5 % wider, 9 % in bold)."""
    measured = font(_MEASURE_SIZE).getlength(ascii_text(text))
    return float(measured) * size / _MEASURE_SIZE * (1.12 if bold else 1.07)


def wrap(text: str, *, size: float, width: float, bold: bool = False) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width`` (a single long word stays
    whole)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines
