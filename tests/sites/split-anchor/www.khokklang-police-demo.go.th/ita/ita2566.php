<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>สถานีตำรวจภูธรโคกกลาง : ITA 2566</title>
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

<h3>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</h3>
<p>สถานีตำรวจภูธรโคกกลาง ตำรวจภูธรจังหวัดขอนแก่น</p>
<div class="tree">
<h4><i class="fa fa-folder-open"></i> ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน</h4>
<ul class="filetree">
<li><a data-toggle="collapse" href="#t1" aria-expanded="false"><i class="fa fa-folder"></i> O1 โครงสร้าง <span class="badge">V</span></a>
 <ul id="t1" class="collapse"><li><a href="../upload/ita2566/O1/01.pdf">1.1 แผนผังโครงสร้างการแบ่งส่วนราชการ สภ.โคกกลาง</a> <a href="../upload/ita2566/O1/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t2" aria-expanded="false"><i class="fa fa-folder"></i> O2 ข้อมูลผู้บริหาร <span class="badge">V</span></a>
 <ul id="t2" class="collapse"><li><a href="#!">2.1 ผู้กำกับการและรองผู้กำกับการ</a> <a href="../about/executives.php" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t3" aria-expanded="false"><i class="fa fa-folder"></i> O3 อำนาจหน้าที่ <span class="badge">V</span></a>
 <ul id="t3" class="collapse"><li><a href="#!">3.1 อำนาจหน้าที่ตาม พ.ร.บ.ตำรวจแห่งชาติ พ.ศ. ๒๕๖๕</a> <a href="../upload/ita2566/O3/01.pdf" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t4" aria-expanded="false"><i class="fa fa-folder"></i> O4 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน <span class="badge">V</span></a>
 <ul id="t4" class="collapse"><li><a href="#!">4.1 แผนปฏิบัติราชการ ระยะ ๕ ปี</a> <a href="../upload/ita2566/O4/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t5" aria-expanded="false"><i class="fa fa-folder"></i> O5 ข้อมูลการติดต่อ <span class="badge">V</span></a>
 <ul id="t5" class="collapse"><li><a href="#!">5.1 ที่อยู่ หมายเลขโทรศัพท์ อีเมล แผนที่ตั้ง</a> <a href="../contact.php" target="_blank"><img src="/images/icon-pdf.gif" width="16"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t6" aria-expanded="false"><i class="fa fa-folder"></i> O6 กฎหมายที่เกี่ยวข้อง <span class="badge">V</span></a>
 <ul id="t6" class="collapse"><li><a href="#!">6.1 กฎหมายที่เกี่ยวข้องกับการปฏิบัติงาน</a> <a href="../laws.php" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t7" aria-expanded="false"><i class="fa fa-folder"></i> O7 ข่าวประชาสัมพันธ์ <span class="badge">V</span></a>
 <ul id="t7" class="collapse"><li><a href="#!">7.1 ข่าวประชาสัมพันธ์ สภ.โคกกลาง</a> <a href="../news.php" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t8" aria-expanded="false"><i class="fa fa-folder"></i> O8 Q&amp;A <span class="badge">V</span></a>
 <ul id="t8" class="collapse"><li><a href="#!">8.1 กระดานถาม-ตอบ</a> <a href="../webboard/" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t9" aria-expanded="false"><i class="fa fa-folder"></i> O9 Social Network <span class="badge">V</span></a>
 <ul id="t9" class="collapse"><li><a href="#!">9.1 Facebook สภ.โคกกลาง</a> <a href="https://www.facebook.com/khokklang.police.demo" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t10" aria-expanded="false"><i class="fa fa-folder"></i> O 10 นโยบายคุ้มครองข้อมูลส่วนบุคคล <span class="badge">V</span></a>
 <ul id="t10" class="collapse"><li><a href="#!">10.1 ประกาศนโยบายคุ้มครองข้อมูลส่วนบุคคล</a> <a href="../upload/ita2566/O10/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
