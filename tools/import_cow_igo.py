"""Convert the Correlates of War IGO data v3 (as shipped in the R package igoR) once into the
compact files under ``data/layers/cow-igo-v3/``; the build reads those, never the ``.rda``.

Source: ``data/igo_year_format3.rda`` and ``data/states2016.rda`` of the public repository
``dieghernan/igoR`` (GPL >= 3; the COW data itself is free to use with citation of Pevehouse,
Nordstrom, McManus & Jamison 2020). Read with ``rdata`` (PyPI), an optional tools dependency:
``pip install -e '.[tools]'``.

What it writes:
- ``organisations.csv``: one row per organisation (ioname, key, names, founded, dead year, …);
- ``spells.csv.gz``: every (organisation, state, role) state-year run collapsed into a spell with
  its first and last observed year, how it ended and whether it is censored by the data's end
  (2014 = "observed until 2014", neither ended nor ongoing);
- ``states.csv``: the COW state columns with their ccode and the ISO3 code used here.

Observations are every five years up to 1965 and yearly after, so a spell runs over consecutive
*observations* of its organisation, not calendar years. Run from the project root:
``python tools/import_cow_igo.py --rda-dir DIR`` (DIR holds the two ``.rda`` files).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "layers" / "cow-igo-v3"
LAST_YEAR = 2014
ROLES = {1: "member", 2: "associate_member", 3: "observer"}
END_BY_CODE = {0: "left", -1: "state-not-in-system", -9: "missing-data"}

#: COW state columns whose ISO3 cannot come from the state's name, or that change over time.
#: (first year, last year, ISO3 or "" = no code in this project) — checked against states2016.
ISO3_BY_STATE: dict[str, list[tuple[int, int, str]]] = {
    "russia": [(1816, 1921, ""), (1922, 1991, "SUN"), (1992, 9999, "RUS")],
    "yugoslaviaserb": [
        (1816, 1917, ""),
        (1918, 1991, "YUG"),
        (1992, 2005, "SCG"),
        (2006, 9999, "SRB"),
    ],
    "czechoslovakia": [(1816, 9999, "CSK")],
    "egermany": [(1816, 9999, "DDR")],
    "wgermany": [(1816, 9999, "DEU")],
    "syemen": [(1816, 9999, "YMD")],
    "nyemen": [(1816, 9999, "YEM")],  # ISO 3166 YE was the Yemen Arab Republic's code
    "zaire": [(1816, 9999, "COD")],
    "ivorycoast": [(1816, 9999, "CIV")],
    "capeverde": [(1816, 9999, "CPV")],
    "etimor": [(1816, 9999, "TLS")],
    "fyromacedonia": [(1816, 9999, "MKD")],
    "kosovo": [(1816, 9999, "XKX")],
    "zanzibar": [(1816, 9999, "XZN")],
    "stkitts": [(1816, 9999, "KNA")],
    "stlucia": [(1816, 9999, "LCA")],
    "stvincent": [(1816, 9999, "VCT")],
    "swaziland": [(1816, 9999, "SWZ")],
    "turkey": [(1816, 9999, "TUR")],
    "antiguabarbuda": [(1816, 9999, "ATG")],
    "brunei": [(1816, 9999, "BRN")],
    "austriahungary": [(1816, 9999, "")],
    "korea": [(1816, 9999, "")],  # the Korean Empire before 1910
    "svietnam": [(1816, 9999, "")],  # Republic of Vietnam, 1954-1975
    "papalstates": [(1816, 9999, "")],
}
HISTORIC_GERMAN_ITALIAN = {
    "baden",
    "bavariaelect",
    "hanover",
    "hesseelect",
    "hessegrand",
    "mecklenburg",
    "modena",
    "parma",
    "saxony",
    "tuscany",
    "twosicilies",
    "wurtenburg",
}


def body_key(ioname: str) -> str:
    """The store key of a COW organisation: upper case, letters and digits, at most 12."""
    return re.sub(r"[^A-Z0-9]", "", ioname.upper())[:12]


def _iso3_for(state: str, name: str, year: int, known: set[str]) -> str:
    if state in HISTORIC_GERMAN_ITALIAN:
        return ""
    for first, last, code in ISO3_BY_STATE.get(state, []):
        if first <= year <= last:
            return code
    import pycountry

    code = str(pycountry.countries.lookup(name).alpha_3)
    if code not in known:
        raise SystemExit(f"{state} ({name}) -> {code}, not in data/states.csv: add it")
    return code


def _num(value: Any) -> int | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else int(number)  # NaN


def _text(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def read_frames(rda_dir: Path) -> tuple[Any, Any]:
    """The IGO-year and states2016 data frames."""
    import rdata  # type: ignore[import-not-found]  # optional: pip install -e '.[tools]'

    igo = rdata.read_rda(rda_dir / "igo_year_format3.rda")["igo_year_format3"]
    states = rdata.read_rda(rda_dir / "states2016.rda")["states2016"]
    return igo, states


def convert(igo: Any, states: Any, known: set[str]) -> tuple[list[dict[str, Any]], ...]:
    """Organisations, spells and state rows from the two data frames."""
    state_rows = states.drop_duplicates("state")
    info = {str(r.state): (int(r.ccode), str(r.statenme)) for r in state_rows.itertuples()}
    columns = [c for c in igo.columns if str(c) in info]
    organisations: list[dict[str, Any]] = []
    spells: list[dict[str, Any]] = []
    for ioname, frame in igo.groupby("ioname", sort=True):
        frame = frame.sort_values("year")
        first = frame.iloc[0]
        dead = _num(first["deaddate"])
        organisations.append(
            {
                "ioname": ioname,
                "key": body_key(str(ioname)),
                "orgname": _text(first["orgname"]),
                "longorgname": _text(first["longorgname"]),
                "founded": _num(first["sdate"]) or "",
                "dead": dead or "",
                "ionum": _num(first["ionum"]) or "",
                "political": _num(first["political"]) or 0,
                "social": _num(first["social"]) or 0,
                "economic": _num(first["economic"]) or 0,
                "first_observed": int(frame["year"].min()),
                "last_observed": int(frame["year"].max()),
            }
        )
        years = [int(y) for y in frame["year"]]
        for state in columns:
            codes = [_num(v) for v in frame[state]]
            ccode, name = info[str(state)]
            spells.extend(_runs(str(ioname), str(state), ccode, name, years, codes, dead, known))
    state_out = [
        {
            "cow_state": s,
            "ccode": info[str(s)][0],
            "name": info[str(s)][1],
            "iso3": ";".join(
                sorted(
                    {
                        _iso3_for(str(s), info[str(s)][1], y, known)
                        for y in (1900, 1950, 1990, 2000, 2010)
                    }
                    - {""}
                )
            ),
        }
        for s in columns
    ]
    return organisations, spells, state_out


def _runs(
    ioname: str,
    state: str,
    ccode: int,
    name: str,
    years: list[int],
    codes: list[int | None],
    dead: int | None,
    known: set[str],
) -> list[dict[str, Any]]:
    """Maximal runs of one role (and one ISO3 code) over consecutive observations."""
    runs: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for year, code in zip(years, codes, strict=True):
        role = ROLES.get(code) if code is not None else None
        iso3 = _iso3_for(state, name, year, known) if role else ""
        if current and (role != current["role"] or iso3 != current["iso3"]):
            current["next_observed"] = year
            current["ended_by"] = (
                "role-change" if role else END_BY_CODE.get(code if code is not None else -9, "left")
            )
            if role and iso3 != current["iso3"]:
                current["ended_by"] = "state-succession"
            runs.append(current)
            current = None
        if role and current is None:
            current = {
                "ioname": ioname,
                "cow_state": state,
                "ccode": ccode,
                "iso3": iso3,
                "role": role,
                "first_year": year,
            }
        if current:
            current["last_year"] = year
    if current:
        censored = current["last_year"] >= LAST_YEAR
        current["next_observed"] = ""
        current["ended_by"] = "censored" if censored else "organisation-ended"
        if not censored and dead is None:
            current["ended_by"] = "observations-end"
        runs.append(current)
    for run in runs:
        run["censored"] = "yes" if run["ended_by"] == "censored" else ""
    return runs


SPELL_FIELDS = [
    "ioname",
    "cow_state",
    "ccode",
    "iso3",
    "role",
    "first_year",
    "last_year",
    "next_observed",
    "ended_by",
    "censored",
]


def write(
    out: Path,
    organisations: list[dict[str, Any]],
    spells: list[dict[str, Any]],
    states: list[dict[str, Any]],
) -> None:
    """Write the three files (the spells gzipped with a fixed mtime: same input, same bytes)."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "organisations.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(organisations[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(organisations)
    with (out / "states.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(states[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(states)
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=SPELL_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(spells, key=lambda s: (s["ioname"], s["cow_state"], s["first_year"])))
    with gzip.GzipFile(out / "spells.csv.gz", "wb", mtime=0) as gz:
        gz.write(text.getvalue().encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``--rda-dir DIR`` holding igo_year_format3.rda and states2016.rda."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rda-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with (ROOT / "data" / "states.csv").open(encoding="utf-8") as handle:
        known = {row["iso3"] for row in csv.DictReader(handle)}
    igo, states = read_frames(args.rda_dir)
    organisations, spells, state_rows = convert(igo, states, known)
    write(args.out, organisations, spells, state_rows)
    print(
        f"{len(organisations)} organisations, {len(spells)} spells -> {args.out}", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
