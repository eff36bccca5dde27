from extract.relations.engine import Claims, claim, compile_rule


def rule(rule_id: str, pattern: str, **extra) -> dict:
    return {"id": rule_id, "pattern": pattern, "measure": "level", **extra}


class Unreachable:
    """A pattern that fails the test if the engine runs it."""

    def finditer(self, *args):
        raise AssertionError("a rule after the winning one was run")


def test_claims_come_in_file_order_with_every_matching_rule():
    rules = [compile_rule(rule("a.to", r"\bto\s+{Q}")),
             compile_rule(rule("b.other", r"\bother\s+{Q}")),
             compile_rule(rule("c.any", r"{Q}"))]
    masked = "Sales rose to ⟦0⟧ from ⟦1⟧."
    units = [("count", "count"), ("count", "count")]
    found = claim(masked, units, rules)
    assert [c.rule.id for c in found[0]] == ["a.to", "c.any"]
    assert [c.rule.id for c in found[1]] == ["c.any"]
    assert [c.rule.id for c in Claims(masked, units, rules).of(0)] == ["a.to", "c.any"]


def test_rules_after_the_one_taken_are_not_run():
    rules = [compile_rule(rule("a.to", r"\bto\s+{Q}")), compile_rule(rule("z.late", r"{Q}"))]
    rules[1].pattern = Unreachable()
    claims = Claims("Sales rose to ⟦0⟧.", [("count", "count")], rules)
    first = next(claims.of(0))
    assert first.rule.id == "a.to" and first.match.group("q") == "⟦0⟧"


def test_a_rule_whose_needed_word_is_absent_is_not_run():
    rules = [compile_rule(rule("a.share", r"share\s+of\s+{Q}", needs=["share"]))]
    rules[0].pattern = Unreachable()
    assert claim("Sales rose to ⟦0⟧.", [("count", "count")], rules) == {}
