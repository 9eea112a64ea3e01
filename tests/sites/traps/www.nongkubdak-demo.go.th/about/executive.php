<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>คณะผู้บริหาร | องค์การบริหารส่วนตำบลหนองกับดัก</title>
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
<h1>คณะผู้บริหารองค์การบริหารส่วนตำบลหนองกับดัก</h1>
<table width="100%" class="exec">
<tr><td align="center" valign="top" class="person"><img src="/images/exec/prayoon.png" width="150" height="200" alt="นายประยูร ดวงดี"><br><b>นายประยูร ดวงดี</b><br>นายกองค์การบริหารส่วนตำบลหนองกับดัก<br>โทร. 081-760-2451<br>อีเมล nayok@nongkubdak-demo.go.th</td></tr>
</table>
<table width="100%" class="exec">
<tr><td align="center" valign="top" class="person"><img src="/images/exec/somsak.png" width="150" height="200" alt="นายสมศักดิ์ ใจกล้า"><br><b>นายสมศักดิ์ ใจกล้า</b><br>รองนายกองค์การบริหารส่วนตำบลหนองกับดัก<br>โทร. 089-417-3360</td><td align="center" valign="top" class="person"><img src="/images/exec/porntip.png" width="150" height="200" alt="นางสาวพรทิพย์ แก้วมณี"><br><b>นางสาวพรทิพย์ แก้วมณี</b><br>รองนายกองค์การบริหารส่วนตำบลหนองกับดัก<br>โทร. 086-522-9014</td></tr>
<tr><td align="center" valign="top" class="person"><img src="/images/exec/weera.png" width="150" height="200" alt="นายวีระ สุขสันต์"><br><b>นายวีระ สุขสันต์</b><br>เลขานุการนายกองค์การบริหารส่วนตำบลหนองกับดัก<br>โทร. 087-305-1188</td></tr>
</table>
<h2>ฝ่ายข้าราชการประจำ</h2>
<table width="100%" class="exec">
<tr><td align="center" valign="top" class="person"><img src="/images/exec/supawadee.png" width="150" height="200" alt="นางสุภาวดี ศรีเมือง"><br><b>นางสุภาวดี ศรีเมือง</b><br>ปลัดองค์การบริหารส่วนตำบลหนองกับดัก<br>โทร. 043-712-345 ต่อ 11<br>อีเมล palad@nongkubdak-demo.go.th</td></tr>
</table>
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
