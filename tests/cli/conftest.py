import gzip
import json
import subprocess
import sys
from types import SimpleNamespace

import pytest

CLI = [sys.executable, "-c", "from extract.cli import main; main()"]


def news_text(i: int) -> str:
    return (f"Regional output grows\n"
            f"Output in the region rose {i % 17 + 1}.{i % 10} percent to {i * 13 + 7} million "
            f"dollars in 2019, the statistics office said on Monday.\n"
            f"Share this article\n"
            f"Exports fell {i % 5 + 2} percent from a year earlier, while imports reached "
            f"{i + 100} billion yuan over the first half.\n")


def write_jsonl(path, n: int, start: int = 0) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps({"id": f"n{i}", "text": news_text(i),
                                 "pub_date": "2019-07-01"}) + "\n")


def gzip_bomb(path, size: int) -> None:
    """`size` bytes of zeros as a multi-member gzip: one 64 MB member written repeatedly,
    so a 2 GB bomb takes a fraction of a second to build and about 130 KB per GB on disk."""
    member = gzip.compress(bytes(64 << 20), compresslevel=9)
    with open(path, "wb") as fh:
        for _ in range(size // (64 << 20)):
            fh.write(member)


@pytest.fixture
def helpers():
    """The helpers above, as a fixture so that tests need no import of a conftest module."""
    return SimpleNamespace(CLI=CLI, news_text=news_text, write_jsonl=write_jsonl,
                           gzip_bomb=gzip_bomb)


@pytest.fixture
def cli(tmp_path):
    def run(*args, stdin: bytes | None = None, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([*CLI, "run", *map(str, args)], input=stdin, capture_output=True,
                              timeout=600, cwd=tmp_path, **kwargs)
    return run
