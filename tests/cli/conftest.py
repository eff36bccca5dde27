import gzip
import json
import subprocess
import sys
from types import SimpleNamespace

import pytest

CLI = [sys.executable, "-c", "from extract.cli import main; main()"]


def gzip_bomb(path, size: int) -> None:
    """`size` bytes of zeros as a multi-member gzip: one 64 MB member written repeatedly,
    so a 2 GB bomb takes a fraction of a second to build and about 130 KB per GB on disk."""
    member = gzip.compress(bytes(64 << 20), compresslevel=9)
    with open(path, "wb") as fh:
        for _ in range(size // (64 << 20)):
            fh.write(member)


@pytest.fixture
def helpers(news_text):
    """The helpers, as a fixture so that tests need no import of a conftest module."""

    def write_jsonl(path, n: int, start: int = 0) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(start, start + n):
                fh.write(json.dumps({"id": f"n{i}", "text": news_text(i),
                                     "pub_date": "2019-07-01"}) + "\n")

    return SimpleNamespace(CLI=CLI, news_text=news_text, write_jsonl=write_jsonl,
                           gzip_bomb=gzip_bomb)


@pytest.fixture
def cli(tmp_path):
    def run(*args, stdin: bytes | None = None, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([*CLI, "run", *map(str, args)], input=stdin, capture_output=True,
                              timeout=600, cwd=tmp_path, **kwargs)
    return run
