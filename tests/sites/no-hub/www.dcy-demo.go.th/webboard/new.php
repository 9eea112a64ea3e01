<!DOCTYPE html>
<html lang="th-TH">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ตั้งกระทู้ใหม่ – กรมพัฒนาเครือข่ายเด็กและเยาวชน</title>
<link rel="stylesheet" href="/static/css/theme.css?ver=2.4.1">
<link rel="stylesheet" href="/static/fontawesome/css/all.min.css">
</head>
<body class="page">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>

<div class="utility-bar"><div class="container">
  <div class="left">กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</div>
  <div class="right">
  <a href="#" class="font-size" aria-label="ลดขนาดตัวอักษร">A-</a> <a href="#" class="font-size" aria-label="ขนาดตัวอักษรปกติ">A</a> <a href="#" class="font-size" aria-label="เพิ่มขนาดตัวอักษร">A+</a>
  <ul class="social-icons">
   <li><a href="https://www.facebook.com/dcydemo" target="_blank" rel="noopener" aria-label="Facebook กรมพัฒนาเครือข่ายเด็กและเยาวชน"><i class="fab fa-facebook-f"></i></a></li>
   <li><a href="https://www.youtube.com/@dcydemo" target="_blank" rel="noopener" aria-label="YouTube กรมพัฒนาเครือข่ายเด็กและเยาวชน"><i class="fab fa-youtube"></i></a></li>
   <li><a href="https://line.me/R/ti/p/@dcydemo" target="_blank" rel="noopener" aria-label="LINE Official Account"><i class="fab fa-line"></i></a></li>
  </ul>
  </div>
</div></div>
<header id="masthead" class="site-header"><div class="container">
  <a href="/" class="custom-logo-link" rel="home"><img src="/images/logo-dcy.png" class="custom-logo" alt="กรมพัฒนาเครือข่ายเด็กและเยาวชน"></a>
  <form role="search" method="get" class="search-form" action="/search/"><input type="search" name="q" placeholder="ค้นหา..."><button type="submit" aria-label="ค้นหา"><i class="fas fa-search"></i></button></form>