</ul>
<h4><i class="fa fa-folder-open"></i> ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน</h4>
<ul class="filetree">
<li><a data-toggle="collapse" href="#t11" aria-expanded="false"><i class="fa fa-folder"></i> O 11 แผนดำเนินงานและการใช้งบประมาณประจำปี <span class="badge">V</span></a>
 <ul id="t11" class="collapse"><li><a href="#!">11.1 แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖</a> <a href="../upload/ita2566/O11/01.pdf" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t12" aria-expanded="false"><i class="fa fa-folder"></i> O 12 รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ ประจำปี รอบ 6 เดือน <span class="badge">V</span></a>
 <ul id="t12" class="collapse"><li><a href="#!">12.1 รายงาน รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๖</a> <a href="../upload/ita2566/O12/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t13" aria-expanded="false"><i class="fa fa-folder"></i> O 13 รายงานผลการดำเนินงานประจำปี <span class="badge">V</span></a>
 <ul id="t13" class="collapse"><li><a href="#!">13.1 รายงานผลการดำเนินงาน ปีงบประมาณ ๒๕๖๕</a> <a href="../upload/ita2566/O13/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t14" aria-expanded="false"><i class="fa fa-folder"></i> O 14 คู่มือหรือมาตรฐานการปฏิบัติงาน <span class="badge">V</span></a>
 <ul id="t14" class="collapse"><li><a href="#!">14.1 คู่มือการปฏิบัติงาน งานสอบสวน</a> <a href="../upload/ita2566/O14/01.pdf" target="_blank"><img src="/images/icon-pdf.gif" width="16"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t15" aria-expanded="false"><i class="fa fa-folder"></i> O 15 คู่มือหรือมาตรฐานการให้บริการ <span class="badge">V</span></a>
 <ul id="t15" class="collapse"><li><a href="#!">15.1 คู่มือสำหรับประชาชน การแจ้งความร้องทุกข์</a> <a href="../upload/ita2566/O15/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t16" aria-expanded="false"><i class="fa fa-folder"></i> O 16 ข้อมูลเชิงสถิติการให้บริการ <span class="badge">V</span></a>
 <ul id="t16" class="collapse"><li><a href="#!">16.1 สถิติการให้บริการประชาชน (แจ้งความ/ลงบันทึกประจำวัน)</a></li></ul></li>
<li><a data-toggle="collapse" href="#t17" aria-expanded="false"><i class="fa fa-folder"></i> O 17 รายงานผลการสำรวจความพึงพอใจการให้บริการ <span class="badge">V</span></a>
 <ul id="t17" class="collapse"><li><a href="#!">17.1 ผลสำรวจความพึงพอใจ ปีงบประมาณ ๒๕๖๕</a> <a href="../upload/ita2566/O17/01.pdf" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t18" aria-expanded="false"><i class="fa fa-folder"></i> O 18 E-Service <span class="badge">V</span></a>
 <ul id="t18" class="collapse"><li><a href="#!">18.1 แจ้งความออนไลน์ (Thai Police Online)</a> <a href="https://thaipoliceonline.go.th/" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
</ul>
<h4><i class="fa fa-folder-open"></i> ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</h4>
<ul class="filetree">
<li><a data-toggle="collapse" href="#t19" aria-expanded="false"><i class="fa fa-folder"></i> O 19 แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ <span class="badge">V</span></a>
 <ul id="t19" class="collapse"><li><a href="#!">19.1 ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ปี ๒๕๖๖</a> <a href="../upload/ita2566/O19/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t20" aria-expanded="false"><i class="fa fa-folder"></i> O 20 ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ <span class="badge">V</span></a>
 <ul id="t20" class="collapse"><li><a href="#!">20.1 ประกาศจัดซื้อจัดจ้าง</a> <a href="../procurement.php" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t21" aria-expanded="false"><i class="fa fa-folder"></i> O 21 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน <span class="badge">V</span></a>
 <ul id="t21" class="collapse"><li><a href="#!">21.1 สขร.๑ เดือนตุลาคม ๒๕๖๔</a> <a href="../upload/ita2566/O21/01.pdf" target="_blank"></a></li><li><a href="#!">21.2 สขร.๑ เดือนพฤศจิกายน ๒๕๖๔</a> <a href="../upload/ita2566/O21/02.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li><li><a href="#!">21.3 สขร.๑ เดือนธันวาคม ๒๕๖๔</a> <a href="../upload/ita2566/O21/03.pdf" target="_blank"></a></li><li><a href="#!">21.4 สขร.๑ เดือนมกราคม ๒๕๖๕</a> <a href="../upload/ita2566/O21/04.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li><li><a href="#!">21.5 สขร.๑ เดือนกุมภาพันธ์ ๒๕๖๕</a> <a href="../upload/ita2566/O21/05.pdf" target="_blank"></a></li><li><a href="#!">21.6 สขร.๑ เดือนมีนาคม ๒๕๖๕</a> <a href="../upload/ita2566/O21/06.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t22" aria-expanded="false"><i class="fa fa-folder"></i> O 22 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี <span class="badge">V</span></a>
 <ul id="t22" class="collapse"><li><a href="#!">22.1 รายงานผล ปีงบประมาณ ๒๕๖๕</a> <a href="../upload/ita2566/O22/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
