"""Generate ``data/layers/catalogue.csv``: every organisation of the curated data, COW IGO v3
and the final Factbook as one entity, with the mapping between them.

Inputs: ``data/bodies.csv`` (curated, keys kept as they are), ``data/layers/cow-igo-v3/
organisations.csv`` and ``data/layers/factbook-2026-01/participation.csv``. Identity between the
three is decided here, in the tables below: a Factbook abbreviation and a COW ioname are the same
organisation when they read the same once upper-cased without punctuation (checked by eye against
COW's names: the exceptions are in ``NOT_SAME``), or when listed in ``SAME``. Every row says how
its identity was established (``identity``) and, where doubtful, why (``note``).

Run from the project root: ``python tools/make_catalogue.py``.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
OUT = DATA / "layers" / "catalogue.csv"

#: curated key → COW ioname (same organisation; notes where the spans differ)
CURATED_COW = {
    "ANDEAN": (
        "Andean",
        "COW dates the Andean Pact from 1970; curated from the 1969 Cartagena Agreement",
    ),
    "APEC": ("APEC", ""),
    "ARCTIC": ("ArticC", ""),
    "ASEAN": ("ASEAN", ""),
    "AU": ("AU", ""),
    "CICA": ("CICA", "COW dates CICA from 2006 (its secretariat); curated from 1999"),
    "ACS": ("ACS", ""),
    "CDB": ("CDB", ""),
    "CEFTA": ("CEFTA", "COW codes the first CEFTA (1992); curated with its 2006 successor as one"),
    "CMEA": ("CMEA", ""),
    "COLOMBOPLAN": ("COLOMBO", ""),
    "ACTO": ("AmCC", "COW's Amazonian Cooperation Council is the Treaty's council, the same eight"),
    "CEI": ("CEI", ""),
    "CIS": ("CIS", ""),
    "COE": ("COE", ""),
    "COMMONWEALTH": (
        "ComSec",
        "COW codes the Commonwealth Secretariat (1965); curated from the London Declaration (1949)",
    ),
    "BSEC": ("BSEC", ""),
    "CARICOM": ("CARICOM", ""),
    "CBSS": ("CBSS", ""),
    "COI": (
        "IOCom",
        "COW dates the Indian Ocean Commission from 1982 (Port Louis); curated from 1984",
    ),
    "CPLP": ("CPSC", ""),
    "CSTO": ("CSTO", "COW codes the organisation from 2002; curated from the 1992 treaty"),
    "EAC": (
        "EAC",
        "COW dates the EAC from 1996 (the Permanent Tripartite Commission's secretariat); "
        "curated from the 2000 treaty; COW codes the first EAC (1967-1977) as EACM",
    ),
    "COMESA": ("COMESA", ""),
    "D8": ("D8", ""),
    "ECCAS": ("ECCAS", "COW dates ECCAS from 1981; curated from the 1983 treaty"),
    "ECO": ("ECO", ""),
    "EFTA": ("EFTA", ""),
    "EURASEC": ("EAEC", "COW dates the Eurasian Economic Community from 2000 (the treaty)"),
    "ICC": (
        "ICC",
        "the International Criminal Court; the Factbook's ICC is the Chamber of Commerce",
    ),
    "IEA": ("IEA", ""),
    "LCBC": ("LCBC", ""),
    "IFAS": (
        "AralSea",
        "COW dates the Fund from 1997 (its merger with the ICWC); curated from 1993",
    ),
    "IGAD": ("IGAD", "COW codes IGADD (drought and development, 1986) as the same organisation"),
    "ECOWAS": ("ECOWAS", ""),
    "EU": ("EU", "COW codes the EEC/EC (1958-1992) as a separate organisation, EEC"),
    "GCC": ("GCC", ""),
    "LAS": ("LOAS", ""),
    "MERCOSUR": ("Mercosur", ""),
    "OECS": ("OECS", ""),
    "NATO": ("NATO", ""),
    "OAS": ("OAS", "COW codes the Pan American Union from 1890 as the same organisation"),
    "NORDICC": ("NordC", ""),
    "NONALIGNED": ("NAM", "COW codes the NAM's spells to 2014 only"),
    "OECD": ("OECD", ""),
    "OIC": ("OIC", ""),
    "OPEC": ("OPEC", ""),
    "IORA": ("IORARC", "COW codes it under its former name, IOR-ARC"),
    "OSCE": ("OSCE", ""),
    "PIF": ("PIF", ""),
    "SAARC": ("SAARC", ""),
    "SADC": ("SADC", "COW codes the SADCC (1980-1992) as a separate organisation, SADCC"),
    "SICA": ("SICA", ""),
    "SCO": ("SCO", "COW codes the Shanghai Five from 1996 as the same organisation"),
    "UN": ("UN", ""),
    "WARSAWPACT": ("WPact", ""),
    "WAEMU": ("UEMOA", "COW's ioname is the French acronym"),
    "WASSENAAR": ("Wassen", ""),
    "WEU": ("WEU", ""),
    "WTO": ("WTO", "not COW's WTOURO, the World Tourism Organization, also abbreviated WTO"),
}
#: curated key → Factbook abbreviation, where they differ
CURATED_FACTBOOK = {
    "ANDEAN": "CAN",
    "ARCTIC": "Arctic Council",
    "CARICOM": "Caricom",
    "COE": "CE",
    "COMMONWEALTH": "C",
    "D8": "D-8",
    "EURASEC": "EAEC",
    "G7": "G-7",
    "ICC": "ICCt",
    "COI": "InOC",
    "G20": "G-20",
    "MERCOSUR": "Mercosur",
    "NORDICC": "NC",
    "NONALIGNED": "NAM",
    "PACALLIANCE": "Pacific Alliance",
    "WASSENAAR": "Wassenaar Arrangement",
    "AUSGROUP": "Australia Group",
    "ZANGGER": "ZC",
    "COLOMBOPLAN": "CP",
    "QUAD": "Quad",
}
#: Factbook abbreviation → COW ioname, read differently but the same organisation
SAME = {
    "ADB": ("AsDB", "Asian Development Bank"),
    "C": ("ComSec", "the Commonwealth; COW codes its Secretariat (1965)"),
    "CP": ("COLOMBO", "Colombo Plan"),
    "NC": ("NordC", "Nordic Council"),
    "IDB": ("ISDB", "Islamic Development Bank"),
    "IOM": ("IOMig", "International Organization for Migration"),
    "UNWTO": ("WTOURO", "World Tourism Organization"),
    "ICCt": ("ICC", "International Criminal Court (the Factbook's ICC is the Chamber of Commerce)"),
    "CAN": ("Andean", "Andean Community"),
    "WAEMU": ("UEMOA", "West African Economic and Monetary Union (UEMOA in French)"),
    "G-3": ("G3", "Group of Three; COW ends it in 2006, the Factbook still lists it (doubtful)"),
    "EAEC": ("EAEC", "Eurasian Economic Community; merged into the EAEU in 2015, still listed"),
}
#: same reading, different organisations: Factbook abbreviation → why
NOT_SAME = {
    "CBI": "Factbook CBI = Caribbean Basin Initiative; COW CBI = Central Bureau of the "
    "International Map of the World (1909-1953)",
    "EPA": "Factbook EPA = an Economic Partnership Agreement; COW EPA = European Productivity "
    "Agency (1953-1961)",
    "ICC": "Factbook ICC = International Chamber of Commerce; COW ICC = International Criminal "
    "Court (Factbook ICCt)",
    "ITC": "Factbook ITC = International Trade Centre (assumed); COW ITC = International Tin "
    "Council (1956-1990)",
}
#: keys for entities whose abbreviation does not make a good key (or would collide)
KEYS = {
    ("factbook", "Arctic Council"): "ARCTIC",
    ("factbook", "ICC"): "ICCOMMERCE",  # the Chamber of Commerce; ICC is the curated Court
    ("factbook", "Australia Group"): "AUSGROUP",
    ("factbook", "Pacific Alliance"): "PACALLIANCE",
    ("factbook", "Paris Club"): "PARISCLUB",
    ("factbook", "Schengen Convention"): "SCHENGENCONV",
    ("factbook", "UN Women"): "UNWOMEN",
    ("factbook", "Union Latina"): "UNIONLATINA",
    ("factbook", "Wassenaar Arrangement"): "WASSENAAR",
    # keys that would read as a state's ISO code (GEO = Georgia) or are shorter than two letters;
    # the abbreviation stays a label, and an exact state code wins when resolving names
    ("factbook", "CAN"): "ANDEAN",
    ("factbook", "NAM"): "NONALIGNED",
    ("factbook", "BA"): "FBBA",  # the Factbook's BA, listed by Estonia, Latvia, Lithuania
    ("factbook", "CD"): "FBCD",
    ("cow", "GEO"): "EARTHOBS",
    ("cow", "BS"): "BANKSOUTH",
    ("cow", "CBI"): "CBIMAP",
    ("cow", "EPA"): "EPAGENCY",
    ("cow", "ITC"): "ITCTIN",
}

FIELDS = [
    "key",
    "name_en",
    "name_ru",
    "abbreviations",
    "founded",
    "dissolved",
    "kind",
    "wikidata",
    "curated_key",
    "cow_ioname",
    "factbook_abbreviation",
    "identity",
    "note",
]


def norm(text: str) -> str:
    """Upper case, letters and digits only."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _cow_kind(row: dict[str, str]) -> str:
    flags = [k for k in ("political", "economic", "social") if row[k] == "1"]
    return flags[0] if flags else ""


