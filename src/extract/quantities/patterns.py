"""The one master regex of the finder, built from the lexicons at import.

A single left-to-right scan finds, at each position, the first of: something that is not a
quantity (dates, times, phones, licences, versions, ages, names: consumed and dropped), a rank,
a multiplier of change, or a quantity (currency prefix, numeral, scale, unit, and an optional
second half of a range). Quantifiers are possessive or bounded, so no input backtracks
catastrophically.
"""

from __future__ import annotations

import re

import regex

from . import lexicon

WS = r"[ \t\u00a0\u2009\u202f]"  # horizontal space, including the non-breaking ones of page dumps


def _words(key: str) -> list[str]:
    return list(lexicon.numbers()[key])


def word_number(lenient: bool = False) -> str:
    """A run of number words: "twenty-one", "one hundred and six", "two thirds". The numeral
    reader also takes "a" before any word ("a gallon": dropped again when no unit follows) and
    "three million, two hundred & forty"."""
    cardinals = lexicon.alternation(_words("cardinals"), fold=False)
    multipliers = lexicon.alternation(_words("multipliers"), fold=False)
    scales = lexicon.alternation(_words("scales"), fold=False)
    fractions = lexicon.alternation(_words("fractions"), fold=False)
    after_a = rf"(?:hundred|thousand|million|billion|trillion|dozen|{fractions})\b"
    a_start = rf"an?(?={WS}+[A-Za-z])" if lenient else rf"a(?={WS}+{after_a})"
    start = rf"(?:{cardinals}|{a_start}|half|quarter(?={WS}+{scales}))"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    after_tens = "|".join(f"(?<={t}[- ])" for t in tens.split("|"))  # fixed-width for `re`
    compound_ordinal = rf"(?:{after_tens})(?:firsts?|seconds?)"  # "three twenty-firsts"
    cont = (rf"(?:{cardinals}|{multipliers}|{scales}|{fractions}|point|a(?={WS}+{after_a})"
            rf"|{compound_ordinal})")
    join = rf"(?:{WS}*-{WS}*|{WS}++)"
    after_scale = "|".join(f"(?<={w})" for w in ("hundred", "thousand", "illion", "lakh",
                                                    "lakhs", "crore", "crores", "dozen", "dozens"))
    joiner = rf"{WS}+(?:and|&){WS}+|,{WS}+" if lenient else rf"{WS}+and{WS}+"
    and_after_scale = rf"(?:{after_scale})(?:{joiner})"
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
    mixed = ""
    if lenient:  # "3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred"
        scale = r"(?i:hundred|thousand|million|billion|trillion|lakhs?|crores?)\b"
        part = rf"(?:\d{{1,3}}(?!\d)|{word_number()})"
        mixed = (rf"\d{{1,3}}{WS}+{scale}(?:(?:{WS}+and)?{WS}+{part}(?:{WS}+{scale})?)++"
                 rf"(?!{WS}*[\d.,])|")
    return (
        rf"(?:{mixed}\d{{1,3}}{WS}+\d{{1,2}}/\d{{1,3}}(?![/\d])"  # 2 1/4
        rf"|(?<!/)\d{{1,6}}/\d{{1,6}}(?![/\d])"  # 3/4
        rf"|\d{{1,3}}(?:\.\d{{3}}(?!\d)){{2,}}+(?:,\d++)?"  # 1.234.567,5
        rf"|(?:\d{{1,2}}(?:,\d\d(?!\d))++,\d{{3}}(?!\d)"  # 12,34,567
        rf"|\d{{1,3}}(?:,\d{{3}}(?!\d))++"  # 1,234,567
        rf"|{space_groups}"
        rf"|\d++)(?:\.\d++(?!\.\d))?(?:[eE][-+]?\d{{1,3}}(?![\w]))?(?:\^[-+]{{0,2}}\d{{1,3}})?"
        rf"(?:{WS}?[\u00d7x]{WS}?10(?:\^|\*\*)?[-+\u2212]?\d{{1,3}}(?!\d))?"
        rf"[{unicode_fractions}]?"
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


def unit_words(denominator: bool = False, lenient: bool = False) -> str:
    """Units after a numeral; as a denominator ("$70 a barrel") only physical, timeless ones.
    Guarded symbols ("in", "pm") count only where their condition holds."""
    names, symbols = lexicon.unit_table()
    items = lexicon.load_rules("units_v1.json")["items"]
    guarded = {g: cond for item in items for g, cond in item.get("guarded", {}).items()
               if lenient or not item.get("reader_only")}
    every_guarded = {g for item in items for g in item.get("guarded", {})}
    symbols = {k: u for k, u in symbols.items() if k not in every_guarded}
    if denominator:
        names = {k: u for k, u in names.items() if u.kind == "physical" and not u.offset}
        symbols = {k: u for k, u in symbols.items() if u.kind == "physical" and not u.offset}
    plain = [n for n in names if "#" not in n]
    extra = "".join(rf"|[(\[{{<]{regex.escape(s)}[)\]}}>]" for s in symbols if s.isalpha())
    if not denominator:
        extra += "".join(rf"|{regex.escape(g)}{cond}" for g, cond in guarded.items())
    return (rf"(?:{lexicon.alternation(plain, fold=True)}(?![^\W\d_])"
            rf"|{lexicon.alternation(symbols, fold=False)}(?!\w){extra})")


def scale_words() -> str:
    items = lexicon.numbers()["scale_abbreviations"]["items"]
    spelled = [i["text"].replace(" ", f"{WS}+") for i in items
               if len(i["text"]) > 2 and not i.get("case")]
    short = [i["text"] for i in items if len(i["text"]) <= 2 and not i.get("case")]
    cased = [i["text"] for i in items if i.get("case")]
    return (rf"(?:{WS}*+-?{WS}*+(?i:{'|'.join(sorted(spelled, key=len, reverse=True))})\b"
            rf"|{WS}?(?i:{'|'.join(sorted(short, key=len, reverse=True))})(?!\w)"
            rf"|(?:{'|'.join(sorted(cased, key=len, reverse=True))})(?!\w))")


def quantity(lenient: bool = False) -> dict[str, str]:
    """Sources of the quantity alternatives: a quantity (with an optional range), "percent of N",
    and, for the numeral reader, "1 over 3"."""
    number = rf"(?:{digit_number(lenient)}|{word_number(lenient)})"
    unit = unit_words(lenient=lenient)
    den = unit_words(denominator=True)
    prefix, scale = currency_prefix(), scale_words()
    sign_space = f"{WS}?" if lenient else ""  # "- 1 4/5" is a numeral, "a - 5" is not prose

    def quantity_part(c: str, s: str, n: str, k: str, u: str, d: str) -> str:
        return (
            rf"(?:(?P<{c}>{prefix}){WS}*+)?"
            rf"(?P<{s}>[-\u2212]{sign_space}(?=\d)|(?i:minus|negative){WS}+(?=\d))?(?P<{n}>{number})"
            rf"(?P<{k}>{scale})?"
            rf"(?:{WS}*+-?{WS}*+(?P<{u}>{unit}))?"
            rf"(?:(?:{WS}*+/|{WS}++(?:per|a|an){WS}+)(?P<{d}>{den}))?"
        )

    first = quantity_part("cur", "sign", "num", "scale", "unit", "den")
    second = quantity_part("cur2", "sign2", "num2", "scale2", "unit2", "den2")
    range_sep = (rf"(?P<sep>{WS}*+(?:-|\u2013|\u2014|~){WS}*+(?!to\b)"
                 rf"|{WS}*+-?{WS}*+(?:to|and){WS}++)")
    # no numeral starts inside a word or a number; "fb\u22121" is a unit's exponent
    boundary = r"(?<![\w.])(?<!\w\u2212)" if lenient else r"(?<![\w.,/\-'])(?<!\w\u2212)"
    out = {"q": rf"{boundary}(?P<q>{first}(?:{range_sep}{second})?)",
           "pctof": rf"(?P<pctof>(?i:per{WS}?cents?|percents?){WS}+of{WS}+(?P<pctnum>{number}))"}
    if lenient:
        out["over"] = (rf"{boundary}(?P<over>(?P<over_a>{number}){WS}+(?i:over|out{WS}+of){WS}+"
                       rf"(?P<over_b>{number}))")
    return out


def compiled(lenient: bool = False) -> dict[str, regex.Pattern]:
    """The patterns tried at a candidate position, by the kind of token found there."""
    ctx = lexicon.context()
    q = quantity(lenient)
    if lenient:  # the numeral reader: every numeral and ordinal, no not-a-quantity rules
        sources = {"number": q["over"] + "|" + q["q"], "pctof": q["pctof"],
                   "rank": rf"(?P<rank>\b(?P<ordinal>{ordinal()})\b)"}
    else:
        sources = {"number": rf"(?P<skip>{skips()})|" + q["q"], "pctof": q["pctof"],
                   "rank": rf"(?P<rank>{ranks(ctx)})", "change": rf"(?P<chg>{changes(ctx)})",
                   "skip": rf"(?P<skip>{word_skips()})"}
    return {k: lexicon.compile_pattern(v) for k, v in sources.items()}


def dispatch(lenient: bool = False) -> dict[str, tuple[str, ...]]:
    """Which patterns to try at a word: number words start quantities, ordinals ranks..."""
    n, c = lexicon.numbers(), lexicon.context()
    table: dict[str, list[str]] = {}

    def add(words, key):
        for w in words:
            table.setdefault(w.lower(), [])
            if key not in table[w.lower()]:
                table[w.lower()].append(key)

    add(list(n["cardinals"]) + ["a", "an", "half", "quarter", "minus", "negative"], "number")
    exact, folded = lexicon.currency_prefixes()
    add([m.group() for p in list(exact) + list(folded) if (m := regex.match(r"[A-Za-z]+", p))],
        "number")
    add(["percent", "percents", "per"], "pctof")
    add(list(n["ordinals"]), "rank")
    if not lenient:
        add(list(c["rank_superlatives"]) + list(c["rank_superlatives_1"])
            + ["most", "top", "highest", "lowest", "no", "number", "led"], "rank")
        add(list(c["change_words"]) + list(c["fold_words"]) + list(c["cued_change_words"]),
            "change")
        add(["icp", "licence", "license", "permit", "registration", "v", "version", "aged", "age"],
            "skip")
    return {k: tuple(v) for k, v in table.items()}


MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")


def skips() -> str:
    """Digit-first things that look like quantities and are not (rules not.* of quantities_v1);
    numbers after a month or inside a name are dropped by context.is_not_a_quantity."""
    d = r"(?<![\d.,])"
    return "|".join([
        rf"{d}\d{{1,2}}(?:st|nd|rd|th)?{WS}+(?:of{WS}+)?{MONTHS}(?:,?{WS}+\d{{4}}\b)?",  # 5 March
        rf"{d}\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?!\d)",  # 2019-03-05
        rf"{d}\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}(?!\d)",  # 5/17/2018
        rf"{d}\d{{1,2}}(?:[:.]\d{{2}}){{1,2}}{WS}*(?i:[ap]\.?m\b\.?)",  # 10.30 am
        rf"{d}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)",  # 10:30
        rf"{d}\d{{1,2}}{WS}*(?i:[ap]\.m\.|[ap]m\b|o'clock)",  # 6pm
        r"\+\d{1,3}(?:[ \-]?\(?\d{1,4}\)?){2,5}+",  # +86 20 8888 1234
        rf"\(\d{{2,5}}\){WS}?\d{{3,4}}[-\s]?\d{{3,4}}",  # (020) 8123-4567
        rf"{d}\d{{3}}-\d{{3,4}}-\d{{4}}(?!\d)|{d}0\d{{2,3}}-\d{{7,8}}(?!\d)",
        rf"{d}\d+(?:\.\d+){{2,}}+",  # 2.3.1, 192.168.1.2
        rf"{d}\d{{1,3}}(?:-|{WS}){{0,1}}(?i:years?|yrs?)(?:-|{WS})old",  # 54-year-old
    ])


def word_skips() -> str:
    """Word-first non-quantities: licence numbers, versions, ages."""
    return "|".join([
        r"(?i:\bICP|\blicen[cs]e|\bpermit|\bregistration)[^\n\d]{0,24}+[\w-]*\d[\w-]*+",
        rf"(?i:\bv(?:ersion)?\.?{WS}?)\d+(?:\.\d+)*+",
        rf"(?i:\baged?){WS}+\d{{1,3}}\b",
    ])


def ordinal() -> str:
    words = lexicon.alternation(lexicon.numbers()["ordinals"], fold=True)
    return rf"(?:{words}|\d{{1,3}}(?:st|nd|rd|th))"


def ranks(ctx: dict) -> str:
    """Ordinals and superlatives in rank contexts (rules rank.*). A superlative after "the" or
    a possessive is rank 1 unless it is compared with a time ("the highest level since 2008",
    "the biggest drop in 10 years")."""
    o = ordinal()
    verbs = lexicon.alternation(ctx["rank_verbs"], fold=True)
    state = lexicon.alternation(ctx["rank_state_verbs"], fold=True)
    follow = lexicon.alternation(ctx["rank_state_follow"], fold=True)
    place = lexicon.alternation(ctx["rank_place_verbs"], fold=True)
    top_nouns = lexicon.alternation(ctx["rank_top_nouns"], fold=True)
    lead_scopes = lexicon.alternation(ctx["rank_lead_scopes"], fold=True)
    sup = lexicon.alternation(ctx["rank_superlatives"], fold=True)
    sup1 = lexicon.alternation(ctx["rank_superlatives_1"], fold=True)
    times = "|".join(ctx["rank_time_comparisons"]).replace(" ", f"{WS}+")
    small = r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    not_function = (r"(?<!\b(?:The|A|An|In|On|At|For|By|Its|His|Her|Their|Our|And|But|Or|Of|To|"
                     r"With|As|If|So|Then|When|While))")
    return "|".join([
        rf"(?<=\b{verbs}{WS}+(?:(?i:the|at|in|joint){WS}+)?(?:{o}(?:,{WS}*{o})*"
        rf"(?:,?{WS}+(?i:and|or)|,){WS}*)?)(?P<rk_verb>{o}|(?i:highest|top|lowest)(?!{WS}*\d))(?![\w-])",
        rf"(?<=\b{state}{WS}+(?:(?i:joint){WS}+)?)(?P<rk_state>{o})"
        rf"(?={WS}*[,.;]|{WS}+{follow}\b|{WS}+and{WS}+\p{{Lu}})",
        rf"(?<=\b{place}{WS}+(?:(?i:the){WS}+)?)(?P<rk_place>{o})(?={WS}+(?i:place|position|spot)\b)",
        rf"(?<=\b\p{{Lu}}\p{{L}}+{not_function}{WS}+)(?P<rk_ellipsis>{o})(?={WS}*[.;]|,{WS}+(?:and|while|with)\b)",
        rf"(?<=\b(?i:and){WS}+\p{{Lu}}\p{{L}}+{WS}+)(?P<rk_ellipsis2>{o})(?={WS}*[,.;])",
        rf"\b(?P<rk_ord>{o})(?:-|{WS}+)(?:(?i:most){WS}+)?{sup}\b",
        rf"\b(?P<rk_no>No\.{WS}?\d{{1,3}}|(?i:number){WS}+{small})\b(?![.,/]\d|{WS}+[A-Z])",
        rf"(?<=(?:\b(?i:the)|['\u2019]s|s['\u2019]){WS}+)(?P<rk_sup>{sup1})\b"
        rf"(?!(?:{WS}+[\w'\u2019-]+){{0,6}}?{WS}+(?i:{times})\b)",
        rf"(?<=\b(?i:the){WS}+)(?P<rk_most>(?i:most))(?={WS}+(?i:in|among|of{WS}+any)\b)",
        rf"(?<=\b(?i:the){WS}+)(?P<rk_top>(?i:top))(?={WS}*{top_nouns}\b)",
        rf"\b(?P<rk_led>led)(?={WS}+(?:(?i:the|its|their){WS}+)?(?:\w+['\u2019]s{WS}+)?"
        rf"(?:[\w-]+{WS}+){{0,2}}?{lead_scopes}\b)",
    ])


def changes(ctx: dict) -> str:
    """Words of change: doubled, halved, fourfold (rules change.*; "2.5-fold" and "2.5 times"
    are read after the number, in finder)."""
    words = lexicon.alternation(list(ctx["change_words"]) + list(ctx["fold_words"]), fold=True)
    cued = lexicon.alternation(ctx["cued_change_words"], fold=True)
    nxt = lexicon.alternation(ctx["cued_change_next"], fold=True)
    # "the two halves", "the first and second halves": a noun after a determiner or a numeral
    return (rf"(?<!\b(?i:the|two|both|and|first|second){WS}+)\b(?P<chg_word>{words})\b"
            rf"|\b(?P<chg_cued>{cued})(?={WS}+{nxt}\b)")  # "double the 2017 figure"


def candidates() -> re.Pattern:
    """Where a match can begin: a digit, a symbol before one, or a word (looked up in dispatch).

    Python's own `re` runs this simple scan faster than `regex` does."""
    exact, _ = lexicon.currency_prefixes()
    symbols = "".join(sorted({p[0] for p in exact if not p[0].isalpha()}))
    fractions = "".join(lexicon.numbers()["unicode_fractions"])
    return re.compile(rf"\d+|[{re.escape(symbols)}{fractions}]|[-\u2212+.(](?=\d)"
                      r"|\b[A-Za-z][A-Za-z']*")
