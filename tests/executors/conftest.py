import pytest

from extract.io.jobs import Job
from extract.model import Document


@pytest.fixture
def jobs(news_text):
    def make(n: int) -> list[Job]:
        return [Job(Document(doc_id=f"d{i}", text=news_text(i), source=f"d{i}.txt"))
                for i in range(n)]
    return make
