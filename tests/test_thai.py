from oitcrawler.dates import window_years, year_fit, years_in
from oitcrawler.thai import norm, squash


def test_norm_folds_digits_zero_width_sara_am_and_case():
    assert norm("ข้อ O๒๓\u200b ") == "ข้อ o23"
    assert norm("ค\u0e4d\u0e32นำ") == "คำนำ"
    assert norm("เเผนงาน") == "แผนงาน"
    assert norm("E–Service") == "e-service"
    assert squash("ข้อมูล  ผู้ บริหาร") == "ข้อมูลผู้บริหาร"


def test_years_in_thai_text():
    assert years_in("แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖") == {2566}
    assert years_in("รายงาน (ต.ค.65 - มี.ค.66)") == {2565, 2566}
    assert years_in("แผนยุทธศาสตร์ 2566-2570") == {2566, 2567, 2568, 2569, 2570}
    assert years_in("/wp-content/uploads/ita2566/O11/plan.pdf") == {2566}
    assert years_in("oit66") == {2566}
    assert years_in("ค.ศ. 2023") == {2566}
    assert years_in("โทร 02 123 4567") == set()


def test_window_fit():
    assert window_years("previous_fiscal_year", 2566) == {2565}
    assert year_fit({2565}, "previous_fiscal_year", 2566) == "fits"
    assert year_fit({2565}, "fiscal_year", 2566) == "older"
    assert year_fit(set(), "first_half", 2566) == "undated"
    assert year_fit({2560}, "current", 2566) == "fits"


def test_thai_text_is_padded_by_the_columns_a_terminal_gives_it():
    from oitcrawler.thai import display_width, pad

    assert display_width("ข้อเบื้องต้น") == 8        # four marks above the line take no column
    assert display_width("จำนวนข้อ") == 7
    assert display_width("items") == 5
    assert pad("ปี", 6) == "ปี" + " " * 5 and pad("43", 4, right=True) == "  43"     # ปี: one column
    assert display_width(pad("ข้อเบื้องต้น", 17)) == 17


def test_a_table_of_thai_and_english_lines_up_on_a_terminal():
    from oitcrawler.thai import display_width, table

    lines = table([["ครั้งที่", "สถานะ", "คะแนน"], ["run", "status", "score"], ["12", "ตรวจได้บางส่วน", "84.44"]],
                  right=frozenset({0, 2}))
    starts = [[display_width(line[:line.index(word)]) for word in words]
              for line, words in zip(lines, (["สถานะ"], ["status"], ["ตรวจได้บางส่วน"]))]
    assert starts[0] == starts[1] == starts[2]          # the second column starts at one column
    assert len({display_width(line) for line in lines}) == 1
