"""Trigger phrases of the rules: token patterns per trigger label (role nouns, membership verbs,
cooperation and proposal words) and their expansion into the fixed phrases a ``PhraseMatcher``
looks for.
"""

from __future__ import annotations

from typing import Any

# Trigger patterns: label → list of token patterns (lower-case text).
_W = dict[str, Any]


def _low(*words: str) -> _W:
    return {"LOWER": {"IN": list(words)}}


_PATTERNS: dict[str, list[list[_W]]] = {
    "role:member": [
        [
            _low("member", "members", "member-state", "member-states"),
            {**_low("state", "states", "country", "countries", "nation", "nations"), "OP": "?"},
        ],
        [
            _low(
                "член",
                "члена",
                "членом",
                "члены",
                "членами",
                "членов",
                "государство-член",
                "государства-члены",
                "государств-членов",
            )
        ],
        [_low("membership")],
        # founders are members (docs/extraction.md): "учредители ОИС: A, B", "founders of O"
        [
            _low(
                "founders",
                "учредитель",
                "учредителем",
                "учредители",
                "учредителями",
                "учредителей",
                "основатели",
                "основателями",
                "основателей",
                "основателем",
                "соучредителем",
                "соучредителей",
                "государства-учредители",
                "государств-учредителей",
                "государствами-учредителями",
                "страны-учредители",
                "стран-учредителей",
                "странами-учредителями",
            )
        ],
        # "other EU states like A, B", "BRICS countries such as A": read only with a body's
        # name right before and a list right after (``_membership._role``)
        [_low("states", "countries", "nations")],
        [_low("страны", "стран", "странам", "странами", "странах")],
        [_low("государства", "государств", "государствам", "государствами")],
    ],
    "role:associate": [[_low("associate"), _low("member", "members")]],
    "role:observer": [
        [_low("наблюдатель", "наблюдателем", "наблюдателя", "наблюдатели")],
        [
            _low("observer", "observers"),
            {**_low("state", "states", "country", "countries", "status"), "OP": "?"},
        ],
    ],
    "role:dialogue": [
        [
            _low("dialogue"),
            _low("partner", "partners"),
            {**_low("state", "states", "country", "countries", "status"), "OP": "?"},
        ],
    ],
    "role:partner": [
        [
            _low("partner", "partners"),
            _low("country", "countries", "state", "states", "nation", "nations", "status"),
        ],
        [_low("partner", "partners")],
    ],
    "join": [
        [_low("join", "joins", "joined", "joining", "rejoined", "rejoins", "re-joined")],
        [
            _low(
                "вступила",
                "вступил",
                "вступили",
                "вступило",
                "присоединилась",
                "присоединился",
                "присоединились",
            )
        ],
    ],
    "accede": [
        [_low("acceded", "accedes", "accede", "acceding"), _low("to")],
        [_low("accession")],
    ],
    "admit": [
        [
            _low(
                "admitted",
                "admits",
                "admit",
                "admission",
                "accepted",
                "accept",
                "accepts",
                "readmitted",
                "re-admitted",
                "addition",
            )
        ]
    ],
    "added": [[_low("added"), _low("to")]],
    "withdraw": [
        [_low("withdrew", "withdraws", "withdraw", "withdrawn", "withdrawing", "withdrawal")],
        [_low("вышла", "вышел", "вышли", "вышло"), _low("из")],
        [_low("pulled", "pulls", "pull"), _low("out")],
    ],
    "leftverb": [
        [_low("left")],
        [_low("quit", "quits")],
        [_low("exited", "exits", "exit")],
    ],
    "terminate": [
        [_low("ceased", "stopped"), _low("participating")],
        [
            _low(
                "terminated",
                "ended",
                "renounced",
                "relinquished",
                "revoked",
                "ceased",
                "discontinued",
            ),
            {**_low("its", "their", "the"), "OP": "?"},
            _low("membership", "participation"),
        ],
    ],
    "expel": [[_low("expelled", "expels", "expel", "expulsion")]],
    "end": [[_low("ended", "lapsed", "expired", "terminated", "revoked", "cancelled", "canceled")]],
    "suspend": [[_low("suspended", "suspends", "suspend", "suspension")]],
    "freeze": [[_low("froze", "frozen", "freezes", "freeze", "freezing")]],
    "include": [
        [
            _low(
                "includes",
                "include",
                "included",
                "comprises",
                "comprise",
                "comprised",
                "comprising",
                "encompasses",
                "unites",
                "uniting",
                "unite",
                "groups",
                "grouping",
                "gathers",
                "including",
                "adding",
                "admitting",
                "incorporating",
            )
        ],
        [_low("consists", "consisted", "consisting", "composed"), _low("of")],
        [_low("made"), _low("up"), _low("of")],
        [_low("brings", "brought", "bringing"), _low("together")],
    ],
    "coop": [
        [
            _low(
                "cooperation",
                "cooperate",
                "cooperates",
                "cooperated",
                "cooperating",
                "collaboration",
                "collaborate",
                "collaborates",
                "collaborated",
                "interaction",
                "interacts",
                "interacted",
                "сотрудничество",
                "сотрудничества",
                "сотрудничеству",
                "сотрудничестве",
                "сотрудничеством",
                "сотрудничает",
                "сотрудничают",
            )
        ],
        [_low("co"), {"ORTH": "-"}, _low("operation", "operate", "operates", "operated")],
    ],
    "propose": [
        [
            _low(
                "proposed",
                "proposes",
                "propose",
                "proposing",
                "launched",
                "launches",
                "launch",
                "initiated",
                "initiates",
                "unveiled",
                "unveils",
                "advanced",
                "advances",
                "championed",
                "champions",
                "promoted",
                "promotes",
                "promote",
                "promoting",
                "advocated",
                "advocates",
                "advocate",
                "created",
                "create",
                "creates",
                "creating",
                "build",
                "builds",
                "built",
                "establish",
                "establishes",
                "established",
                "realize",
                "realise",
                "realizes",
                "realises",
                "implement",
                "implements",
                "implemented",
                "conceived",
                "develop",
                "develops",
                "developing",
                "form",
                "forming",
                "предложил",
                "предложила",
                "выдвинул",
                "создаст",
                "создать",
            )
        ],
        [_low("put", "puts", "putting"), _low("forward")],
        [
            _low("bring", "brings", "brought", "bringing"),
            _low("into", "to"),
            _low("reality", "life", "being"),
        ],
        [_low("put", "puts"), _low("into"), _low("practice")],
        [_low("called", "calls", "call"), _low("for")],
        [_low("came", "come", "comes"), _low("up"), _low("with")],
    ],
}


def _phrases(pattern: list[_W]) -> list[tuple[str, ...]]:
    """Every word sequence a token pattern (``LOWER``/``ORTH`` alternatives, optional tokens)
    stands for."""
    phrases: list[tuple[str, ...]] = [()]
    for token in pattern:
        spec = token.get("LOWER", token.get("ORTH"))
        words = list(spec["IN"]) if isinstance(spec, dict) else [str(spec)]
        grown = [(*p, w) for p in phrases for w in words]
        phrases = grown + phrases if token.get("OP") == "?" else grown
    return [p for p in phrases if p]
