"""Properties of the quantity reader on generated input (hypothesis).

* A number written by ``cn2an.an2cn`` in its "low" (一二三) and "up" (壹贰叁) modes, decimals too, reads back
  exactly through ``parse_quantity(numeral + "吨")``. In "up" mode a numeral that begins with a formal digit
  that is also an everyday word character (陆, 伍, 肆, 拾: 大陆, 队伍, 大肆, 收拾) followed by no formal
  character (陆万, 伍点伍) is refused, never misread: the grammar's rule for running text (see
  ``helpers.text.numerals``). In "rmb" mode (壹佰贰拾叁元肆角伍分, 壹佰元整, 负叁元贰角) an amount with its
  角 and 分, negative too, reads back exactly as one amount in 元 (``helpers.text.compound``); an amount under
  one 元 or of one 元 whose only digit before the unit is such a word character (伍角, 肆元整) may be refused,
  never misread.
* Colloquial numerals (一万三 = 13000, 两千六 = 2600, 一百五 = 150, 九十二万四 = 924000) and negatives
  (负 + numeral + %) read back.
* Chinese numerals with 万 in running text are found as ``parse_quantity`` reads them.
* ``find_quantities`` never raises on any text; no two rows overlap; every row's text is ``text[start:end]``, reads
  back through ``parse_quantity`` the same (with its qualifier when that is written elsewhere), and no row is cut
  out of a longer number (no digit touches its start, and a row with no unit is not followed by a digit).
"""

from decimal import Decimal

import cn2an
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from helpers import find_quantities, parse_quantity
from helpers.text.idioms import IDIOMS, NAMES
from helpers.text.quantity import QUALIFIERS_AFTER_UNIT
from tests.support import cn2an_drops_a_zero

WORD_FORMAL_START = "陆陸伍肆拾"
FORMAL_NEXT = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億"

# an integer part and up to four decimal digits, at most 15 significant digits in all
integer_parts = st.one_of(st.integers(0, 99), st.integers(0, 10**6), st.integers(0, 10**12 - 1))
decimals = st.one_of(st.just(""), st.text(alphabet="0123456789", min_size=1, max_size=3))


def _number(integer: int, decimal: str) -> str:
    return f"{integer}.{decimal}" if decimal else str(integer)


@settings(max_examples=400, deadline=None)
@given(integer_parts, decimals, st.sampled_from(["low", "up"]))
def test_a_number_cn2an_writes_reads_back_exactly(integer, decimal, mode):
    written = _number(integer, decimal)
    numeral = cn2an.an2cn(written, mode)
    if mode == "up" and numeral[0] in WORD_FORMAL_START and (len(numeral) == 1 or numeral[1] not in FORMAL_NEXT):
        with pytest.raises(ValueError):
            parse_quantity(numeral + "吨")  # 肆吨, 陆万吨, 伍点伍吨: refused, not misread
        return
    q = parse_quantity(numeral + "吨")
    assert q.value == float(Decimal(written)), numeral
    assert q.unit == "吨"


DIGIT = st.sampled_from(list(zip("一二三四五六七八九", range(1, 10))))
HEAD = st.integers(1, 9999)


@settings(max_examples=300, deadline=None)
@given(DIGIT, st.sampled_from([("百", 100), ("千", 1000)]), DIGIT)
def test_a_colloquial_last_digit_after_bai_or_qian_is_the_next_place(lead, place, last):
    (lead_char, lead_value), (place_char, place_value), (last_char, last_value) = lead, place, last
    q = parse_quantity(f"{lead_char}{place_char}{last_char}吨")  # 两千六, 一百五
    assert q.value == lead_value * place_value + last_value * place_value // 10


@settings(max_examples=300, deadline=None)
@given(HEAD, st.sampled_from([("万", 10**4), ("亿", 10**8)]), DIGIT)
def test_a_colloquial_last_digit_after_wan_or_yi_is_the_next_place(head, magnitude, last):
    (big, size), (last_char, last_value) = magnitude, last
    numeral = cn2an.an2cn(head, "low") + big + last_char  # 一万三, 九十二万四, 三亿五
    q = parse_quantity(numeral + "吨")
    assert q.value == head * size + last_value * size // 10, numeral


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 9999), decimals)  # a percentage takes no 万 or 亿 (refused by rule)
def test_a_negative_percentage_reads_back(integer, decimal):
    written = _number(integer, decimal)
    if Decimal(written) == 0:
        return
    numeral = cn2an.an2cn(written, "low")
    q = parse_quantity("负" + numeral + "%")
    assert q.value == -float(Decimal(written)), numeral
    assert q.unit == "%"
    assert q.low <= q.value <= q.high


@settings(max_examples=300, deadline=None)
@given(HEAD, st.sampled_from(["总投资", "全年产值", "带动增收"]), st.sampled_from(["。", "，同比增长。", ""]))
def test_a_chinese_numeral_with_wan_in_running_text_is_found_as_parse_quantity_reads_it(head, before, after):
    numeral = cn2an.an2cn(head, "low") + "万"
    found = find_quantities(before + numeral + after)
    assert list(found["text"]) == [numeral]
    q = parse_quantity(numeral)
    assert (found["value"][0], found["low"][0], found["high"][0]) == (q.value, q.low, q.high)


