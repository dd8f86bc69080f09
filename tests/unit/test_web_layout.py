"""The web app's layout: a feature never imports another feature, and every visible string lives in the
message catalogues, which hold the same messages in every language."""

import json
import re
from pathlib import Path

import pytest

WEB_SRC = Path(__file__).resolve().parents[2] / "web" / "src"
FEATURES = sorted(p.name for p in (WEB_SRC / "features").iterdir() if p.is_dir())
IMPORT = re.compile(r"""(?:import|from)\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]""")


def sources(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.suffix in {".ts", ".tsx"}]


@pytest.mark.parametrize("feature", FEATURES)
def test_a_feature_never_imports_another(feature):
    folder = WEB_SRC / "features" / feature
    crossing = []
    for path in sources(folder):
        for match in IMPORT.finditer(path.read_text()):
            target = match.group(1) or match.group(2)
            if target.startswith("."):
                resolved = (path.parent / target).resolve()
                inside = resolved.is_relative_to((WEB_SRC / "features").resolve())
                if inside and not resolved.is_relative_to(folder.resolve()):
                    crossing.append(f"{path.relative_to(WEB_SRC)} imports {target}")
    assert not crossing


def keys(tree: dict, prefix: str = "") -> set[str]:
    """Message keys with plural suffixes folded, since languages have different plural forms."""
    found = set()
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            found |= keys(value, f"{name}.")
        else:
            found.add(re.sub(r"_(zero|one|two|few|many|other)$", "", name))
    return found


def test_every_language_has_every_message():
    catalogues = {p.stem: json.loads(p.read_text()) for p in (WEB_SRC / "locales").glob("*.json")}
    english = keys(catalogues["en"])
    for language, catalogue in catalogues.items():
        assert keys(catalogue) == english, (language, sorted(keys(catalogue) ^ english)[:20])


def test_ukrainian_plurals_have_their_three_forms():
    def plural_stems(tree: dict, prefix: str = "") -> dict[str, set[str]]:
        stems: dict[str, set[str]] = {}
        for key, value in tree.items():
            if isinstance(value, dict):
                for stem, forms in plural_stems(value, f"{prefix}{key}.").items():
                    stems.setdefault(stem, set()).update(forms)
            elif m := re.match(r"(.+)_(one|few|many|other)$", key):
                stems.setdefault(f"{prefix}{m.group(1)}", set()).add(m.group(2))
        return stems

    ukrainian = plural_stems(json.loads((WEB_SRC / "locales" / "uk.json").read_text()))
    incomplete = {stem: forms for stem, forms in ukrainian.items() if not {"one", "few", "many"} <= forms}
    assert not incomplete
