"""The one master regex of the finder, built from the lexicons at import.

A single left-to-right scan finds, at each position, the first of: something that is not a
quantity (dates, times, phones, licences, versions, ages, names: consumed and dropped), a rank,
a multiplier of change, or a quantity (currency prefix, numeral, scale, unit, and an optional
second half of a range). Quantifiers are possessive or bounded, so no input backtracks
catastrophically.
"""

from __future__ import annotations

import regex

from . import lexicon

WS = r"[ \t\u00a0\u2009\u202f]"  # horizontal space, including the non-breaking ones of page dumps


def _words(key: str) -> list[str]:
    return list(lexicon.numbers()[key])


def word_number() -> str:
    """A run of number words: "twenty-one", "one hundred and six", "two thirds"."""
    cardinals = lexicon.alternation(_words("cardinals"), fold=False)
    multipliers = lexicon.alternation(_words("multipliers"), fold=False)
    scales = lexicon.alternation(_words("scales"), fold=False)
    fractions = lexicon.alternation(_words("fractions"), fold=False)
    after_a = rf"(?:hundred|thousand|million|billion|trillion|dozen|{fractions})\b"
    start = rf"(?:{cardinals}|a(?={WS}+{after_a})|half|quarter(?={WS}+{scales}))"
    cont = rf"(?:{cardinals}|{multipliers}|{scales}|{fractions}|point|a(?={WS}+{after_a}))"
    join = rf"(?:{WS}*-{WS}*|{WS}++)"
    and_after_scale = rf"(?<=(?:hundred|thousand|illion|lakhs?|crores?|dozens?)){WS}+and{WS}+"
    and_fraction = rf"{WS}+and{WS}+(?=(?:a|one|two|three|four|five|six|seven|eight|nine){WS}+{fractions}\b)"
    body = rf"\b{start}\b(?:(?:{join}|{and_after_scale}|{and_fraction}){cont}\b)*+"
    return rf"(?i:(?:(?:minus|negative){WS}+)?{body})"


def digit_number(lenient: bool) -> str:
    """A numeral in digits, in any grouping style; "1 234" with plain spaces only if lenient."""
    space_groups = r"\d{1,3}(?:[\u00a0\u2009\u202f]\d{3}(?!\d))++"
    if lenient:
        space_groups = r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d))++"
    else:
        space_groups += r"|\d{1,3}(?: \d{3}(?![\d,.]\d|\d)){1,}+"
    unicode_fractions = "".join(lexicon.numbers()["unicode_fractions"])
    return (
        rf"(?:\d{{1,3}}{WS}+\d{{1,2}}/\d{{1,3}}(?![/\d])"  # 2 1/4
        rf"|\d{{1,6}}/\d{{1,6}}(?![/\d])"  # 3/4
        rf"|\d{{1,3}}(?:\.\d{{3}}(?!\d)){{2,}}+(?:,\d++)?"  # 1.234.567,5
        rf"|(?:\d{{1,2}}(?:,\d\d(?!\d))++,\d{{3}}(?!\d)"  # 12,34,567
        rf"|\d{{1,3}}(?:,\d{{3}}(?!\d))++"  # 1,234,567
        rf"|{space_groups}"
        rf"|\d++)(?:\.\d++)?(?:[eE][-+]?\d{{1,3}}(?![\w]))?[{unicode_fractions}]?"
        rf"|\.\d++"
        rf"|[{unicode_fractions}])"
    )


def currency_prefix() -> str:
    exact, folded = lexicon.currency_prefixes()
    letters = [p for p in exact if p[-1].isalpha()]
    symbols = [p for p in exact if not p[-1].isalpha()]
    # a code written with letters must end at a word boundary: "RMB 5", "Rs.5", not "RMBS5"
    return (rf"(?:{lexicon.alternation(folded, fold=True)}|{lexicon.alternation(symbols, fold=False)}"
            rf"|{lexicon.alternation(letters, fold=False)}(?![a-z])\.?)")


def unit_words(denominator: bool = False) -> str:
    """Units after a numeral; as a denominator ("$70 a barrel") only physical, timeless ones."""
    names, symbols = lexicon.unit_table()
    if denominator:
        names = {k: u for k, u in names.items() if u.kind == "physical" and not u.offset}
        symbols = {k: u for k, u in symbols.items() if u.kind == "physical" and not u.offset}
    plain = [n for n in names if "#" not in n]
    bracketed = "|".join(rf"[(\[{{<]{regex.escape(s)}[)\]}}>]" for s in symbols if s.isalpha())
    return (rf"(?:{lexicon.alternation(plain, fold=True)}(?![\p{{L}}])"
            rf"|{lexicon.alternation(symbols, fold=False)}(?![\p{{L}}\d])"
            rf"|{bracketed})")


