// A small single-page application, as agency web vendors build them: menu, home and the ITA page.
(function () {
  var app = document.getElementById("app");
  var menu = [["/", "หน้าแรก"], ["/about/structure/", "โครงสร้างองค์กร"], ["/news/", "ข่าวประชาสัมพันธ์"],
              ["/ita/", "ITA 2566"], ["/contact/", "ติดต่อเรา"]];
  function el(tag, text) { var e = document.createElement(tag); if (text) e.textContent = text; return e; }
  var header = el("header"); header.appendChild(el("strong", "กรมส่งเสริมดิจิทัลตัวอย่าง"));
  var nav = el("nav");
  menu.forEach(function (m) { var a = el("a", m[1]); a.href = m[0]; nav.appendChild(a); nav.appendChild(document.createTextNode(" | ")); });
  header.appendChild(nav); app.appendChild(header);
  var main = el("main"); app.appendChild(main);
  var footer = el("footer", "กรมส่งเสริมดิจิทัลตัวอย่าง ถนนแจ้งวัฒนะ แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพมหานคร 10210 โทร ๐ ๒๑๔๑ ๗๐๐๐");
  app.appendChild(footer);
  var path = location.pathname;
  if (path === "/ita/") {
    document.title = "ITA 2566 การเปิดเผยข้อมูลสาธารณะ | กรมส่งเสริมดิจิทัลตัวอย่าง";
    main.appendChild(el("h1", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2566"));
    main.appendChild(el("p", "กำลังโหลดข้อมูล..."));
    fetch("/api/ita.json").then(function (r) { return r.json(); }).then(function (data) {
      main.removeChild(main.lastChild);
      var table = el("table");
      data.items.forEach(function (item) {
        var tr = el("tr"); tr.appendChild(el("td", item.code)); tr.appendChild(el("td", item.title));
        var td = el("td"); var a = el("a", item.link_text); a.href = item.url; td.appendChild(a); tr.appendChild(td);
        table.appendChild(tr);
      });
      main.appendChild(table);
    });
  } else if (path === "/news/") {
    document.title = "ข่าวประชาสัมพันธ์ | กรมส่งเสริมดิจิทัลตัวอย่าง";
    main.appendChild(el("h1", "ข่าวประชาสัมพันธ์"));
    main.appendChild(el("p", "๑๒ พฤษภาคม ๒๕๖๖ อธิบดีเปิดการอบรมเจ้าหน้าที่ด้านความปลอดภัยไซเบอร์ ณ ห้องประชุมชั้น ๓"));
  } else {
    document.title = "หน้าแรก | กรมส่งเสริมดิจิทัลตัวอย่าง";
    main.appendChild(el("h1", "ยินดีต้อนรับสู่กรมส่งเสริมดิจิทัลตัวอย่าง"));
    main.appendChild(el("p", "ภารกิจส่งเสริมการใช้เทคโนโลยีดิจิทัลในหน่วยงานภาครัฐและชุมชน"));
    var a = el("a", "การเปิดเผยข้อมูลสาธารณะ (ITA 2566)"); a.href = "/ita/"; main.appendChild(a);
  }
})();