</div>
<nav class="main-navigation" aria-label="เมนูหลัก"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">หน้าหลัก</a></li>
<li class="menu-item has-children"><a href="/about/">เกี่ยวกับกรม</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/about/history/">ประวัติความเป็นมา</a></li>
<li class="menu-item"><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></li>
<li class="menu-item"><a href="/about/structure/">โครงสร้างหน่วยงาน</a></li>
<li class="menu-item"><a href="/about/executives/">ผู้บริหาร</a></li>
<li class="menu-item"><a href="/about/authority/">อำนาจหน้าที่</a></li>
<li class="menu-item"><a href="/about/laws/">กฎหมายที่เกี่ยวข้อง</a></li>
</ul></li>
<li class="menu-item has-children"><a href="/plan/">แผนงาน</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/plan/strategy/">แผนยุทธศาสตร์</a></li>
<li class="menu-item"><a href="/plan/annual/">แผนปฏิบัติราชการประจำปี</a></li>
<li class="menu-item"><a href="/plan/reports/">รายงาน</a></li>
</ul></li>
<li class="menu-item has-children"><a href="/services/">บริการประชาชน</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/services/manual/">คู่มือสำหรับประชาชน</a></li>
<li class="menu-item"><a href="https://eservice.dcy-demo.go.th/">ระบบบริการออนไลน์</a></li>
<li class="menu-item has-children"><a href="/services/">เอกสารเผยแพร่</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/services/work-manual/">คู่มือการปฏิบัติงาน</a></li>
<li class="menu-item"><a href="/services/satisfaction/">ผลสำรวจความพึงพอใจ</a></li>
</ul></li>
</ul></li>
<li class="menu-item has-children"><a href="/procurement/">จัดซื้อจัดจ้าง</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/procurement/plan/">แผนการจัดซื้อจัดจ้าง</a></li>
<li class="menu-item"><a href="/procurement/announcements/">ประกาศจัดซื้อจัดจ้าง</a></li>
<li class="menu-item"><a href="/procurement/monthly/">สขร.1 รายเดือน</a></li>
<li class="menu-item"><a href="/procurement/annual/">รายงานประจำปี</a></li>
</ul></li>
<li class="menu-item"><a href="/hr/">บุคลากร</a></li>
<li class="menu-item has-children"><a href="/complaint/">ร้องเรียน</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/complaint/">ร้องเรียน/ข้อเสนอแนะ</a></li>
<li class="menu-item"><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li class="menu-item"><a href="/complaint/guideline/">แนวปฏิบัติการจัดการเรื่องร้องเรียน</a></li>
</ul></li>
<li class="menu-item has-children"><a href="/anti-corruption/">ต่อต้านการทุจริต</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/anti-corruption/">ศูนย์ปฏิบัติการต่อต้านการทุจริต</a></li>
<li class="menu-item"><a href="/anti-corruption/no-gift/">No Gift Policy</a></li>
</ul></li>
<li class="menu-item has-children"><a href="/news/">ข่าวสาร</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/news/">ข่าวประชาสัมพันธ์</a></li>
<li class="menu-item"><a href="/news/participation/">การมีส่วนร่วม</a></li>
</ul></li>
<li class="menu-item has-children"><a href="/contact/">ติดต่อเรา</a>
<ul class="sub-menu">
<li class="menu-item"><a href="/contact/">ติดต่อกรม</a></li>
<li class="menu-item"><a href="/webboard/">กระดานถาม-ตอบ</a></li>
<li class="menu-item"><a href="/faq/">คำถามที่พบบ่อย</a></li>
</ul></li>
</ul></nav>
</header>
<main id="content" class="site-main"><div class="container">
<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">หน้าหลัก</a> › <a href="/contact/">ติดต่อเรา</a> › <a href="/webboard/">กระดานถาม-ตอบ</a> › <span>ตั้งกระทู้ใหม่</span></nav>
<article class="entry">
<h1 class="entry-title">ตั้งกระทู้ใหม่</h1>
<div class="entry-content">
<form action="/webboard/new.php" method="post">
 <label>หัวข้อ <input type="text" name="title"></label>
 <label>ชื่อผู้ตั้ง <input type="text" name="name"></label>
 <label>อีเมล (ไม่แสดงผล) <input type="email" name="email"></label>
 <label>รายละเอียด <textarea name="detail"></textarea></label>
 <button type="submit">ตั้งกระทู้</button>
</form>
</div>
</article>
</div></main>

<footer id="colophon" class="site-footer">
 <div class="container footer-widgets">
  <div class="widget">
   <h3>กรมพัฒนาเครือข่ายเด็กและเยาวชน</h3>
   <p>เลขที่ ๙๙/๙ ถนนพระรามที่ ๖ แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพมหานคร ๑๐๔๐๐</p>
   <p>โทร. ๐ ๒๖๔๒ ๗๗๐๐ | โทรสาร ๐ ๒๖๔๒ ๗๗๐๙ | saraban@dcy-demo.go.th</p>
  </div>
  <div class="widget">
   <h3>ลิงก์</h3>
   <ul>
    <li><a href="/privacy-policy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li>
    <li><a href="/website-policy/">นโยบายเว็บไซต์</a></li>
    <li><a href="/contact/">ติดต่อเรา</a></li>
   </ul>
  </div>
  <div class="widget">
   <h3>ติดตามเรา</h3>
   <ul class="social-icons">
   <li><a href="https://www.facebook.com/dcydemo" target="_blank" rel="noopener" aria-label="Facebook กรมพัฒนาเครือข่ายเด็กและเยาวชน"><i class="fab fa-facebook-f"></i></a></li>
   <li><a href="https://www.youtube.com/@dcydemo" target="_blank" rel="noopener" aria-label="YouTube กรมพัฒนาเครือข่ายเด็กและเยาวชน"><i class="fab fa-youtube"></i></a></li>
   <li><a href="https://line.me/R/ti/p/@dcydemo" target="_blank" rel="noopener" aria-label="LINE Official Account"><i class="fab fa-line"></i></a></li>
  </ul>
  </div>
 </div>
 <div class="site-info">&copy; 2566 กรมพัฒนาเครือข่ายเด็กและเยาวชน (Department of Child and Youth Network Development)</div>
</footer>
<script src="/static/js/theme.js?ver=2.4.1"></script>
</body>
</html>