def scale_words() -> str:
    items = lexicon.numbers()["scale_abbreviations"]["items"]
    spelled = [i["text"] for i in items if len(i["text"]) > 2 and not i.get("case")]
    short = [i["text"] for i in items if len(i["text"]) <= 2 and not i.get("case")]
    cased = [i["text"] for i in items if i.get("case")]
    return (rf"(?:{WS}*+-?{WS}*+(?i:{'|'.join(sorted(spelled, key=len, reverse=True))})\b"
            rf"|{WS}?(?i:{'|'.join(sorted(short, key=len, reverse=True))})(?![\p{{L}}\d])"
            rf"|(?:{'|'.join(sorted(cased, key=len, reverse=True))})(?![\p{{L}}\d]))")


def master(lenient: bool = False) -> regex.Pattern:
    ctx = lexicon.context()
    number = rf"(?:{digit_number(lenient)}|{word_number()})"
    unit = unit_words()
    den = unit_words(denominator=True)
    prefix, scale = currency_prefix(), scale_words()

    def quantity_part(c: str, s: str, n: str, k: str, u: str, d: str) -> str:
        return (
            rf"(?:(?P<{c}>{prefix}){WS}*+)?(?P<{s}>[-\u2212](?=\d)|(?i:minus|negative){WS}+(?=\d))?(?P<{n}>{number})"
            rf"(?P<{k}>{scale})?"
            rf"(?:{WS}*+-?{WS}*+(?P<{u}>{unit}))?"
            rf"(?:{WS}*+(?:/|per|a|an){WS}*+(?P<{d}>{den}))?"
        )

    first = quantity_part("cur", "sign", "num", "scale", "unit", "den")
    second = quantity_part("cur2", "sign2", "num2", "scale2", "unit2", "den2")
    range_sep = rf"(?P<sep>{WS}*+(?:-|\u2013|\u2014|~){WS}*+(?!to\b)|{WS}*+-?{WS}*+(?:to|and){WS}++)"
    pct_of = rf"(?P<pctof>(?i:per{WS}?cents?|percents?){WS}+of{WS}+(?P<pctnum>{number}))"
    boundary = r"(?<![\p{L}\p{N}_.,/\-'])"
    parts = [rf"{boundary}(?P<q>{first}(?:{range_sep}{second})?)", pct_of]
    if lenient:  # every ordinal is a number to a numeral reader, and "1 over 3" a fraction
        over = rf"(?P<over>(?P<over_a>{number}){WS}+(?i:over|out{WS}+of){WS}+(?P<over_b>{number}))"
        parts.insert(0, rf"{boundary}{over}")
        parts.append(rf"(?P<rank>\b(?P<ordinal>{ordinal()})\b)")
    else:
        parts = [rf"(?P<skip>{skips(ctx)})", rf"(?P<rank>{ranks(ctx)})", rf"(?P<chg>{changes(ctx)})"] + parts
    return lexicon.compile_pattern("|".join(parts), regex.V1)


MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")


def skips(ctx: dict) -> str:
    """What looks like a number but is not a quantity (the rules not.* of quantities_v1)."""
    d = r"(?<![\d.,])"
    names = lexicon.alternation(ctx["name_words"], fold=False)
    return "|".join([
        rf"\b{MONTHS}{WS}+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?{WS}+\d{{4}}\b)?",  # March 5, 2019
        rf"{d}\d{{1,2}}(?:st|nd|rd|th)?{WS}+(?:of{WS}+)?{MONTHS}(?:,?{WS}+\d{{4}}\b)?",  # 5 March
        rf"\b{MONTHS}{WS}+\d{{4}}\b",  # March 2019
        rf"{d}\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?!\d)",  # 2019-03-05
        rf"{d}\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}(?!\d)",  # 5/17/2018
        rf"{d}\d{{1,2}}(?:[:.]\d{{2}}){{1,2}}{WS}*(?i:[ap]\.?m\b\.?)",  # 10.30 am
        rf"{d}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)",  # 10:30
        rf"{d}\d{{1,2}}{WS}*(?i:[ap]\.m\.|[ap]m\b|o'clock)",  # 6pm
        r"\+\d{1,3}(?:[ \-]?\(?\d{1,4}\)?){2,5}+",  # +86 20 8888 1234
        rf"\(\d{{2,5}}\){WS}?\d{{3,4}}[-\s]?\d{{3,4}}",  # (020) 8123-4567
        rf"{d}\d{{3}}-\d{{3,4}}-\d{{4}}(?!\d)|{d}0\d{{2,3}}-\d{{7,8}}(?!\d)",
        r"(?i:\bICP|\blicen[cs]e|\bpermit|\bregistration)[^\n\d]{0,24}+[\w-]*\d[\w-]*+",
        rf"(?i:\bv(?:ersion)?\.?{WS}?)\d+(?:\.\d+)*+|{d}\d+(?:\.\d+){{2,}}+",  # 2.3.1
        rf"{d}\d{{1,3}}(?:-|{WS}){{0,1}}(?i:years?|yrs?)(?:-|{WS})old",  # 54-year-old
        rf"(?i:\baged?){WS}+\d{{1,3}}\b",
        rf"(?<![\p{{L}}]){names}{WS}?\d+[A-Za-z]?\b(?![.,]\d)",  # Line 3, Group of 20
    ])


