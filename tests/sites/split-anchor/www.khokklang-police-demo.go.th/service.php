<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>สถานีตำรวจภูธรโคกกลาง : งานบริการประชาชน</title>
<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/font-awesome.min.css">
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="header"><div class="container"><img src="/images/logo-police.png" alt="ตราสำนักงานตำรวจแห่งชาติ" height="90">
<span class="site-name">สถานีตำรวจภูธรโคกกลาง<small>Khok Klang Provincial Police Station</small></span></div></div>
<nav class="navbar navbar-inverse"><div class="container"><ul class="nav navbar-nav">
 <li><a href="/index.php">หน้าหลัก</a></li>
 <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">เกี่ยวกับ สภ.</a><ul class="dropdown-menu">
  <li><a href="/about/history.php">ประวัติสถานี</a></li><li><a href="/about/vision.php">วิสัยทัศน์</a></li>
  <li><a href="/about/area.php">พื้นที่รับผิดชอบ</a></li><li><a href="/about/executives.php">ผู้บริหาร สภ.โคกกลาง</a></li>
  <li><a href="/contact.php">ติดต่อสถานี</a></li></ul></li>
 <li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li>
 <li><a href="/service.php">งานบริการ</a></li>
 <li><a href="/procurement.php">ข่าวจัดซื้อจัดจ้าง</a></li>
 <li><a href="/webboard/">ถาม-ตอบ</a></li>
 <li><a href="/complaint/">แจ้งความ/ร้องเรียน</a></li>
 <li><a href="/ita/">ITA</a></li>
</ul></div></nav>
<div class="container content">
<h3>งานบริการประชาชน</h3>
<table class="table"><tr><th>งานบริการ</th><th>เวลา</th></tr>
<tr><td>รับแจ้งความร้องทุกข์ / ลงบันทึกประจำวัน</td><td>ตลอด ๒๔ ชั่วโมง</td></tr>
<tr><td>ตรวจสอบประวัติบุคคล</td><td>วันจันทร์–ศุกร์ ๐๘.๓๐–๑๖.๓๐ น.</td></tr>
<tr><td>ขออนุญาตใช้เครื่องขยายเสียง</td><td>วันจันทร์–ศุกร์ ๐๘.๓๐–๑๖.๓๐ น.</td></tr></table>
</div>

<footer class="footer">
 <div class="container">
  <p><b>สถานีตำรวจภูธรโคกกลาง</b> ตำรวจภูธรจังหวัดขอนแก่น</p>
  <p>๑๙๙ หมู่ ๗ ถนนมิตรภาพ ตำบลโคกกลาง อำเภอพระยืน จังหวัดขอนแก่น ๔๐๓๒๐</p>
  <p>โทร ๐ ๔๓๒๖ ๖๑๙๑ | แจ้งเหตุด่วน ๑๙๑ | อีเมล khokklang.kk@khokklang-police-demo.go.th</p>
 </div>
</footer>
<script src="/js/jquery.min.js"></script><script src="/js/bootstrap.min.js"></script>
</body>
</html>
