<!DOCTYPE html>
<html lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2565 - สำนักงานส่งเสริมอาชีพและพัฒนาชุมชนจังหวัดเพชรบูรณ์</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="stylesheet" href="/assets/css/style.css">
</head>
<body>
<div class="topbar"><div class="container"><span class="pull-left">ยินดีต้อนรับสู่เว็บไซต์ สำนักงานส่งเสริมอาชีพและพัฒนาชุมชนจังหวัดเพชรบูรณ์</span><span class="pull-right">ขนาดตัวอักษร <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-up">ก+</a></span></div></div>
<header class="site-header"><div class="container">
 <a href="/" class="logo"><img src="/images/logo.png" alt="ตราสัญลักษณ์ กระทรวงมหาดไทย"></a>
 <div class="site-title"><span class="th">สำนักงานส่งเสริมอาชีพและพัฒนาชุมชนจังหวัดเพชรบูรณ์</span><span class="en">Phetchabun Provincial Office of Community Livelihood Promotion</span></div>
</div></header>

<nav class="navbar navbar-default navbar-main" role="navigation">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mainmenu"><span class="sr-only">เมนู</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
  </div>
  <div class="collapse navbar-collapse" id="mainmenu">
   <ul class="nav navbar-nav">
    <li><a href="/"><i class="fa fa-home"></i> หน้าหลัก</a></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">เกี่ยวกับหน่วยงาน <span class="caret"></span></a>
     <ul class="dropdown-menu">
      <li><a href="/about/history/">ประวัติความเป็นมา</a></li>
      <li><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></li>
      <li><a href="/about/structure/">โครงสร้างหน่วยงาน</a></li>
      <li><a href="/about/executives/">ทำเนียบผู้บริหาร</a></li>
      <li><a href="/about/duty/">อำนาจหน้าที่</a></li>
      <li><a href="/about/laws/">กฎหมายที่เกี่ยวข้อง</a></li>
     </ul></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข่าวสาร <span class="caret"></span></a>
     <ul class="dropdown-menu">
      <li><a href="/news/">ข่าวประชาสัมพันธ์</a></li>
      <li><a href="/announce/">ประกาศสำนักงาน</a></li>
     </ul></li>
    <li><a href="/procurement/">จัดซื้อจัดจ้าง</a></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ITA <span class="caret"></span></a>
     <ul class="dropdown-menu">
      <li><a href="/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></li>
      <li><a href="/ita/oit2566.php">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๖</a></li>
      <li><a href="/ita/oit2565.php">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๕</a></li>
     </ul></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ร้องเรียน <span class="caret"></span></a>
     <ul class="dropdown-menu">
      <li><a href="/complaint/">ร้องเรียน/ร้องทุกข์/ข้อเสนอแนะ</a></li>
      <li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
     </ul></li>
    <li><a href="/qa/">ถาม-ตอบ</a></li>
    <li><a href="/contact/">ติดต่อเรา</a></li>
   </ul>
  </div>
 </div>
</nav>
<div class="container main-container">
<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/ita/">ITA</a></li><li class="active">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2565</li></ol>
<div class="row">
<div class="col-md-12 content">
<h2 class="page-title">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2565</h2>
<table class="table table-bordered">
<tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>
<tr><td>O1</td><td>โครงสร้าง</td><td><a href="/about/structure/" target="_blank">คลิก</a></td></tr>
<tr><td>O2</td><td>ข้อมูลผู้บริหาร</td><td><a href="/about/executives/" target="_blank">คลิก</a></td></tr>
<tr><td>O5</td><td>ข้อมูลการติดต่อ</td><td><a href="/contact/" target="_blank">คลิก</a></td></tr>
<tr><td>O10</td><td>แผนดำเนินงานประจำปี</td><td><a href="/uploads/ita2565/action-plan-2565.pdf" target="_blank">คลิก</a></td></tr>
<tr><td>O12</td><td>รายงานผลการดำเนินงานประจำปี</td><td><a href="/uploads/ita2565/annual-report-2564.pdf" target="_blank">คลิก</a></td></tr>
<tr><td>O21</td><td>แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ</td><td><a href="/uploads/ita2565/procurement-plan-2565.pdf" target="_blank">คลิก</a></td></tr>
<tr><td>O34</td><td>เจตจำนงสุจริตของผู้บริหาร (No Gift Policy)</td><td><a href="/uploads/ita2565/nogift-2565.pdf" target="_blank">คลิก</a></td></tr>
<tr><td>O39</td><td>แผนปฏิบัติการป้องกันการทุจริต</td><td><a href="/uploads/ita2565/anti-corruption-plan-2565.pdf" target="_blank">คลิก</a></td></tr>
</table>
<p class="text-muted">หมายเหตุ ข้อมูลชุดนี้เป็นข้อมูลประกอบการประเมินปี 2565 (เก็บไว้เพื่อการอ้างอิง)</p>
</div>

</div>
</div>

<footer class="site-footer">
 <div class="container">
  <div class="row">
   <div class="col-md-6">
    <h4>สำนักงานส่งเสริมอาชีพและพัฒนาชุมชนจังหวัดเพชรบูรณ์</h4>
    <p>ศาลากลางจังหวัดเพชรบูรณ์ (หลังใหม่) ชั้น ๓ ถนนสระบุรี-หล่มสัก ตำบลในเมือง อำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์ ๖๗๐๐๐</p>
    <p>โทรศัพท์ ๐ ๕๖๗๑ ๙๔๒๐ &nbsp; โทรสาร ๐ ๕๖๗๑ ๙๔๒๑ &nbsp; อีเมล saraban@phetchabun-demo.go.th</p>
   </div>
   <div class="col-md-3">
    <ul class="list-unstyled">
     <li><a href="/privacy-policy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li>
     <li><a href="/contact/">ติดต่อเรา</a></li>
    </ul>
   </div>
   <div class="col-md-3 social">
    <a href="https://www.facebook.com/phetchabun.demo.office" target="_blank"><i class="fa fa-facebook-square"></i> Facebook</a><br>
    <a href="https://www.youtube.com/@phetchabundemo" target="_blank"><i class="fa fa-youtube-play"></i> YouTube</a>
    <p class="counter">ผู้เข้าชมเว็บไซต์ 128,403 ครั้ง</p>
   </div>
  </div>
  <p class="copyright">Copyright 2023 สำนักงานส่งเสริมอาชีพและพัฒนาชุมชนจังหวัดเพชรบูรณ์ (Phetchabun Provincial Office of Community Livelihood Promotion). All rights reserved.</p>
 </div>
</footer>
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/bootstrap.min.js"></script>
</body>
</html>
