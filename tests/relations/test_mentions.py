from decimal import Decimal

import pytest

from extract.relations.engine import load_rules
from extract.relations.mentions import rank_mentions


@pytest.mark.parametrize("sentence, found", [
    ("Home prices rose fastest in the district.", [("fastest", 1, (17, 24))]),
    # the rules are case-blind: the word gate in front of them must be too
    ("Home prices ROSE FASTEST in the district.", [("FASTEST", 1, (17, 24))]),
    ("It took the NO. 2 spot.", [("NO. 2", 2, (12, 17))]),
    ("Home prices rose faster in the district.", []),
])
def test_rank_mentions_case_blind(sentence, found):
    _, rank_rules = load_rules()
    got = [(q.text, q.value, q.span) for q in rank_mentions(sentence, [], rank_rules)]
    assert got == [(text, Decimal(value), span) for text, value, span in found]