def build() -> list[dict[str, str]]:
    """The catalogue rows, curated first, then every other organisation by key."""
    curated = _read(DATA / "bodies.csv")
    cow = {r["ioname"]: r for r in _read(DATA / "layers" / "cow-igo-v3" / "organisations.csv")}
    participation = _read(DATA / "layers" / "factbook-2026-01" / "participation.csv")
    factbook = sorted({r["abbreviation"] for r in participation})
    cow_by_norm = {norm(k): k for k in cow}
    rows: list[dict[str, str]] = []
    used_cow: set[str] = set()
    used_fb: set[str] = set()
    for body in curated:
        key = body["key"]
        ioname, note = CURATED_COW.get(key, ("", ""))
        abbr = CURATED_FACTBOOK.get(key, key if key in factbook else "")
        used_cow.add(ioname)
        used_fb.add(abbr)
        rows.append(
            {
                "key": key,
                "name_en": body["name_en"],
                "name_ru": body["name_ru"],
                "abbreviations": ";".join(dict.fromkeys(a for a in (key, abbr, ioname) if a)),
                "founded": body["founded"],
                "dissolved": body["dissolved"],
                "kind": body["kind"],
                "wikidata": body["wikidata"],
                "curated_key": key,
                "cow_ioname": ioname,
                "factbook_abbreviation": abbr,
                "identity": "curated" + ("+cow" if ioname else "") + ("+factbook" if abbr else ""),
                "note": note,
            }
        )
    for abbr in factbook:
        if abbr in used_fb:
            continue
        ioname, note, identity = "", "", "factbook"
        if abbr in SAME:
            ioname, note = SAME[abbr]
            identity = "factbook+cow (listed)"
        elif norm(abbr) in cow_by_norm and abbr not in NOT_SAME:
            ioname, identity = cow_by_norm[norm(abbr)], "factbook+cow (same abbreviation)"
        elif abbr in NOT_SAME:
            note = NOT_SAME[abbr]
        if ioname in used_cow:
            ioname = ""
        used_cow.add(ioname)
        org = cow.get(ioname, {})
        rows.append(
            {
                "key": KEYS.get(("factbook", abbr), norm(abbr)[:12]),
                "name_en": org.get("longorgname") or org.get("orgname") or "",
                "name_ru": "",
                "abbreviations": ";".join(dict.fromkeys(a for a in (abbr, ioname) if a)),
                "founded": org.get("founded", ""),
                "dissolved": org.get("dead", ""),
                "kind": _cow_kind(org) if org else "",
                "wikidata": "",
                "curated_key": "",
                "cow_ioname": ioname,
                "factbook_abbreviation": abbr,
                "identity": identity,
                "note": note,
            }
        )
    for ioname, org in sorted(cow.items()):
        if ioname in used_cow:
            continue
        rows.append(
            {
                "key": KEYS.get(("cow", ioname), org["key"]),
                "name_en": org["longorgname"] or org["orgname"],
                "name_ru": "",
                "abbreviations": ioname,
                "founded": org["founded"],
                "dissolved": org["dead"],
                "kind": _cow_kind(org),
                "wikidata": "",
                "curated_key": "",
                "cow_ioname": ioname,
                "factbook_abbreviation": "",
                "identity": "cow",
                "note": "",
            }
        )
    keys = [r["key"] for r in rows]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise SystemExit(f"duplicate catalogue keys: {duplicates}: add them to KEYS")
    states = _read(DATA / "states.csv")
    codes = {r["iso3"] for r in states} | {r["iso2"] for r in states if r["iso2"]}
    clashes = sorted(r["key"] for r in rows if not r["curated_key"] and r["key"] in codes)
    short = sorted(r["key"] for r in rows if not re.fullmatch(r"[A-Z0-9]{2,12}", r["key"]))
    if clashes or short:
        raise SystemExit(f"keys that read as state codes {clashes} or malformed {short}: KEYS")
    return rows


def main() -> int:
    """Write the catalogue."""
    rows = build()
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} organisations -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