</ul>
<h4><i class="fa fa-folder-open"></i> ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล</h4>
<ul class="filetree">
<li><a data-toggle="collapse" href="#t23" aria-expanded="false"><i class="fa fa-folder"></i> O 23 นโยบายการบริหารทรัพยากรบุคคล <span class="badge">V</span></a>
 <ul id="t23" class="collapse"><li><a href="#!">23.1 นโยบายการบริหารทรัพยากรบุคคล ปี ๒๕๖๖</a> <a href="../upload/ita2566/O23/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t24" aria-expanded="false"><i class="fa fa-folder"></i> O24 การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล <span class="badge">V</span></a>
 <ul id="t24" class="collapse"><li><a href="#!">24.1 รายงานผลการดำเนินการตามนโยบายฯ รอบ ๖ เดือน</a> -</li></ul></li>
<li><a data-toggle="collapse" href="#t25" aria-expanded="false"><i class="fa fa-folder"></i> O25 หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล <span class="badge">V</span></a>
 <ul id="t25" class="collapse"><li><a href="#!">25.1 หลักเกณฑ์ฯ ปี ๒๕๖๖</a> <a href="../upload/ita2566/O25/01.pdf" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t26" aria-expanded="false"><i class="fa fa-folder"></i> O26 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี <span class="badge">V</span></a>
 <ul id="t26" class="collapse"><li><a href="#!">26.1 รายงานผล ปีงบประมาณ ๒๕๖๕</a> <a href="../upload/ita2566/O26/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
</ul>
<h4><i class="fa fa-folder-open"></i> ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส</h4>
<ul class="filetree">
<li><a data-toggle="collapse" href="#t27" aria-expanded="false"><i class="fa fa-folder"></i> O27 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ <span class="badge">V</span></a>
 <ul id="t27" class="collapse"><li><a href="#!">27.1 แนวปฏิบัติการจัดการเรื่องร้องเรียน</a> <a href="../upload/ita2566/O27/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t28" aria-expanded="false"><i class="fa fa-folder"></i> O28 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ <span class="badge">V</span></a>
 <ul id="t28" class="collapse"><li><a href="#!">28.1 แจ้งเบาะแสออนไลน์</a> <a href="../complaint/corruption.php" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t29" aria-expanded="false"><i class="fa fa-folder"></i> O29 ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ <span class="badge">V</span></a>
 <ul id="t29" class="collapse"><li><a href="#!">29.1 สถิติ ต.ค. ๖๕ – มี.ค. ๖๖</a> <a href="../upload/ita2566/O29/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t30" aria-expanded="false"><i class="fa fa-folder"></i> O30 การเปิดโอกาสให้เกิดการมีส่วนร่วม <span class="badge">V</span></a>
 <ul id="t30" class="collapse"><li><a href="#!">30.1 ประชุมรับฟังความคิดเห็นประชาชน ๒๔ ก.พ. ๒๕๖๖</a> <a href="../news/view.php?id=52" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
</ul>
<h4><i class="fa fa-folder-open"></i> ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริต</h4>
<ul class="filetree">
<li><a data-toggle="collapse" href="#t31" aria-expanded="false"><i class="fa fa-folder"></i> O31 ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่ <span class="badge">V</span></a>
 <ul id="t31" class="collapse"><li><a href="#!">31.1 ประกาศเจตนารมณ์ ปี ๒๕๖๖</a> <a href="../upload/ita2566/O31/01.pdf" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t32" aria-expanded="false"><i class="fa fa-folder"></i> O32 การสร้างวัฒนธรรม No Gift Policy <span class="badge">V</span></a>
 <ul id="t32" class="collapse"><li><a href="#!">32.1 กิจกรรมรณรงค์ไม่รับของขวัญ ปีใหม่ ๒๕๖๖</a> <a href="../news/view.php?id=49" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t33" aria-expanded="false"><i class="fa fa-folder"></i> O33 รายงานผลตามนโยบาย No Gift Policy <span class="badge">V</span></a>
 <ul id="t33" class="collapse"><li><a href="#!">33.1 รายงานผลตามนโยบาย No Gift Policy</a> <span class="text-danger">อยู่ระหว่างดำเนินการ</span></li></ul></li>
