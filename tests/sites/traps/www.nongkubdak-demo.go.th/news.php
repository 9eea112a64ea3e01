<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ข่าวประชาสัมพันธ์ | องค์การบริหารส่วนตำบลหนองกับดัก</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<header class="site-header">
<a href="/"><img src="/images/logo.png" alt="ตราสัญลักษณ์ อบต.หนองกับดัก" width="90" height="90"></a>
<div class="site-name">องค์การบริหารส่วนตำบลหนองกับดัก<br><small>อำเภอกุดรัง จังหวัดมหาสารคาม</small></div>
</header>
<nav class="navbar"><ul class="menu">
<li><a href="/">หน้าแรก</a></li>
<li class="dropdown"><a href="/about/">ข้อมูลพื้นฐาน</a>
 <ul class="submenu">
  <li><a href="/about/">สภาพทั่วไปและข้อมูลพื้นฐาน</a></li>
  <li><a href="/about/history.php">ประวัติความเป็นมา</a></li>
  <li><a href="/about/structure.php">โครงสร้างส่วนราชการ</a></li>
  <li><a href="/about/executive.php">คณะผู้บริหาร</a></li>
  <li><a href="/about/duty.php">อำนาจหน้าที่</a></li>
  <li><a href="/law.php">กฎหมายที่เกี่ยวข้อง</a></li>
 </ul></li>
<li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/calendar?month=5&amp;year=2566">ปฏิทินกิจกรรม</a></li>
<li><a href="/search?type=ข่าว">ค้นหาเอกสาร</a></li>
<li><a href="/ita/index.html">ITA 2566</a></li>
<li><a href="/complaint.php">ร้องเรียน</a></li>
<li><a href="/contact.php">ติดต่อเรา</a></li>
</ul></nav>
<main class="content">
<h1>ข่าวประชาสัมพันธ์</h1>
<ul class="news-list">
<li><a href="/news/248.php">รณรงค์ป้องกันและควบคุมโรคไข้เลือดออก ประจำปี ๒๕๖๖</a> <span class="date">(12 พ.ค. 2566)</span></li>
<li><a href="/news/247.php">ประชุมพนักงานส่วนตำบลและพนักงานจ้าง ประจำเดือนเมษายน ๒๕๖๖</a> <span class="date">(๒๘ เมษายน ๒๕๖๖)</span></li>
<li><a href="/news/246.php">ประชุมประชาคมตำบลเพื่อรับฟังความคิดเห็นในการจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม</a> <span class="date">(10 มี.ค. 2566)</span></li>
<li><a href="/news/245.php">กิจกรรมวันเด็กแห่งชาติ ประจำปี ๒๕๖๖</a> <span class="date">(14 ม.ค. 2566)</span></li>
<li><a href="/news/244.php">ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๖</a> <span class="date">(๑ ธ.ค. ๒๕๖๕)</span></li>
</ul>
<div class="pager">หน้า <b>1</b> <a href="/search?type=ข่าว&amp;page=2">2</a> <a href="/search?type=ข่าว&amp;page=3">3</a></div>
</main>
<footer class="site-footer">
<p><b>องค์การบริหารส่วนตำบลหนองกับดัก</b><br>
ที่ทำการ หมู่ที่ ๗ ตำบลหนองกับดัก อำเภอกุดรัง จังหวัดมหาสารคาม 44130<br>
โทรศัพท์ 043-712-345 โทรสาร 043-712-346 อีเมล saraban@nongkubdak-demo.go.th</p>
<p class="social"><a href="https://www.facebook.com/nongkubdak.sao" target="_blank" title="Facebook อบต.หนองกับดัก">Facebook อบต.หนองกับดัก</a></p>
<p class="copy">สงวนลิขสิทธิ์ &copy; ๒๕๖๖ องค์การบริหารส่วนตำบลหนองกับดัก | ผู้เข้าชม ๔๕,๑๒๓ ครั้ง</p>
</footer>
</body>
</html>