def ordinal() -> str:
    words = lexicon.alternation(lexicon.numbers()["ordinals"], fold=True)
    return rf"(?:{words}|\d{{1,3}}(?:st|nd|rd|th))"


def ranks(ctx: dict) -> str:
    """Ordinals and superlatives in rank contexts (rules rank.*)."""
    ordinal_ = ordinal()
    verbs = lexicon.alternation(ctx["rank_verbs"], fold=True)
    sup = lexicon.alternation(ctx["rank_superlatives"], fold=True)
    scopes = lexicon.alternation(ctx["rank_scopes"], fold=True)
    small = r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    return "|".join([
        rf"(?<=\b{verbs}{WS}+(?:(?i:the|at|in|joint){WS}+)?)"
        rf"(?P<rk_verb>{ordinal_}|(?i:highest|top|lowest|last)(?!{WS}*\d))(?![\w-])",
        rf"\b(?P<rk_ord>{ordinal_})(?:-|{WS}+)(?:(?i:most){WS}+)?{sup}\b",
        rf"\b(?P<rk_no>No\.{WS}?\d{{1,3}}|(?i:number){WS}+{small})\b(?![.,/]\d|{WS}+[A-Z])",
        rf"(?<=\b(?i:the){WS}+)(?P<rk_sup>(?i:largest|biggest|highest|greatest|most populous))\b"
        rf"(?=(?:{WS}+[\w-]+){{0,3}}?{WS}+{scopes}\b)",
    ])


def changes(ctx: dict) -> str:
    """Multipliers of change: doubled, fourfold, 2.5-fold, 2.5 times (rules change.*)."""
    words = lexicon.alternation(ctx["change_words"], fold=True)
    folds = lexicon.alternation(ctx["fold_words"], fold=True)
    cues = lexicon.alternation(ctx["times_cues"], fold=True)
    verbs = lexicon.alternation(ctx["change_verbs"], fold=True)
    num = rf"\d{{1,4}}(?:\.\d+)?|{word_number()}"
    return "|".join([
        rf"\b(?P<chg_word>{words}|{folds})\b",
        rf"(?<![\w.])(?P<chg_fold>{num}){WS}*-?{WS}*(?i:fold)\b",
        rf"(?<=\b{verbs}{WS}+(?:(?i:by|nearly|about|almost|more{WS}+than|over){WS}+)?)"
        rf"(?P<chg_times>{num}){WS}+(?i:times)\b",
        rf"(?<![\w.])(?P<chg_times2>{num}){WS}+(?i:times)(?={WS}+{cues}\b)",
    ])


def lead_words() -> frozenset[str]:
    """Lower-cased words that can begin a match of the master regex (the candidate scan)."""
    n, c = lexicon.numbers(), lexicon.context()
    words = set(n["cardinals"]) | set(n["ordinals"]) | set(n["fractions"]) | set(n["scales"])
    words |= {"a", "an", "half", "quarter", "minus", "negative", "per", "percent", "percents",
              "no", "number", "top", "highest", "lowest", "last", "icp", "licence", "license",
              "permit", "registration", "v", "version", "aged", "age", "the"}
    words |= {w.lower() for w in c["rank_superlatives"]} | {"most"}
    words |= {w.split()[0].lower() for w in c["name_words"]}
    words |= set(c["change_words"]) | set(c["fold_words"])
    words |= {m.lower() for m in regex.findall(r"[A-Za-z]+", MONTHS)}
    exact, folded = lexicon.currency_prefixes()
    for prefix in list(exact) + list(folded):
        m = regex.match(r"[A-Za-z]+", prefix)
        if m:
            words.add(m.group().lower())
    return frozenset(words)


def candidates() -> regex.Pattern:
    """Where a match can begin: a digit, a symbol before one, or a word (checked in lead_words)."""
    exact, _ = lexicon.currency_prefixes()
    symbols = "".join(sorted({p[0] for p in exact if not p[0].isalpha()}))
    fractions = "".join(lexicon.numbers()["unicode_fractions"])
    return regex.compile(
        rf"\d[\d,.]*|[{regex.escape(symbols)}{fractions}]|[-\u2212+.(](?=\d)"
        r"|(?<![^\W\d_])[A-Za-z][A-Za-z']{0,11}(?![^\W\d_])")
