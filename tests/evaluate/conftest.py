"""Builders of hand-made gold and predicted records for the protocol tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.evaluate.gold import GoldDocument, GoldRecord
from extract.model import Record


def gold_record(value, unit="percent", indicator="gdp growth", measure="level",
                entity="Chengdu", period="2018", base_period=None, qualifier=None, **raw):
    return GoldRecord(entity=entity, indicator=indicator, measure=measure,
                      value=Decimal(str(value)), unit=unit, qualifier=qualifier, period=period,
                      base_period=base_period, evidence=raw.pop("evidence", ""), raw=raw)


def pred_record(value, unit="percent", indicator="gdp growth", measure="level",
                entity="Chengdu", period="2018", base_period=None, qualifier=None,
                doc_id="d1", rule="r1", **extra):
    return Record(doc_id=doc_id, entity=entity, indicator=indicator, measure=measure,
                  value=Decimal(str(value)), unit=unit, span=(0, 0), sentence=(0, 0), text="",
                  rule=rule, period=period, base_period=base_period, qualifier=qualifier,
                  **extra)


def gold_doc(records, doc_id="d1", text=None, main_lines=(), neutral_lines=()):
    return GoldDocument(doc_id=doc_id, source=f"corpus/{doc_id}.txt", pub_date=None,
                        main_lines=list(main_lines), neutral_lines=list(neutral_lines),
                        records=list(records), text=text)


@pytest.fixture
def make():
    class Builders:
        gold = staticmethod(gold_record)
        pred = staticmethod(pred_record)
        doc = staticmethod(gold_doc)
    return Builders
