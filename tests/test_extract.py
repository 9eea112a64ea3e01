from oitcrawler.extract import decode_html, parse_html

PAGE = """<html><head><title>ITA - อบต.ตัวอย่าง</title></head><body>
<div class="title">9.1 ข้อมูลพื้นฐาน</div>
<ul class="itghidedata" style="display:none;">
 <li><span class="font-ita-content">o1 โครงสร้าง</span> <a href="/s.pdf">เปิด</a> <span>http://x/s.pdf</span> <a href="/s2.pdf">เปิด</a></li>
</ul>
<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>
<tr><td>o๒</td><td>ข้อมูลผู้บริหาร</td><td><a href="/exec">คลิก</a></td></tr></table>
<a href="https://www.facebook.com/agency"><img src="/fb.png" alt="Facebook อบต."></a>
<iframe src="https://maps.google.com/?q=x"></iframe>
</body></html>"""


def test_hidden_links_and_preceding_labels():
    rec = parse_html(PAGE, "http://www.tambon.go.th/index.php?_mod=aXRh")
    links = {link["href"]: link for link in rec["links"]}
    first = links["http://www.tambon.go.th/s.pdf"]
    assert first["text"] == "เปิด" and first["label"] == "o1 โครงสร้าง"
    # The raw URL printed next to the anchor is not a label.
    assert links["http://www.tambon.go.th/s2.pdf"]["label"] == "o1 โครงสร้าง"
    row_link = links["http://www.tambon.go.th/exec"]
    assert row_link["in_row"] and "ข้อมูลผู้บริหาร" in row_link["label"]
    assert "Facebook" in links["https://www.facebook.com/agency"]["attrs"]
    assert rec["iframes"] == ["https://maps.google.com/?q=x"]
    assert any(b["kind"] == "row" and b["cells"][0] == "o๒" for b in rec["blocks"])


def test_tis620_without_declaration_is_detected():
    body = "<html><body><h1>องค์การบริหารส่วนตำบลหนองบัว</h1><p>ข้อมูลผู้บริหาร</p></body></html>".encode("cp874")
    text, encoding = decode_html(body, "text/html")
    assert encoding == "cp874" and "หนองบัว" in text


def test_declared_charset_wins_and_wrong_declaration_falls_back():
    body = '<meta charset="tis-620"><p>โครงสร้าง</p>'.encode("cp874")
    assert decode_html(body, "text/html")[0].endswith("โครงสร้าง</p>")
    utf8 = "<p>โครงสร้าง</p>".encode()
    text, enc = decode_html(utf8, "text/html; charset=iso-8859-11")
    assert "โครงสร้าง" not in text or enc == "utf-8"


def test_malformed_html_does_not_crash():
    rec = parse_html("<html><body><p><a href='/x'>ลิงก์<table><tr><td>o1", "http://a.go.th/")
    assert rec["links"][0]["href"] == "http://a.go.th/x"
    assert parse_html("", "http://a.go.th/")["links"] == []
