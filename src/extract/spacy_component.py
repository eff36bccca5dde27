"""The spaCy component: `nlp.add_pipe("extract_indicators")` puts the document's indicator
records on `doc._.indicators`, as plain dicts (RECORDS.md fields), never Span objects, so docs
pickle across `nlp.pipe(n_process=2)`.

It runs the same per-document pipeline as `extract run` (`pipeline.process`) on `doc.text`, so
both give the same records; spaCy's tokens are not used (the rules scan text with `regex`).
`doc._.doc_id` and `doc._.pub_date`, when set before the component runs, name the document and
give its publication date; the factory's `pub_date` is the fallback, as `--pub-date` is.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .model import Document
from .pipeline import Config, process

EXTENSIONS = ("indicators", "doc_id", "pub_date", "main_lines")


def register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class IndicatorComponent:
    """Thin wrapper: Doc -> Document -> `process` -> dicts on the Doc."""

    def __init__(self, name: str = "extract_indicators", pub_date: str | None = None,
                 taxonomy: str | None = None):
        register_extensions()
        self.name = name
        self.config = Config(pub_date=pub_date, taxonomy=taxonomy)

    def __call__(self, doc: Doc) -> Doc:
        document = Document(doc_id=doc._.doc_id or "", text=doc.text, pub_date=doc._.pub_date)
        result = process(document, self.config)
        if result.status != "ok":
            raise RuntimeError(f"extract_indicators failed on {document.doc_id!r}: "
                               f"{result.error}")
        doc._.indicators = [record.to_dict() for record in result.records]
        doc._.main_lines = list(result.main_lines)
        return doc


@Language.factory(
    "extract_indicators",
    default_config={"pub_date": None, "taxonomy": None},
)
def make_indicator_component(nlp: Language, name: str, pub_date: str | None,
                             taxonomy: str | None) -> IndicatorComponent:
    return IndicatorComponent(name=name, pub_date=pub_date, taxonomy=taxonomy)


register_extensions()
