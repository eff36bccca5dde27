import json
from decimal import Decimal

from extract.model import RECORD_FIELDS, Document, Line, Quantity, Record, to_json_number


def make_record(**over):
    values = dict(
        doc_id="d", entity="Lagos", indicator="port throughput", measure="level",
        value=Decimal("4.926E+9"), unit="CNY", span=(3, 8), sentence=(0, 20), text="4.926",
        rule="level.x", qualifier="nearly", period="2016",
    )
    values.update(over)
    return Record(**values)


def test_record_dict_has_exactly_the_contract_fields():
    assert tuple(make_record().to_dict()) == RECORD_FIELDS


def test_record_json_round_trip_keeps_exact_values():
    record = make_record(value=Decimal("4926000000"), value_max=Decimal("0.1"))
    text = record.to_json()
    assert '"value": 4926000000' in text
    assert '"value_max": 0.1' in text
    back = Record.from_dict(json.loads(text))
    assert back == record


def test_whole_decimal_in_exponent_form_is_written_as_an_integer():
    assert to_json_number(Decimal("4.926E+9")) == 4926000000
    assert isinstance(to_json_number(Decimal("1.2E+9")), int)
    assert to_json_number(Decimal("3.25")) == 3.25


def test_quantity_round_trip():
    q = Quantity(text="61 percent", span=(10, 20), value=Decimal("61"), unit="percent",
                 kind="percent", qualifier="nearly")
    back = Quantity.from_dict(json.loads(json.dumps(q.to_dict())))
    assert back == q


def test_document_and_line_round_trip():
    doc = Document(doc_id="a", text="x\ny", source="a.txt", pub_date="2017-01-02")
    assert Document.from_dict(doc.to_dict()) == doc
    line = Line(number=2, start=2, end=3, text="y", keep=True, reason="body")
    assert Line.from_dict(line.to_dict()) == line