def _with_places(n: int) -> str:
    """n written in digits with Chinese places, a group of digits before 万 and 亿 and the rest (1亿2345万6789 is not
    written: a last group of more than one digit says units, so it ends in 千 or 百 or is one digit after 零)."""
    yi, wan, rest = n // 10**8, n // 10**4 % 10**4, n % 10**4
    out = f"{yi}亿" if yi else ""
    if wan:
        out += ("零" if yi and wan < 1000 else "") + f"{wan}万"
    if rest:
        digits = ((rest // 1000, "千"), (rest // 100 % 10, "百"))
        places = "".join(f"{digit}{name}" for digit, name in digits if digit)
        out += ("零" if rest < 1000 or yi and not wan else "") + places  # 零 when 千, or 万, is empty before it
        out += ("零" if places else "") + str(rest % 100) if rest % 100 else ""  # the last digits after 零
    return out


@settings(max_examples=300, deadline=None)
@given(st.integers(10**4, 10**12 - 1))
def test_digits_with_chinese_places_read_back_as_the_chinese_numeral_of_the_same_value(n):
    written = _with_places(n)
    assume(sum(c in "万亿千百" for c in written) >= 2 and "零0" not in written and not written.endswith("零"))
    q = parse_quantity(written + "吨")
    assert q.value == n and q.low <= n <= q.high
    chinese = cn2an.an2cn(n, "low")
    assume(not cn2an_drops_a_zero(chinese))
    same = parse_quantity(chinese + "吨")
    assert (q.low, q.high) == (same.low, same.high)


# running text: numerals, units, qualifiers, separators, punctuation, words of the rules, any character
PIECES = st.sampled_from(
    [
        *"0123456789０１２.,%％-~—至到（()）",
        *"零一二两三四五六七八九十百千万亿萬億拾佰仟陆伍点几",
        *"多余来近约上超逾以左右",
        *"个家名人吨天年期间代元角块米斤两度起周初",
        *"，。、；：“”《》 \n的了和",
        "百分之",
        "分之",
        "个百分点",
        "人民币",
        "https://a.cn/?q=",
        *IDIOMS[:10],
        *NAMES[:10],
    ]
)
RUNNING_TEXT = st.lists(st.one_of(PIECES, st.characters()), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(RUNNING_TEXT)
def test_find_quantities_never_raises_and_every_row_is_its_span(text):
    found = find_quantities(text)
    assert all(found["start"].iloc[1:].to_numpy() >= found["end"].iloc[:-1].to_numpy())  # no two rows overlap
    for row in found.itertuples():
        assert text[row.start : row.end] == row.text
        if row.text.replace(".", "").isdigit():
            continue  # an item of a list (3、5和7天): its unit is the list's (tests/text/test_extract.py reads it back)
        q = parse_quantity(row.text)
        if q.qualifier != row.qualifier:  # written before a verb, shared by a list or after a noun: read with it
            after = row.qualifier in QUALIFIERS_AFTER_UNIT  # 20个人左右; 约下降6℃, 分别超过30%和40% (before)
            q = parse_quantity(row.text + row.qualifier if after else row.qualifier + row.text)
        assert (q.value, q.low, q.high, q.unit, q.qualifier) == (row.value, row.low, row.high, row.unit, row.qualifier)


@settings(max_examples=400, deadline=None)
@given(RUNNING_TEXT)
def test_no_row_is_cut_out_of_a_longer_number(text):
    for row in find_quantities(text).itertuples():
        before = text[row.start - 1] if row.start else ""
        if row.qualifier and row.text.startswith(row.qualifier) or row.currency and not row.text[0].isdigit():
            continue  # a qualifier or a currency sign begins a new figure whatever is before it (50小于12, 0¥5)
        assert not (before.isascii() and before.isdigit()), (text, row.text)
        assert not before or before not in "万亿萬億百千", (text, row.text)
        after = text[row.end : row.end + 1]
        if not row.unit:
            assert not (after.isascii() and after.isdigit()), (text, row.text)


@settings(max_examples=200, deadline=None)
@given(RUNNING_TEXT, st.sampled_from([*IDIOMS, *NAMES]), RUNNING_TEXT)
def test_no_row_begins_or_ends_inside_an_idiom_or_a_name(head, word, tail):
    text = f"{head}，{word}，{tail}"  # commas: no idiom runs across them
    first, last = len(head) + 1, len(head) + len(word)  # the word's first and last characters
    for row in find_quantities(text).itertuples():
        assert not first <= row.start <= last and not first <= row.end - 1 <= last, (text, row.text)


RMB_AMOUNTS = st.builds(
    lambda yuan, cents, negative: ("-" if negative and (yuan or cents) else "") + f"{yuan}.{cents:02d}",
    st.one_of(st.integers(0, 99), st.integers(0, 10**6), st.integers(0, 10**10)),
    st.integers(0, 99),
    st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(RMB_AMOUNTS)
def test_any_amount_cn2an_writes_in_rmb_mode_reads_back_as_one_amount_in_yuan(written):
    numeral = cn2an.an2cn(written, "rmb")
    if cn2an_drops_a_zero(written):
        return  # cn2an writes 三亿一千 for 300001000 (no 零), which the reader refuses by design
    body = numeral.lstrip("负")
    try:
        quantity = parse_quantity(numeral)
    except ValueError:
        # 伍角, 肆元整: a formal digit that is also a word character (队伍, 大肆), alone before a unit, may be
        # refused; never anything else
        assert body[:1] in WORD_FORMAL_START and body[1:2] not in FORMAL_NEXT, numeral
        return
    assert quantity.value == float(Decimal(written)), numeral
    assert quantity.unit == "元" and quantity.currency == "元", numeral
    assert quantity.low <= quantity.value <= quantity.high
