// Draws the MOIT accordions of one year from /api/ita (the same JSON the admin page edits).
(function () {
  var box = document.getElementById("ita-content");
  var year = box.getAttribute("data-year");
  function el(tag, cls, txt) { var e = document.createElement(tag); if (cls) e.className = cls; if (txt) e.textContent = txt; return e; }
  function draw(parent, details) {
    (details || []).forEach(function (d) {
      if (d.type === "heading") {
        var h = el("details", "quarter"); h.open = true; h.appendChild(el("summary", null, d.title));
        draw(h, d.details); parent.appendChild(h);
      } else if (d.type === "link") {
        var p = el("p", "moit-link"); var a = el("a", null, d.title); a.setAttribute("href", d.url || "");
        a.target = "_blank"; p.appendChild(el("i", "fa fa-file-pdf-o")); p.appendChild(a); parent.appendChild(p);
      } else {
        parent.appendChild(el("p", "moit-text", d.title));
      }
    });
  }
  fetch("/api/ita?year=" + year).then(function (r) { return r.json(); }).then(function (data) {
    box.innerHTML = "";
    data.items.forEach(function (item) {
      var acc = el("details", "moit-acc");
      acc.id = "moit-" + item.title.replace(/^MOIT\s*(\d+).*$/, "$1");
      acc.appendChild(el("summary", null, item.title));
      draw(acc, item.details);
      box.appendChild(acc);
    });
  });
})();
