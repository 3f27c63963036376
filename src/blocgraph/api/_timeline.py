"""A timeline of membership spells as inline SVG: one row per counterpart (a body on a state's
page, a member on a body's page), one bar per spell, coloured by role, open spells running to
today.

Example:
    >>> svg = timeline_svg([Spell("CIS", "CIS", "member", "1991-12-21", None)], today="2026-12-03")
    >>> svg.startswith("<svg") and 'data-row="CIS"' in svg and "1991" in svg
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

#: Colour per role (ColorBrewer "Dark2"-like, readable on white; suspended/frozen warm).
ROLE_COLOURS = {
    "member": "#1f4e79",
    "participating_state": "#1f4e79",
    "associate_member": "#4a7fb0",
    "observer": "#7aa6c2",
    "dialogue_partner": "#1b9e77",
    "partner": "#1b9e77",
    "candidate": "#a6761d",
    "suspended": "#d95f02",
    "frozen": "#e7298a",
}
_LABEL_WIDTH = 190
_WIDTH = 880
_ROW = 20
_TOP = 22


@dataclass(frozen=True, slots=True)
class Spell:
    """One bar: the row it sits on (its key and shown label), the role and the dates as written
    (``2004``, ``2004-06``, ``2004-06-01``); ``end`` None while the spell lasts."""

    row: str
    label: str
    role: str
    start: str
    end: str | None


def _year(text: str, *, end: bool = False) -> float:
    """A partial ISO date as a fractional year; a bare year or month ends at its end."""
    parts = [int(p) for p in text.split("-")[:3]]
    year = parts[0]
    if len(parts) == 1:
        return year + (1.0 if end else 0.0)
    month = parts[1]
    if len(parts) == 2:
        return year + (month if end else month - 1) / 12
    return year + (month - 1) / 12 + (parts[2] - 1) / 365


def _clip(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def timeline_svg(spells: Sequence[Spell], today: str) -> str:
    """The spells as an SVG timeline ``_WIDTH`` pixels wide; empty string when there are none."""
    spells = [s for s in spells if s.start[:4].isdigit()]  # a snapshot row has no start
    if not spells:
        return ""
    rows: dict[str, str] = {}
    for spell in sorted(spells, key=lambda s: (s.start, s.row)):
        rows.setdefault(spell.row, spell.label)
    now = _year(today)
    first = min(_year(s.start) for s in spells)
    first = float(int(first) - int(first) % 5)
    span = max(now - first, 1.0)
    plot = _WIDTH - _LABEL_WIDTH - 10

    def x(year: float) -> float:
        return _LABEL_WIDTH + (min(year, now) - first) / span * plot

    height = _TOP + _ROW * len(rows) + 6
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {_WIDTH} {height}"'
        f' width="{_WIDTH}" height="{height}" role="img" aria-label="Timeline of every spell">'
    ]
    step = 5 if span <= 40 else 10
    tick = first
    while tick <= now:
        parts.append(
            f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{_TOP - 4}" y2="{height}" '
            'stroke="#d6dbe1"/>'
            f'<text x="{x(tick):.1f}" y="{_TOP - 8}" font-size="11" text-anchor="middle" '
            f'fill="#5b6673">{int(tick)}</text>'
        )
        tick += step
    index = {row: i for i, row in enumerate(rows)}
    for row, label in rows.items():
        y = _TOP + _ROW * index[row]
        parts.append(
            f'<text x="{_LABEL_WIDTH - 8}" y="{y + 14}" font-size="12" text-anchor="end" '
            f'fill="#1d2733">{escape(_clip(label))}</text>'
        )
    for spell in spells:
        y = _TOP + _ROW * index[spell.row] + 3
        left = x(_year(spell.start))
        right = x(_year(spell.end) if spell.end else now)
        colour = ROLE_COLOURS.get(spell.role, "#5b6673")
        until = spell.end or "today"
        title = f"{spell.label}: {spell.role.replace('_', ' ')} {spell.start} – {until}"
        parts.append(
            f'<rect data-row="{escape(spell.row, quote=True)}" data-role="{spell.role}" '
            f'x="{left:.1f}" y="{y}" width="{max(right - left, 2):.1f}" height="{_ROW - 6}" '
            f'rx="2" fill="{colour}"><title>{escape(title)}</title></rect>'
        )
    parts.append("</svg>")
    return "".join(parts)