<li><a data-toggle="collapse" href="#t34" aria-expanded="false"><i class="fa fa-folder"></i> O34 การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี <span class="badge">V</span></a>
 <ul id="t34" class="collapse"><li><a href="#!">34.1 ผลการประเมินความเสี่ยง ปี ๒๕๖๖</a> <a href="../upload/ita2566/O34/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t35" aria-expanded="false"><i class="fa fa-folder"></i> O35 การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ <span class="badge">V</span></a>
 <ul id="t35" class="collapse"><li><a href="#!">35.1 ผลการดำเนินการ รอบ ๖ เดือน</a> <a href="../upload/ita2566/O35/01.pdf" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t36" aria-expanded="false"><i class="fa fa-folder"></i> O36 แผนปฏิบัติการป้องกันการทุจริต <span class="badge">V</span></a>
 <ul id="t36" class="collapse"><li><a href="#!">36.1 แผนปฏิบัติการป้องกันการทุจริต ปี ๒๕๖๖</a> <a href="../upload/ita2566/O36/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t37" aria-expanded="false"><i class="fa fa-folder"></i> O37 รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน <span class="badge">V</span></a>
 <ul id="t37" class="collapse"><li><a href="#!">37.1 รายงาน รอบ ๖ เดือน</a> <a href="../upload/ita2566/O37/01.pdf" target="_blank"><img src="/images/icon-pdf.gif" width="16"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t38" aria-expanded="false"><i class="fa fa-folder"></i> O38 รายงานผลการดำเนินการป้องกันการทุจริตประจำปี <span class="badge">V</span></a>
 <ul id="t38" class="collapse"><li><a href="#!">38.1 รายงานผล ปี ๒๕๖๕</a> <a href="../upload/ita2566/O38/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t39" aria-expanded="false"><i class="fa fa-folder"></i> O39 ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ <span class="badge">V</span></a>
 <ul id="t39" class="collapse"><li><a href="#!">39.1 ประมวลจริยธรรมข้าราชการตำรวจ</a> <a href="../upload/ita2566/O39/01.pdf" target="_blank"></a></li></ul></li>
<li><a data-toggle="collapse" href="#t40" aria-expanded="false"><i class="fa fa-folder"></i> O40 การขับเคลื่อนจริยธรรม <span class="badge">V</span></a>
 <ul id="t40" class="collapse"><li><a href="#!">40.1 คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม</a> <a href="../upload/ita2566/O40/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li><li><a href="#!">40.2 กิจกรรมอบรมส่งเสริมจริยธรรม</a> <a href="../upload/ita2566/O40/02.pdf" target="_blank"></a></li></ul></li>
</ul>
<h4><i class="fa fa-folder-open"></i> ตัวชี้วัดย่อยที่ 10.2 มาตรการภายในเพื่อส่งเสริมความโปร่งใสและป้องกันการทุจริต</h4>
<ul class="filetree">
<li><a data-toggle="collapse" href="#t42" aria-expanded="false"><i class="fa fa-folder"></i> O42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน <span class="badge">V</span></a>
 <ul id="t42" class="collapse"><li><a href="#!">42.1 มาตรการฯ ปี ๒๕๖๖</a> <a href="../upload/ita2566/O42/01.pdf" target="_blank"><i class="fa fa-file-pdf-o text-danger"></i></a></li></ul></li>
<li><a data-toggle="collapse" href="#t43" aria-expanded="false"><i class="fa fa-folder"></i> O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน <span class="badge">V</span></a>
 <ul id="t43" class="collapse"><li><a href="#!">43.1 ผลการดำเนินการตามมาตรการ</a> <a href="../upload/ita2566/O43/01.pdf" target="_blank"></a></li></ul></li>
</ul>
</div>
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
