"""The ``relations:KEY`` measure of the map: each state of a continent coloured by its strongest
tie with KEY on the day (:func:`blocgraph.analysis.strongest_ties`, in the order of
:data:`blocgraph.analysis.TIE_ORDER`), KEY itself marked. The drawing is in ``_map``.
"""

from __future__ import annotations

import difflib
from datetime import date

from blocgraph._constants import PARTY_BODIES
from blocgraph.analysis import (
    TIE_LABELS,
    TIE_ORDER,
    MembershipData,
    Tie,
    continent_states,
    resolve_region,
    strongest_ties,
)
from blocgraph.lookup import RelationsSnapshot
from blocgraph.viz import _palette as pal
from blocgraph.viz._map_measures import _Analysis, _Class, _StateValue

PREFIX = "relations:"


def relation_key(data: MembershipData, measure: str) -> str:
    """The state (or party body) code of a ``relations:KEY`` measure, KEY in any case.

    Raises:
        ValueError: no KEY, or no state has that code; the message says what to give.
    """
    text = measure.removeprefix(PREFIX).strip()
    if not text:
        raise ValueError(
            "relations:KEY needs a state: give its ISO 3166 alpha-3 code, e.g. relations:RUS"
        )
    wanted = text.upper()
    if wanted in data.state_names or wanted in PARTY_BODIES:
        return wanted
    close = difflib.get_close_matches(wanted, sorted(data.state_names), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(PREFIX + c for c in close)}?" if close else ""
    raise ValueError(
        f"relations:{text}: no state has the code {text!r}; give an ISO 3166 alpha-3 code "
        f"such as relations:RUS, relations:CHN{hint}"
    )


def _label(tie: str, key: str) -> str:
    return TIE_LABELS[tie].format(key=key)


#: How a weaker tie that holds as well is named in a tooltip ("also …").
_ALSO = {
    "treaty_promise": "another treaty promise",
    "partnership": "declared partnership",
    "diplomatic": "diplomatic relations",
}


def _what(tie: Tie) -> str:
    """The tie in words: the legend's label, the promises named for a treaty promise."""
    if tie.tie == "treaty_promise":
        return "treaty promise of " + ", ".join(k.replace("_", "-") for k in tie.kinds)
    return _label(tie.tie, tie.key)


def _tooltip(name: str, iso3: str, tie: Tie) -> str:
    basis = [*tie.treaties, *(f"“{label}”" for label in tie.labels)]
    text = f"{name} ({iso3}): {_what(tie)}"
    text += f" — {', '.join(basis)}" if basis else ""
    if tie.also:
        text += f"; also {', '.join(_ALSO.get(t, _label(t, tie.key)) for t in tie.also)}"
    return text


def relations_analysis(
    data: MembershipData,
    snapshot: RelationsSnapshot,
    continent: str,
    as_of: date | None,
    measure: str,
) -> _Analysis:
    """What the map shows under ``relations:KEY``: a value, class and tooltip per state.

    Raises:
        ValueError: an unknown continent or KEY.
    """
    key = relation_key(data, measure)
    code = resolve_region(data, continent)
    region = data.region_names[code]
    day = as_of or date.today()
    states = continent_states(data, code)
    ties = strongest_ties(snapshot, key, day)
    key_name = data.state_names.get(key) or data.body_names.get(key, key)
    analysis = _Analysis(region, code, day, [], f"{PREFIX}{key}", (), {}, [], "", "")
    classes = {t: _Class(t, _label(t, key), pal.TIE_COLOURS[t]) for t in TIE_ORDER}
    itself = _Class("key", f"{key_name} itself", pal.TIE_COLOURS["key"])
    for iso3 in sorted(states):
        name = data.state_names.get(iso3, iso3)
        tie = ties.get(iso3)
        what = "the state whose ties are shown" if iso3 == key else f"no tie with {key} recorded"
        if iso3 == key:
            cls, value, text = itself, "key", f"{name} ({iso3}): {what}"
        elif tie is None:
            cls, value, text = classes["none"], "none", f"{name} ({iso3}): {what}"
        else:
            cls, value, text, what = (
                classes[tie.tie],
                tie.tie,
                _tooltip(name, iso3, tie),
                _what(tie),
            )
        cls.states += 1
        attrs = {"data-tie": what}
        if tie is not None and tie.treaties:
            attrs["data-treaties"] = " ".join(tie.treaties)
        analysis.values[iso3] = _StateValue(
            iso3, name, (), value, cls, value == "none", text, attrs
        )
    shown = [c for c in classes.values() if c.states or c.key == "none"]
    analysis.classes = [*([itself] if itself.states else []), *shown]
    promised = sum(classes[t].states for t in TIE_ORDER[:4])
    defence = sum(classes[t].states for t in TIE_ORDER[:3])
    others = len(states) - itself.states
    analysis.legend_title = (
        f"Strongest tie with {key_name} ({key}) in force on {day.isoformat()}, strongest first"
    )
    analysis.title = (
        f"{region}: ties with {key_name} as of {day.isoformat()} — {promised} of {others} "
        f"states under a treaty promise with it, {defence} of them a defence promise"
    )
    analysis.subtitle = [
        "Each state's strongest tie: defence promise (mutual, or one way from or to "
        f"{key}) > other treaty promise > declared partnership > diplomatic relations > none "
        "recorded. A treaty counts from its entry into force for both parties, not its signing.",
        "Curated layer only (data/relations): diplomatic relations are curated for a few pairs, "
        "so “no tie recorded” does not mean no relations.",
        "Grey: not a UN member or observer state (Kosovo, Taiwan …), or a territory."
        if code == "001"
        else f"Grey: outside {region}, or not a UN member or observer state (Kosovo, Taiwan …).",
    ]
    analysis.context_label = "not counted" if code == "001" else f"outside {region} / not counted"
    analysis.gap_label = f"No tie with {key} recorded"
    treaties = sorted({t for tie in ties.values() if tie.state in states for t in tie.treaties})
    analysis.footnote = (
        "Treaties behind the promises shown: "
        + "; ".join(
            f"{t}: {snapshot.treaties[t].title}" if t in snapshot.treaties else t for t in treaties
        )
        + "."
        if treaties
        else f"No treaty promise with {key} in force in {region} on {day.isoformat()}."
    )
    analysis.data_credit = (
        "blocgraph curated relations (treaties, declared partnerships, diplomatic relations, "
        "each sourced)"
    )
    return analysis
