"""Make the web fonts the pages serve (``src/blocgraph/api/static/fonts/``): subsets, as WOFF2,
of fonts from Debian packages, covering the scripts of the graph's names, so that Chinese,
Arabic and Cyrillic names render on a client without such fonts. No CDN, nothing at run time.

- ``noto-sans.woff2``: Noto Sans (SIL OFL 1.1; Debian ``fonts-noto-core``) — Latin, Latin-1,
  Latin Extended-A/B, Greek, Cyrillic and general punctuation.
- ``noto-sans-arabic.woff2``: Noto Sans Arabic (SIL OFL 1.1; ``fonts-noto-core``) — Arabic.
- ``droid-sans-fallback-cjk.woff2``: Droid Sans Fallback (Apache 2.0; ``fonts-droid-fallback``),
  cut to the CJK characters the built graph's labels use (a full CJK font is megabytes).

Run after the data gains names in new characters::

    apt-get install fonts-noto-core fonts-droid-fallback
    pip install fonttools brotli
    PYTHONPATH=src python tools/make_fonts.py [--store var/store]
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from fontTools import subset

from blocgraph.api._entity import _LANGUAGE_NAMES
from blocgraph.config import get_settings
from blocgraph.store import Store

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "blocgraph" / "api" / "static" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
LATIN_CYRILLIC = "U+0000-024F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20AC,U+2122"
ARABIC = "U+0600-06FF,U+0750-077F,U+FB50-FDFF,U+FE70-FEFF"
LABELS = """SELECT DISTINCT ?label WHERE {
    { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }
    UNION { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?label }
}"""


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def _subset(source: Path, target: Path, unicodes: str) -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
    subsetter.subset(font)
    subset.save_font(font, str(target), options)
    print(f"{target.name}: {target.stat().st_size} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=get_settings().store)
    args = parser.parse_args()
    store = Store.open(args.store)
    text = "".join(str(row["label"]) for row in store.select(LABELS))
    text += "".join(_LANGUAGE_NAMES.values())
    cjk = sorted({c for c in text if _is_cjk(c)})
    TARGET.mkdir(parents=True, exist_ok=True)
    _subset(NOTO / "NotoSans-Regular.ttf", TARGET / "noto-sans.woff2", LATIN_CYRILLIC)
    _subset(NOTO / "NotoSansArabic-Regular.ttf", TARGET / "noto-sans-arabic.woff2", ARABIC)
    ranges = ",".join(f"U+{ord(c):04X}" for c in cjk)
    _subset(DROID, TARGET / "droid-sans-fallback-cjk.woff2", ranges)
    shutil.copy(Path("/usr/share/doc/fonts-noto-core/copyright"), TARGET / "COPYRIGHT-noto.txt")
    shutil.copy(
        Path("/usr/share/doc/fonts-droid-fallback/copyright"), TARGET / "COPYRIGHT-droid.txt"
    )
    (TARGET / "cjk-unicode-range.txt").write_text(ranges + "\n")
    print(f"{len(cjk)} CJK characters")


if __name__ == "__main__":
    main()
