<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ติดต่อเรา | องค์การบริหารส่วนตำบลหนองกับดัก</title>
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
<h1>ติดต่อเรา</h1>
<p><b>องค์การบริหารส่วนตำบลหนองกับดัก</b></p>
<p>ที่อยู่ : ที่ทำการ อบต.หนองกับดัก หมู่ที่ ๗ ตำบลหนองกับดัก อำเภอกุดรัง จังหวัดมหาสารคาม 44130</p>
<p>โทรศัพท์ : 043-712-345<br>
โทรสาร : 043-712-346<br>
อีเมล : <a href="mailto:saraban@nongkubdak-demo.go.th">saraban@nongkubdak-demo.go.th</a><br>
เวลาทำการ : วันจันทร์ - วันศุกร์ เวลา ๐๘.๓๐ - ๑๖.๓๐ น. (เว้นวันหยุดราชการ)</p>
<p>เบอร์ภายใน : สำนักปลัด ต่อ 11 | กองคลัง ต่อ 12 | กองช่าง ต่อ 13 | กองการศึกษาฯ ต่อ 14</p>
<h2>แผนที่ตั้ง อบต.หนองกับดัก</h2>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826.1!2d103.0531!3d16.0342!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="600" height="400" style="border:0" allowfullscreen loading="lazy"></iframe>
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
