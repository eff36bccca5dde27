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
