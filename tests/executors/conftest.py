import pytest

from extract.io.jobs import Job
from extract.model import Document


def news_text(i: int) -> str:
    return (f"Regional output grows\n"
            f"Output in the region rose {i % 17 + 1}.{i % 10} percent to {i * 13 + 7} million "
            f"dollars in 2019, the statistics office said on Monday.\n"
            f"Share this article\n"
            f"Exports fell {i % 5 + 2} percent from a year earlier, while imports reached "
            f"{i + 100} billion yuan over the first half.\n")


@pytest.fixture
def jobs():
    def make(n: int) -> list[Job]:
        return [Job(Document(doc_id=f"d{i}", text=news_text(i), source=f"d{i}.txt"))
                for i in range(n)]
    return make
