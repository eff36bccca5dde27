"""Fixtures shared by every test folder."""

import pytest


def _news_text(i: int) -> str:
    """A small page dump with a headline, two article lines with figures and a share widget;
    `i` varies the figures so that every document is distinct."""
    return (f"Regional output grows\n"
            f"Output in the region rose {i % 17 + 1}.{i % 10} percent to {i * 13 + 7} million "
            f"dollars in 2019, the statistics office said on Monday.\n"
            f"Share this article\n"
            f"Exports fell {i % 5 + 2} percent from a year earlier, while imports reached "
            f"{i + 100} billion yuan over the first half.\n")


@pytest.fixture
def news_text():
    return _news_text


@pytest.fixture(autouse=True, scope="session")
def _private_cache_folder(tmp_path_factory):
    """Command-line runs keep derived data in the user's cache folder: in tests, a temporary
    one, so the suite leaves nothing in the home folder."""
    import os

    folder = tmp_path_factory.mktemp("cache")
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield folder
    if saved is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = saved
