"""Rules must be general: code and rule files never name the seed article's particulars."""

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "extract"
PARTICULARS = ("guangzhou", "new three board", "ntb enterprises", "china-guangzhou")


def package_files():
    return sorted(p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix != ".pyc")


def test_the_package_has_files_to_check():
    assert any(p.suffix == ".py" for p in package_files())


@pytest.mark.parametrize("path", package_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_seed_particulars_in_code_or_rules(path):
    text = path.read_text(encoding="utf-8", errors="ignore").lower()
    for word in PARTICULARS:
        assert word not in text, f"{path} names the seed's particular {word!r}"
