"""SKP-REFERENCE R-NIP: NIP PNS and NI PPPK."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.nip import (
    EARLIEST_APPOINTMENT_YEAR,
    EmployeeStatus,
    Gender,
    ParsedNip,
    Severity,
    format_nip,
    is_blocking,
    make_ni_pppk,
    make_nip,
    nip_problems,
    normalize_nip,
    parse_nip,
)

VALID = "196804111993031009"  # the reference's example


def codes(problems: list[SkpError]) -> list[Code]:
    return [p.code for p in problems]


def only(problems: list[SkpError], code: Code) -> SkpError:
    found = [p for p in problems if p.code is code]
    assert len(found) == 1, problems
    return found[0]


# --- the reference example -------------------------------------------------------------------


def test_reference_example_parses() -> None:
    parsed = parse_nip(VALID)
    assert parsed == ParsedNip(
        digits=VALID,
        status=EmployeeStatus.PNS,
        birth_date=date(1968, 4, 11),
        appointment_year=1993,
        appointment_month=3,
        pppk_code=None,
        gender=Gender.LAKI_LAKI,
        sequence=9,
    )
    assert parsed.formatted == "19680411 199303 1 009"
    assert parsed.tmt_cpns == date(1993, 3, 1)
    assert nip_problems(VALID) == []


@pytest.mark.parametrize(
    "text",
    ["19680411 199303 1 009", " 19680411.199303.1.009 ", "19680411-199303-1-009", "1968 0411\t1993 03 1 009"],
)
def test_separators_and_spaces_are_ignored(text: str) -> None:
    assert normalize_nip(text) == VALID
    assert parse_nip(text).digits == VALID


def test_perempuan() -> None:
    assert parse_nip("198502142010122001").gender is Gender.PEREMPUAN


# --- PPPK ------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["21", "24", "13", "99", "00"])
def test_pppk_digits_13_14_are_a_code_not_a_month(code: str) -> None:
    text = f"19900101 2021 {code} 2 001"
    assert nip_problems(text, EmployeeStatus.PPPK) == []
    parsed = parse_nip(text, EmployeeStatus.PPPK)
    assert parsed.status is EmployeeStatus.PPPK
    assert parsed.pppk_code == code
    assert parsed.appointment_year == 2021
    assert parsed.appointment_month is None
    assert parsed.tmt_cpns is None
    assert parsed.gender is Gender.PEREMPUAN
    assert parsed.birth_date == date(1990, 1, 1)


def test_same_digits_as_pns_have_a_bad_month() -> None:
    problem = only(nip_problems("199001012021212001", EmployeeStatus.PNS), Code.NIP_TMT_MONTH)
    assert problem.params["value"] == "21"
    assert problem.params["positions"] == (13, 14)
    with pytest.raises(SkpError) as caught:
        parse_nip("199001012021212001")
    assert caught.value.code is Code.NIP_TMT_MONTH


# --- every code a NIP can produce -------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", " . - "])
def test_empty(text: str) -> None:
    problems = nip_problems(text)
    assert codes(problems) == [Code.NIP_EMPTY]
    assert problems[0].params["severity"] == "error"


def test_not_digits_reports_positions_and_characters() -> None:
    problem = only(nip_problems("1968O411199303100X"), Code.NIP_NOT_DIGITS)
    assert problem.params["positions"] == (5, 18)
    assert problem.params["characters"] == ("O", "X")


def test_non_ascii_digits_are_not_digits() -> None:
    text = "19680411199303100" + "\u0669"  # ARABIC-INDIC DIGIT NINE passes str.isdigit()
    problem = only(nip_problems(text), Code.NIP_NOT_DIGITS)
    assert problem.params["positions"] == (18,)


def test_fields_are_still_checked_next_to_a_bad_character() -> None:
    assert codes(nip_problems("19681341199313300X")) == [
        Code.NIP_NOT_DIGITS,
        Code.NIP_BIRTH_DATE,
        Code.NIP_TMT_MONTH,
        Code.NIP_GENDER,
    ]


@pytest.mark.parametrize(("text", "length"), [("1968041119930310", 16), ("1968041119930310091", 19)])
def test_length(text: str, length: int) -> None:
    problem = only(nip_problems(text), Code.NIP_LENGTH)
    assert problem.params["length"] == length
    assert problem.params["expected"] == 18
    assert codes(nip_problems(text)) == [Code.NIP_LENGTH]


def test_length_and_characters_together() -> None:
    assert codes(nip_problems("1968-04-11 ABC")) == [Code.NIP_NOT_DIGITS, Code.NIP_LENGTH]


@pytest.mark.parametrize("birth", ["19681341", "19680230", "19690229", "19680400", "00000000"])
def test_birth_date_not_a_calendar_date(birth: str) -> None:
    problem = only(nip_problems(f"{birth}1993031009"), Code.NIP_BIRTH_DATE)
    assert problem.params["value"] == birth
    assert problem.params["positions"] == (1, 8)
    assert problem.params["severity"] == "error"


def test_leap_day_birth_is_fine() -> None:
    assert parse_nip("196802291993031009").birth_date == date(1968, 2, 29)


def test_birth_year_before_1900_is_an_error() -> None:
    problem = only(nip_problems("189904111993031009"), Code.NIP_BIRTH_DATE)
    assert problem.params["reason"] == "too-early"


def test_birth_in_the_future_needs_today() -> None:
    text = "203001011993031009"
    assert Code.NIP_BIRTH_DATE not in codes(nip_problems(text))
    problem = only(nip_problems(text, today=date(2025, 6, 1)), Code.NIP_BIRTH_DATE)
    assert problem.params["reason"] == "future"


@pytest.mark.parametrize("month", ["00", "13", "99"])
def test_tmt_month(month: str) -> None:
    problem = only(nip_problems(f"196804111993{month}1009"), Code.NIP_TMT_MONTH)
    assert problem.params["value"] == month
    assert problem.params["severity"] == "error"


def test_tmt_year_under_min_age_is_only_a_warning() -> None:
    text = "196804111980031009"  # appointed at 12
    problem = only(nip_problems(text), Code.NIP_TMT_YEAR)
    assert problem.params["severity"] == Severity.WARNING
    assert problem.params["min_age"] == 18
    assert problem.params["birth_year"] == 1968
    assert not is_blocking(problem)
    assert parse_nip(text).appointment_year == 1980  # warnings never block


def test_tmt_year_min_age_is_a_parameter() -> None:
    text = "196804111985031009"  # appointed at 17
    assert codes(nip_problems(text)) == [Code.NIP_TMT_YEAR]
    assert nip_problems(text, min_age=16) == []
    assert nip_problems("196804111986031009") == []  # exactly 18


def test_tmt_year_before_birth_is_an_error() -> None:
    problem = only(nip_problems("196804111960031009"), Code.NIP_TMT_YEAR)
    assert problem.params["severity"] == "error"
    assert problem.params["reason"] == "before-birth"
    with pytest.raises(SkpError) as caught:
        parse_nip("196804111960031009")
    assert caught.value.code is Code.NIP_TMT_YEAR


def test_tmt_year_before_1950_is_an_error() -> None:
    problem = only(nip_problems("190001011949031009"), Code.NIP_TMT_YEAR)
    assert problem.params["reason"] == "too-early"
    assert problem.params["minimum"] == EARLIEST_APPOINTMENT_YEAR
    assert is_blocking(problem)


def test_tmt_year_far_in_the_future_needs_today() -> None:
    text = "196804112099031009"
    assert nip_problems(text) == []
    problem = only(nip_problems(text, today=date(2025, 1, 1)), Code.NIP_TMT_YEAR)
    assert problem.params["reason"] == "future"
    assert nip_problems("200001012026031009", today=date(2025, 12, 1)) == []  # next year is fine


def test_appointment_year_checks_apply_to_pppk_too() -> None:
    problem = only(nip_problems("199001011980212001", EmployeeStatus.PPPK), Code.NIP_TMT_YEAR)
    assert problem.params["reason"] == "before-birth"
    assert problem.params["status"] is EmployeeStatus.PPPK


@pytest.mark.parametrize("digit", ["0", "3", "9"])
def test_gender(digit: str) -> None:
    problem = only(nip_problems(f"19680411199303{digit}009"), Code.NIP_GENDER)
    assert problem.params["value"] == digit
    assert problem.params["positions"] == (15,)


def test_sequence_000() -> None:
    problem = only(nip_problems("196804111993031000"), Code.NIP_SEQUENCE)
    assert problem.params["value"] == "000"
    with pytest.raises(SkpError) as caught:
        parse_nip("196804111993031000")
    assert caught.value.code is Code.NIP_SEQUENCE


def test_all_problems_are_reported_in_digit_order() -> None:
    assert codes(nip_problems("196813411993133000")) == [
        Code.NIP_BIRTH_DATE,
        Code.NIP_TMT_MONTH,
        Code.NIP_GENDER,
        Code.NIP_SEQUENCE,
    ]


def test_every_problem_has_a_severity() -> None:
    texts = ["", "abc", "196813411993133000", "196804111980031009", "190001011949031009"]
    for text in texts:
        for problem in nip_problems(text):
            assert problem.params["severity"] in {"error", "warning"}


def test_parse_raises_the_first_error_not_a_warning() -> None:
    text = "196804111980131009"  # under-age warning, then bad month
    assert codes(nip_problems(text)) == [Code.NIP_TMT_YEAR, Code.NIP_TMT_MONTH]
    with pytest.raises(SkpError) as caught:
        parse_nip(text)
    assert caught.value.code is Code.NIP_TMT_MONTH


# --- format ----------------------------------------------------------------------------------


def test_format() -> None:
    assert format_nip(VALID) == "19680411 199303 1 009"
    assert format_nip("19680411.199303.1.009") == "19680411 199303 1 009"


@pytest.mark.parametrize("text", ["", "123", "1968041119930310091", "1968041119930310X9"])
def test_format_leaves_other_input_alone(text: str) -> None:
    assert format_nip(text) == text


# --- make ------------------------------------------------------------------------------------


def test_make_nip_example() -> None:
    assert make_nip(date(1968, 4, 11), 1993, 3, Gender.LAKI_LAKI, 9) == VALID


def test_make_ni_pppk_example() -> None:
    assert make_ni_pppk(date(1990, 1, 1), 2021, 21, Gender.PEREMPUAN, 1) == "199001012021212001"


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"tmt_month": 13}, Code.NIP_TMT_MONTH),
        ({"tmt_month": 0}, Code.NIP_TMT_MONTH),
        ({"sequence": 0}, Code.NIP_SEQUENCE),
        ({"sequence": 1000}, Code.NIP_SEQUENCE),
        ({"tmt_year": 1949}, Code.NIP_TMT_YEAR),
        ({"tmt_year": 10000}, Code.NIP_TMT_YEAR),
        ({"tmt_year": 1960}, Code.NIP_TMT_YEAR),  # before birth
        ({"birth_date": date(1899, 12, 31)}, Code.NIP_BIRTH_DATE),
        ({"gender": "X"}, Code.NIP_GENDER),
    ],
)
def test_make_nip_validates(kwargs: dict[str, object], code: Code) -> None:
    args: dict[str, object] = {
        "birth_date": date(1968, 4, 11),
        "tmt_year": 1993,
        "tmt_month": 3,
        "gender": Gender.LAKI_LAKI,
        "sequence": 9,
    }
    args.update(kwargs)
    with pytest.raises(SkpError) as caught:
        make_nip(**args)  # type: ignore[arg-type]
    assert caught.value.code is code


@pytest.mark.parametrize("code", [-1, 100])
def test_make_ni_pppk_validates_code(code: int) -> None:
    with pytest.raises(SkpError) as caught:
        make_ni_pppk(date(1990, 1, 1), 2021, code, Gender.PEREMPUAN, 1)
    assert caught.value.code is Code.NIP_PPPK_CODE


# --- properties ------------------------------------------------------------------------------

birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2010, 12, 31))
genders = st.sampled_from(Gender)
sequences = st.integers(min_value=1, max_value=999)


@st.composite
def nip_fields(draw: st.DrawFn) -> tuple[date, int, int, Gender, int]:
    born = draw(birth_dates)
    year = draw(st.integers(min_value=max(EARLIEST_APPOINTMENT_YEAR, born.year), max_value=2100))
    return born, year, draw(st.integers(1, 12)), draw(genders), draw(sequences)


@given(nip_fields())
def test_make_nip_parses_back(fields: tuple[date, int, int, Gender, int]) -> None:
    born, year, month, gender, sequence = fields
    nip = make_nip(born, year, month, gender, sequence)
    parsed = parse_nip(nip)
    assert (parsed.birth_date, parsed.appointment_year, parsed.appointment_month) == (born, year, month)
    assert (parsed.gender, parsed.sequence, parsed.pppk_code) == (gender, sequence, None)
    assert all(not is_blocking(p) for p in nip_problems(nip))


@given(nip_fields(), st.integers(0, 99))
def test_make_ni_pppk_parses_back(fields: tuple[date, int, int, Gender, int], code: int) -> None:
    born, year, _, gender, sequence = fields
    nip = make_ni_pppk(born, year, code, gender, sequence)
    parsed = parse_nip(nip, EmployeeStatus.PPPK)
    assert (parsed.birth_date, parsed.appointment_year, parsed.pppk_code) == (born, year, f"{code:02d}")
    assert (parsed.gender, parsed.sequence, parsed.appointment_month) == (gender, sequence, None)


@given(nip_fields())
def test_normalize_and_format_round_trip(fields: tuple[date, int, int, Gender, int]) -> None:
    nip = make_nip(*fields)
    shown = format_nip(nip)
    assert [len(group) for group in shown.split(" ")] == [8, 6, 1, 3]
    assert normalize_nip(shown) == nip
    assert format_nip(shown) == shown
    assert parse_nip(shown) == parse_nip(nip)


@given(st.text(max_size=30))
def test_problems_never_crash_and_parse_agrees(text: str) -> None:
    problems = nip_problems(text)
    blocking = [p for p in problems if is_blocking(p)]
    if blocking:
        with pytest.raises(SkpError) as caught:
            parse_nip(text)
        assert caught.value.code is blocking[0].code
    else:
        assert parse_nip(text).digits == normalize_nip(text)


@given(st.text(alphabet="0123456789 .-", max_size=24))
def test_normalize_keeps_only_digits_here(text: str) -> None:
    assert normalize_nip(text) == "".join(c for c in text if c.isdigit())
