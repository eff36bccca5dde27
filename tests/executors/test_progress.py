import io

from extract.executors.progress import ProgressReport
from extract.model import DocumentResult


def result(n_chars: int) -> DocumentResult:
    return DocumentResult(doc_id="d", source="s", status="ok", n_chars=n_chars)


def test_quiet_when_not_on_a_terminal():
    stream = io.StringIO()
    report = ProgressReport(3, stream=stream)
    report.advance(result(1000))
    report.advance(result(500))
    report.close()
    assert not report.enabled and stream.getvalue() == ""
    assert (report.docs, report.chars) == (2, 1500)
    assert report.rate() > 0


def test_bar_shows_documents_and_records_when_enabled():
    stream = io.StringIO()
    report = ProgressReport(2, enabled=True, stream=stream)
    report.advance(result(10))
    report._bar.refresh()
    report.close()
    assert "1/2 docs" in stream.getvalue() and "records" in stream.getvalue()
