"""A bounded store of serialised answers (see :mod:`blocgraph.api._answers`).

Example:
    >>> cache = AnswerCache(max_entries=2)
    >>> cache.put(("state", "RUS", None, None), b"[]")
    >>> cache.get(("state", "RUS", None, None))
    b'[]'
"""

from __future__ import annotations

from datetime import date

Key = tuple[str, str, date | None, str | None, str]
"""(which lookup, the name as asked, the day or None for every spell, the role or None, layer)"""


class AnswerCache:
    """Answer bytes by (which, name as asked, day, role); emptied when it is full."""

    def __init__(self, max_entries: int = 20_000) -> None:
        self.max_entries = max_entries
        self._answers: dict[Key, bytes] = {}

    def get(self, key: Key) -> bytes | None:
        return self._answers.get(key)

    def put(self, key: Key, body: bytes) -> None:
        if len(self._answers) >= self.max_entries:
            self._answers.clear()  # simple and bounded: names are few, days are many
        self._answers[key] = body

    def clear(self) -> None:
        self._answers.clear()
