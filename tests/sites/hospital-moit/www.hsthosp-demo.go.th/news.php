<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ข่าวประชาสัมพันธ์ - โรงพยาบาลห้วยทรายทอง</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/style.css">

</head>
<body>
<div class="topbar"><div class="container">
<a href="/"><img src="/assets/img/logo.png" alt="ตราสัญลักษณ์กระทรวงสาธารณสุข" class="logo"></a>
<span class="site-name">โรงพยาบาลห้วยทรายทอง<br><small>Huai Sai Thong Hospital · สำนักงานสาธารณสุขจังหวัดศรีสะเกษ</small></span>
</div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">
<li><a href="/">หน้าหลัก</a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">เกี่ยวกับเรา <span class="caret"></span></a><ul class="dropdown-menu">
<li><a href="/about/history.php">ประวัติโรงพยาบาล</a></li>
<li><a href="/about/vision.php">วิสัยทัศน์ พันธกิจ</a></li>
<li><a href="/about/structure.php">โครงสร้างองค์กร</a></li>
<li><a href="/about/executive.php">ทำเนียบผู้บริหาร</a></li>
<li><a href="/law.php">กฎหมายที่เกี่ยวข้อง</a></li>
</ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">บริการ <span class="caret"></span></a><ul class="dropdown-menu">
<li><a href="/service/doctor.php">ตารางออกตรวจแพทย์</a></li>
<li><a href="/service/rights.php">สิทธิการรักษาพยาบาล</a></li>
</ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข่าวสาร <span class="caret"></span></a><ul class="dropdown-menu">
<li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/procurement.php">ประกาศจัดซื้อจัดจ้าง</a></li>
<li><a href="/jobs.php">รับสมัครงาน</a></li>
</ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ITA <span class="caret"></span></a><ul class="dropdown-menu">
<li><a href="/ita/">ITA 2569 (MOIT)</a></li>
<li><a href="/ita_list.php?y=2569">ข่าว ITA ทั้งหมด</a></li>
<li><a href="/ita68.php">ITA 2568</a></li>
</ul></li>
<li><a href="/download.php">ดาวน์โหลด</a></li>
<li><a href="/complaint.php">ร้องเรียน/ร้องทุกข์</a></li>
<li><a href="/contact.php">ติดต่อเรา</a></li>
</ul></div></nav>
<div class="container main">
<h2>ข่าวประชาสัมพันธ์</h2>
<ul class="list-group">
<li class="list-group-item"><a href="news_detail.php?id=317">ประชาสัมพันธ์ช่องทางแจ้งเรื่องร้องเรียนผ่านไลน์ @hsthospital</a> <span class="badge">๑ เม.ย. ๒๕๖๙</span></li>
<li class="list-group-item"><a href="news_detail.php?id=314">เปิดให้บริการคลินิกหมอครอบครัวแห่งใหม่ ตำบลโนนแดง</a> <span class="badge">๑๒ มี.ค. ๒๕๖๙</span></li>
<li class="list-group-item"><a href="news_detail.php?id=311">อบรมเชิงปฏิบัติการการช่วยฟื้นคืนชีพขั้นพื้นฐานแก่ อสม.</a> <span class="badge">๒๐ ม.ค. ๒๕๖๙</span></li>
<li class="list-group-item"><a href="news_detail.php?id=308">รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ตามฤดูกาล ปี 2569</a> <span class="badge">๒ ธ.ค. ๒๕๖๘</span></li>
<li class="list-group-item"><a href="news_detail.php?id=305">ประชุมคณะกรรมการบริหารโรงพยาบาล ครั้งที่ 1/2569</a> <span class="badge">๑๕ ต.ค. ๒๕๖๘</span></li>
<li class="list-group-item"><a href="news_detail.php?id=301">โรงพยาบาลห้วยทรายทองจัดกิจกรรมวันต่อต้านคอร์รัปชันสากล ประจำปี 2567</a> <span class="badge">๑๐ ธ.ค. ๒๕๖๗</span></li>
</ul>
<ul class="pagination"><li class="active"><a href="/news.php">1</a></li></ul>
</div>
<footer class="footer">
<div class="container"><div class="row">
<div class="col-md-6"><h4>โรงพยาบาลห้วยทรายทอง</h4>
<p>เลขที่ ๑๘๙ หมู่ ๗ ถนนกันทรลักษ์–ขุขันธ์ ตำบลห้วยทรายทอง อำเภอห้วยทรายทอง จังหวัดศรีสะเกษ ๓๓๒๑๐</p>
<p>โทรศัพท์ ๐ ๔๕๘๑ ๒๓๔๕ | โทรสาร ๐ ๔๕๘๑ ๒๓๔๖ | ห้องฉุกเฉิน ๑๖๖๙</p>
<p>อีเมล <a href="mailto:saraban@hsthosp-demo.go.th">saraban@hsthosp-demo.go.th</a></p></div>
<div class="col-md-3"><h4>ลิงก์หน่วยงาน</h4><ul class="list-unstyled">
<li><a href="https://www.facebook.com/hsthospital">Facebook โรงพยาบาลห้วยทรายทอง</a></li>
<li><a href="/ita/">ITA 2569</a></li><li><a href="/contact.php">แผนที่การเดินทาง</a></li></ul></div>
<div class="col-md-3"><p class="counter">ผู้เข้าชม 218,764 ครั้ง</p></div>
</div><p class="copyright">© ๒๕๖๙ โรงพยาบาลห้วยทรายทอง สำนักงานสาธารณสุขจังหวัดศรีสะเกษ สงวนลิขสิทธิ์</p></div>
</footer>
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/bootstrap.min.js"></script>

</body>
</html>
