<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>สถานีตำรวจภูธรโคกกลาง : ผู้บริหาร สภ.โคกกลาง</title>
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

<h3>ผู้บริหารสถานีตำรวจภูธรโคกกลาง</h3>
<div class="media head-of-station"><div class="media-left"><img src="/images/exe/supt.jpg" width="150" alt="พ.ต.อ.ณัฐวุฒิ ศรีสวัสดิ์"></div>
 <div class="media-body"><h4>พ.ต.อ.ณัฐวุฒิ ศรีสวัสดิ์</h4><p>ผู้กำกับการสถานีตำรวจภูธรโคกกลาง</p>
 <p>โทร ๐๘ ๑๐๔๗ ๒๒๙๑</p><p>อีเมล nattawut.s@khokklang-police-demo.go.th</p></div></div>
<h4>รองผู้กำกับการ</h4>
<ul class="list-unstyled deputies">
 <li class="media"><div class="media-left"><img src="/images/exe/dep1.jpg" width="110" alt=""></div>
  <div class="media-body"><strong>พ.ต.ท.สมบัติ ใจกล้า</strong><br>รองผู้กำกับการป้องกันปราบปราม<br>โทร ๐๘ ๙๗๑๒ ๔๔๐๓</div></li>
 <li class="media"><div class="media-left"><img src="/images/exe/dep2.jpg" width="110" alt=""></div>
  <div class="media-body"><strong>พ.ต.ท.วิชัย พรหมมา</strong><br>รองผู้กำกับการสอบสวน<br>โทร ๐๘ ๖๒๓๐ ๑๑๗๕</div></li>
 <li class="media"><div class="media-left"><img src="/images/exe/vacant.jpg" width="110" alt=""></div>
  <div class="media-body"><strong>ตำแหน่งว่าง</strong><br>รองผู้กำกับการสืบสวน</div></li>
</ul>
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
