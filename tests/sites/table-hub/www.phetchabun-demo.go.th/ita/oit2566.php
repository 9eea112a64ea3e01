<!DOCTYPE html>
<html lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ - สำนักงานส่งเสริมอาชีพและพัฒนาชุมชนจังหวัดเพชรบูรณ์</title>
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
<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/ita/">ITA</a></li><li class="active">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</li></ol>
<div class="row">
<div class="col-md-12 content">
<h2 class="page-title">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</h2>
<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) สำนักงานส่งเสริมอาชีพและพัฒนาชุมชนจังหวัดเพชรบูรณ์</p>
<ul class="list-inline oit-toc"><li><a href="#t91">9.1 ข้อมูลพื้นฐาน</a></li><li><a href="#t92">9.2 การบริหารงาน</a></li><li><a href="#t93">9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</a></li><li><a href="#t94">9.4 การบริหารและพัฒนาทรัพยากรบุคคล</a></li><li><a href="#t95">9.5 การส่งเสริมความโปร่งใส</a></li><li><a href="#t101">10.1 การดำเนินการเพื่อป้องกันการทุจริต</a></li><li><a href="#t102">10.2 มาตรการภายในเพื่อป้องกันการทุจริต</a></li></ul>
<h3 class="indicator">ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล</h3>
<h3 id="t91" class="sub-indicator">ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน</h3>
<div class="table-responsive"><table class="table table-bordered table-oit">
<thead><tr><th width="7%">ข้อ</th><th width="23%">ข้อมูล</th><th>รายละเอียด (องค์ประกอบ)</th><th width="14%">ลิงก์ที่เกี่ยวข้อง</th></tr></thead>
<tbody>
<tr class="active"><td colspan="4"><strong>ข้อมูลพื้นฐาน</strong></td></tr>
<tr>
 <td class="text-center">O1</td>
 <td>โครงสร้าง</td>
 <td>แสดงแผนผังแสดงโครงสร้างการแบ่งส่วนราชการของหน่วยงาน ประกอบด้วย ตำแหน่งที่สำคัญและการแบ่งส่วนงานภายในหน่วยงาน เช่น สำนัก กอง ศูนย์ ฝ่าย ส่วน กลุ่ม เป็นต้น</td>
 <td class="text-center"><a href="/about/structure/" target="_blank">คลิก</a></td>
</tr>
<tr>
 <td class="text-center">O2</td>
 <td>ข้อมูลผู้บริหาร</td>
 <td>แสดงข้อมูลผู้บริหารสูงสุดและผู้ดำรงตำแหน่งทางการบริหารของหน่วยงาน อย่างน้อยประกอบด้วย ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย และช่องทางการติดต่อของผู้บริหารแต่ละคน</td>
 <td class="text-center"><a href="/about/executives/" target="_blank">คลิก</a></td>
</tr>
<tr>
 <td class="text-center">O3</td>
 <td>อำนาจหน้าที่</td>
 <td>แสดงข้อมูลอำนาจหน้าที่ของหน่วยงานตามที่กฎหมายกำหนด</td>
 <td class="text-center"><a href="/about/duty/" target="_blank">คลิก</a><br><a href="/uploads/laws/%E0%B8%81%E0%B8%8E%E0%B8%81%E0%B8%A3%E0%B8%B0%E0%B8%97%E0%B8%A3%E0%B8%A7%E0%B8%87%E0%B9%81%E0%B8%9A%E0%B9%88%E0%B8%87%E0%B8%AA%E0%B9%88%E0%B8%A7%E0%B8%99%E0%B8%A3%E0%B8%B2%E0%B8%8A%E0%B8%81%E0%B8%B2%E0%B8%A3-2560.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">O4</td>
 <td>แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</td>
 <td>แสดงแผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงานที่มีระยะมากกว่า ๑ ปี มีข้อมูลรายละเอียดของแผน เช่น ยุทธศาสตร์หรือแนวทาง เป้าหมาย ตัวชี้วัด เป็นต้น และมีระยะเวลาของแผนครอบคลุมปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/files/%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%A2%E0%B8%B8%E0%B8%97%E0%B8%98%E0%B8%A8%E0%B8%B2%E0%B8%AA%E0%B8%95%E0%B8%A3%E0%B9%8C-%E0%B8%AA%E0%B8%AD%E0%B8%8A.%E0%B9%80%E0%B8%9E%E0%B8%8A%E0%B8%A3%E0%B8%9A%E0%B8%B9%E0%B8%A3%E0%B8%93%E0%B9%8C-2566-2570.pdf" target="_blank">ดาวน์โหลด</a><br><a href="/uploads/files/%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%A2%E0%B8%B8%E0%B8%97%E0%B8%98%E0%B8%A8%E0%B8%B2%E0%B8%AA%E0%B8%95%E0%B8%A3%E0%B9%8C-%E0%B8%AA%E0%B8%AD%E0%B8%8A.%E0%B9%80%E0%B8%9E%E0%B8%8A%E0%B8%A3%E0%B8%9A%E0%B8%B9%E0%B8%A3%E0%B8%93%E0%B9%8C-2561-2565.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">O5</td>
 <td>ข้อมูลการติดต่อ</td>
 <td>แสดงข้อมูลการติดต่อของหน่วยงาน อย่างน้อยประกอบด้วย ที่อยู่หน่วยงาน หมายเลขโทรศัพท์ หมายเลขโทรสาร ที่อยู่ไปรษณีย์อิเล็กทรอนิกส์ (e-mail) และแผนที่ตั้งของหน่วยงาน</td>
 <td class="text-center"><a href="/contact/" target="_blank">คลิก</a></td>
</tr>
<tr>
 <td class="text-center">O6</td>
 <td>กฎหมายที่เกี่ยวข้อง</td>
 <td>แสดงกฎหมายที่เกี่ยวข้องกับการดำเนินงานหรือการปฏิบัติงานของหน่วยงาน</td>
 <td class="text-center"><a href="/about/laws/" target="_blank">รายละเอียด</a></td>
</tr>
<tr class="active"><td colspan="4"><strong>การประชาสัมพันธ์</strong></td></tr>
<tr>
 <td class="text-center">O7</td>
 <td>ข่าวประชาสัมพันธ์</td>
 <td>แสดงข้อมูลข่าวสารที่เกี่ยวข้องกับการดำเนินงานตามอำนาจหน้าที่หรือภารกิจของหน่วยงาน และเป็นข้อมูลข่าวสารในปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/news/" target="_blank">คลิกที่นี่</a></td>
</tr>
<tr class="active"><td colspan="4"><strong>การปฏิสัมพันธ์ข้อมูล</strong></td></tr>
<tr>
 <td class="text-center">O8</td>
 <td>Q&amp;A</td>
 <td>แสดงช่องทางที่บุคคลภายนอกสามารถสอบถามข้อมูลต่าง ๆ และหน่วยงานสามารถสื่อสารให้คำตอบต่อข้อสอบถามได้ (สื่อสารได้สองทาง) เช่น Web board กล่องข้อความถาม-ตอบ เป็นต้น</td>
 <td class="text-center"><a href="/qa/" target="_blank">คลิก</a></td>
</tr>
<tr>
 <td class="text-center">O9</td>
 <td>Social Network</td>
 <td>แสดงเชื่อมโยงไปยัง Social Network ของหน่วยงาน เช่น Facebook Twitter Instagram เป็นต้น</td>
 <td class="text-center"><a href="https://www.facebook.com/phetchabun.demo.office" target="_blank">คลิก</a><br><a href="https://www.youtube.com/@phetchabundemo" target="_blank">คลิก</a></td>
</tr>
<tr>
 <td class="text-center">O10</td>
 <td>นโยบายคุ้มครองข้อมูลส่วนบุคคล</td>
 <td>แสดงนโยบายคุ้มครองข้อมูลส่วนบุคคลของหน่วยงาน ที่เผยแพร่บนเว็บไซต์หลักของหน่วยงาน</td>
 <td class="text-center"><a href="/privacy-policy/" target="_blank">คลิก</a></td>
</tr>
</tbody></table></div>
<h3 id="t92" class="sub-indicator">ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน</h3>
<div class="table-responsive"><table class="table table-bordered table-oit">
<thead><tr><th width="7%">ข้อ</th><th width="23%">ข้อมูล</th><th>รายละเอียด (องค์ประกอบ)</th><th width="14%">ลิงก์ที่เกี่ยวข้อง</th></tr></thead>
<tbody>
<tr class="active"><td colspan="4"><strong>การดำเนินงาน</strong></td></tr>
<tr>
 <td class="text-center">๑๑</td>
 <td>แผนดำเนินงานและการใช้งบประมาณประจำปี</td>
 <td>แสดงแผนดำเนินงานและการใช้งบประมาณประจำปี ที่มีข้อมูลรายละเอียด เช่น โครงการหรือกิจกรรม งบประมาณที่ใช้ ระยะเวลาในการดำเนินการ เป็นต้น ซึ่งเป็นแผนที่มีระยะเวลาบังคับใช้ครอบคลุมปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/ita2566/o11-action-plan-2566.pdf" target="_blank">ดาวน์โหลด</a><br><a href="/uploads/ita2566/o11-spending-plan-2566.xlsx" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">๑๒</td>
 <td>รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ ประจำปี รอบ ๖ เดือน</td>
 <td>แสดงความก้าวหน้าในการดำเนินงานตามแผนดำเนินงานประจำปี และผลการใช้จ่ายงบประมาณของแต่ละโครงการ/กิจกรรม ครอบคลุมระยะเวลา ๖ เดือนแรกของปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/ita2566/o12-report-6m-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">๑๓</td>
 <td>รายงานผลการดำเนินงานประจำปี</td>
 <td>แสดงผลการดำเนินงานตามแผนดำเนินงานประจำปี เช่น ผลการดำเนินการโครงการ ผลการใช้จ่ายงบประมาณ ปัญหา อุปสรรค และข้อเสนอแนะ เป็นต้น ของปี พ.ศ. ๒๕๖๕</td>
 <td class="text-center"><a href="/uploads/ita2566/o13-annual-report-2565.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr class="active"><td colspan="4"><strong>การปฏิบัติงาน</strong></td></tr>
<tr>
 <td class="text-center">๑๔</td>
 <td>คู่มือหรือมาตรฐานการปฏิบัติงาน</td>
 <td>แสดงคู่มือหรือแนวทางการปฏิบัติงานที่เจ้าหน้าที่ใช้ยึดถือปฏิบัติให้เป็นมาตรฐานเดียวกัน ระบุว่าเป็นคู่มือหรือมาตรฐานการปฏิบัติงานในเรื่องใด สำหรับตำแหน่งใด และมีรายละเอียดขั้นตอนวิธีการปฏิบัติงาน</td>
 <td class="text-center"><a href="/uploads/files/%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%87%E0%B8%B2%E0%B8%99-%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9E%E0%B8%B4%E0%B8%88%E0%B8%B2%E0%B8%A3%E0%B8%93%E0%B8%B2%E0%B8%AA%E0%B8%99%E0%B8%B1%E0%B8%9A%E0%B8%AA%E0%B8%99%E0%B8%B8%E0%B8%99%E0%B8%87%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%B2%E0%B8%93%E0%B8%81%E0%B8%A5%E0%B8%B8%E0%B9%88%E0%B8%A1%E0%B8%AD%E0%B8%B2%E0%B8%8A%E0%B8%B5%E0%B8%9E.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr class="active"><td colspan="4"><strong>การให้บริการ</strong></td></tr>
<tr>
 <td class="text-center">๑๕</td>
 <td>คู่มือหรือมาตรฐานการให้บริการ</td>
 <td>แสดงคู่มือหรือแนวทางการปฏิบัติที่ผู้รับบริการหรือผู้มาติดต่อกับหน่วยงานใช้เป็นข้อมูลในการขอรับบริการ ระบุขั้นตอนการให้บริการและการติดต่อ</td>
 <td class="text-center"><a href="/uploads/files/%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%AA%E0%B8%B3%E0%B8%AB%E0%B8%A3%E0%B8%B1%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B2%E0%B8%8A%E0%B8%99-%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%82%E0%B8%AD%E0%B8%A3%E0%B8%B1%E0%B8%9A%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%AA%E0%B8%99%E0%B8%B1%E0%B8%9A%E0%B8%AA%E0%B8%99%E0%B8%B8%E0%B8%99%E0%B8%81%E0%B8%A5%E0%B8%B8%E0%B9%88%E0%B8%A1%E0%B8%AD%E0%B8%B2%E0%B8%8A%E0%B8%B5%E0%B8%9E.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">๑๖</td>
 <td>ข้อมูลเชิงสถิติการให้บริการ</td>
 <td>แสดงข้อมูลสถิติการให้บริการตามอำนาจหน้าที่หรือภารกิจของหน่วยงาน ๖ เดือนแรกของปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center">อยู่ระหว่างดำเนินการ</td>
</tr>
<tr>
 <td class="text-center">๑๗</td>
 <td>รายงานผลการสำรวจความพึงพอใจการให้บริการ</td>
 <td>แสดงผลสำรวจความพึงพอใจการให้บริการของหน่วยงาน</td>
 <td class="text-center"><a href="/uploads/files/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%AA%E0%B8%B3%E0%B8%A3%E0%B8%A7%E0%B8%88%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B8%9E%E0%B8%B6%E0%B8%87%E0%B8%9E%E0%B8%AD%E0%B9%83%E0%B8%88-%E0%B8%9B%E0%B8%B5%E0%B8%87%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%B2%E0%B8%93-2564.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">๑๘</td>
 <td>E-Service</td>
 <td>แสดงช่องทางการให้บริการข้อมูลผ่านช่องทางออนไลน์ที่บุคคลภายนอกสามารถขอรับบริการได้โดยไม่ต้องเดินทางมายังหน่วยงาน</td>
 <td class="text-center"><a href="http://eservice.phetchabun-demo.go.th/" target="_blank">คลิกที่นี่</a></td>
</tr>
</tbody></table></div>
<h3 id="t93" class="sub-indicator">ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</h3>
<div class="table-responsive"><table class="table table-bordered table-oit">
<thead><tr><th width="7%">ข้อ</th><th width="23%">ข้อมูล</th><th>รายละเอียด (องค์ประกอบ)</th><th width="14%">ลิงก์ที่เกี่ยวข้อง</th></tr></thead>
<tbody>
<tr>
 <td class="text-center">o๑๙</td>
 <td>แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ</td>
 <td>แสดงแผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุตามที่หน่วยงานจะต้องดำเนินการตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ ของปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/procurement/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8%E0%B9%80%E0%B8%9C%E0%B8%A2%E0%B9%81%E0%B8%9E%E0%B8%A3%E0%B9%88%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%8B%E0%B8%B7%E0%B9%89%E0%B8%AD%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%88%E0%B9%89%E0%B8%B2%E0%B8%87-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">o๒๐</td>
 <td>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</td>
 <td>แสดงประกาศตามที่พระราชบัญญัติการจัดซื้อจัดจ้างฯ กำหนด เช่น ประกาศเชิญชวน ประกาศผลการจัดซื้อจัดจ้าง เป็นต้น ในปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/procurement/announce/" target="_blank">รายละเอียด</a></td>
</tr>
<tr>
 <td class="text-center">o๒๑</td>
 <td>สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน</td>
 <td>แสดงสรุปผลการจัดซื้อจัดจ้างของหน่วยงาน อย่างน้อยประกอบด้วย งานที่ซื้อหรือจ้าง วงเงินที่ซื้อหรือจ้าง ราคากลาง วิธีการซื้อหรือจ้าง รายชื่อผู้เสนอราคาและราคาที่เสนอ ผู้ได้รับการคัดเลือกและราคาที่ตกลง เหตุผลที่คัดเลือกโดยสรุป เลขที่และวันที่ของสัญญา จำแนกข้อมูลเป็นรายเดือน ครอบคลุม ๖ เดือนแรกของปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/procurement/sorkor1/" target="_blank">คลิก</a></td>
</tr>
<tr>
 <td class="text-center">o๒๒</td>
 <td>รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี</td>
 <td>แสดงผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน เช่น งบประมาณที่ใช้ในการจัดซื้อจัดจ้าง ปัญหา อุปสรรค และข้อเสนอแนะ เป็นต้น ของปี พ.ศ. ๒๕๖๕</td>
 <td class="text-center"><a href="/uploads/procurement/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%9C%E0%B8%A5%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%8B%E0%B8%B7%E0%B9%89%E0%B8%AD%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%88%E0%B9%89%E0%B8%B2%E0%B8%87%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%88%E0%B8%B3%E0%B8%9B%E0%B8%B5-2565.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
</tbody></table></div>
<h3 id="t94" class="sub-indicator">ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล</h3>
<div class="table-responsive"><table class="table table-bordered table-oit">
<thead><tr><th width="7%">ข้อ</th><th width="23%">ข้อมูล</th><th>รายละเอียด (องค์ประกอบ)</th><th width="14%">ลิงก์ที่เกี่ยวข้อง</th></tr></thead>
<tbody>
<tr>
 <td class="text-center">o๒๓</td>
 <td>นโยบายการบริหารทรัพยากรบุคคล</td>
 <td>แสดงนโยบายการบริหารทรัพยากรบุคคลของผู้บริหารสูงสุด หรือแผนการบริหารและพัฒนาทรัพยากรบุคคลที่ได้ประกาศในนามของหน่วยงาน ที่มีระยะเวลาบังคับใช้ครอบคลุมปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/ita2566/hr-progress-6m-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">o๒๔</td>
 <td>การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล</td>
 <td>แสดงความก้าวหน้าการดำเนินการตามนโยบายหรือแผนการบริหารและพัฒนาทรัพยากรบุคคล เช่น ความก้าวหน้าการดำเนินการแต่ละโครงการ/กิจกรรม รายละเอียดงบประมาณที่ใช้ดำเนินงาน ครอบคลุม ๖ เดือนแรกของปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/ita2566/hr-progress-6m-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">o๒๕</td>
 <td>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</td>
 <td>แสดงหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล อย่างน้อยประกอบด้วย หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร หลักเกณฑ์การพัฒนาบุคลากร หลักเกณฑ์การประเมินผลการปฏิบัติงานบุคลากร หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ</td>
 <td class="text-center"><a href="/uploads/ita2566/hr-criteria-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">o๒๖</td>
 <td>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี</td>
 <td>แสดงผลการบริหารและพัฒนาทรัพยากรบุคคลของหน่วยงาน เช่น ผลการดำเนินการ ปัญหา อุปสรรค และข้อเสนอแนะ ของปี พ.ศ. ๒๕๖๕</td>
 <td class="text-center"><a href="/uploads/ita2566/hr-annual-report-2565.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
</tbody></table></div>
<h3 id="t95" class="sub-indicator">ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส</h3>
<div class="table-responsive"><table class="table table-bordered table-oit">
<thead><tr><th width="7%">ข้อ</th><th width="23%">ข้อมูล</th><th>รายละเอียด (องค์ประกอบ)</th><th width="14%">ลิงก์ที่เกี่ยวข้อง</th></tr></thead>
<tbody>
<tr class="active"><td colspan="4"><strong>การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</strong></td></tr>
<tr>
 <td class="text-center">O27</td>
 <td>แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td>
 <td>แสดงคู่มือหรือแนวทางการดำเนินการต่อเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ เช่น รูปแบบการร้องเรียน ขั้นตอนการดำเนินการ หน่วยงานที่รับผิดชอบ ระยะเวลาดำเนินการ เป็นต้น</td>
 <td class="text-center"><a href="/uploads/files/%E0%B8%84%E0%B8%B9%E0%B9%88%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%87%E0%B8%A3%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B9%80%E0%B8%A3%E0%B8%B5%E0%B8%A2%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%B8%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%95%E0%B9%81%E0%B8%A5%E0%B8%B0%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%9E%E0%B8%A4%E0%B8%95%E0%B8%B4%E0%B8%A1%E0%B8%B4%E0%B8%8A%E0%B8%AD%E0%B8%9A.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">O28</td>
 <td>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td>
 <td>แสดงช่องทางที่บุคคลภายนอกสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบผ่านทางช่องทางออนไลน์ แยกต่างหากจากช่องทางการร้องเรียนทั่วไป และมีการคุ้มครองผู้ร้องเรียน</td>
 <td class="text-center"><a href="/complaint/corruption/" target="_blank">คลิก</a></td>
</tr>
<tr class="active"><td colspan="4"><strong>การเปิดโอกาสให้เกิดการมีส่วนร่วม</strong></td></tr>
<tr>
 <td class="text-center">O30</td>
 <td>การเปิดโอกาสให้เกิดการมีส่วนร่วม</td>
 <td>แสดงการดำเนินการหรือกิจกรรมที่แสดงถึงการเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียได้มีโอกาสเข้ามามีส่วนร่วมในการดำเนินงานตามภารกิจของหน่วยงาน ในปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/ita2566/participation-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
</tbody></table></div>
<h3 class="indicator">ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต</h3>
<h3 id="t101" class="sub-indicator">ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริต</h3>
<div class="table-responsive"><table class="table table-bordered table-oit">
<thead><tr><th width="7%">ข้อ</th><th width="23%">ข้อมูล</th><th>รายละเอียด (องค์ประกอบ)</th><th width="14%">ลิงก์ที่เกี่ยวข้อง</th></tr></thead>
<tbody>
<tr class="active"><td colspan="4"><strong>การป้องกันการรับสินบน (No Gift Policy)</strong></td></tr>
<tr>
 <td class="text-center">O๓๑</td>
 <td>ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่</td>
 <td>แสดงประกาศเจตนารมณ์ของผู้บริหารสูงสุดว่าจะไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ เป็นการประกาศสำหรับปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/ita2566/nogift-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">O๓๒</td>
 <td>การสร้างวัฒนธรรม No Gift Policy</td>
 <td>แสดงการดำเนินการหรือกิจกรรมที่แสดงถึงการสร้างวัฒนธรรมการไม่รับของขวัญ เช่น การประชุมถ่ายทอดนโยบาย การปลุกจิตสำนึก เป็นต้น ในปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/news/view.php?id=238" target="_blank">คลิก</a><br><a href="/news/view.php?id=241" target="_blank">คลิก</a></td>
</tr>
<tr>
 <td class="text-center">O๓๓</td>
 <td>รายงานผลตามนโยบาย No Gift Policy</td>
 <td>แสดงรายงานผลการดำเนินการตามนโยบาย No Gift Policy ประกอบด้วย ผลการดำเนินการ ปัญหา อุปสรรค และแนวทางแก้ไข</td>
 <td class="text-center">-</td>
</tr>
<tr class="active"><td colspan="4"><strong>การประเมินความเสี่ยงเพื่อการป้องกันการทุจริต</strong></td></tr>
<tr>
 <td class="text-center">O๓๔</td>
 <td>การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี</td>
 <td>แสดงผลการประเมินความเสี่ยงของการดำเนินงานหรือการปฏิบัติหน้าที่ที่อาจก่อให้เกิดการทุจริตหรือการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม มีเหตุการณ์ความเสี่ยง ระดับความเสี่ยง และมาตรการในการบริหารจัดการความเสี่ยง</td>
 <td class="text-center"><a href="/uploads/ita2566/risk-assessment-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">O๓๕</td>
 <td>การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ</td>
 <td>แสดงการดำเนินการหรือกิจกรรมที่แสดงถึงการจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ ตามมาตรการในการบริหารจัดการความเสี่ยง ในปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="https://docs.google.com/document/d/1qR7v0Xk3mPbN2cWcHh8sLfE9tYdA4uGz/edit?usp=sharing" target="_blank">คลิก</a></td>
</tr>
<tr class="active"><td colspan="4"><strong>แผนปฏิบัติการป้องกันการทุจริต</strong></td></tr>
<tr>
 <td class="text-center">O๓๖</td>
 <td>แผนปฏิบัติการป้องกันการทุจริต</td>
 <td>แสดงแผนปฏิบัติการป้องกันการทุจริตหรือแผนป้องกันและปราบปรามการทุจริตและประพฤติมิชอบของหน่วยงาน มีรายละเอียด เช่น โครงการ/กิจกรรม งบประมาณ ระยะเวลาดำเนินการ ครอบคลุมปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/ita2566/anti-corruption-plan-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">O๓๗</td>
 <td>รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน</td>
 <td>แสดงความก้าวหน้าในการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ความก้าวหน้าแต่ละโครงการ/กิจกรรม และรายละเอียดงบประมาณที่ใช้ ครอบคลุมระยะเวลา ๖ เดือนแรกของปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/ita2566/anti-corruption-6m-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">O๓๘</td>
 <td>รายงานผลการดำเนินการป้องกันการทุจริตประจำปี</td>
 <td>แสดงผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ผลการดำเนินการโครงการ/กิจกรรม ปัญหา อุปสรรค และข้อเสนอแนะ ของปี พ.ศ. ๒๕๖๕</td>
 <td class="text-center"><a href="/uploads/ita2566/anti-corruption-report-2565.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr class="active"><td colspan="4"><strong>การส่งเสริมจริยธรรม</strong></td></tr>
<tr>
 <td class="text-center">O๓๙</td>
 <td>ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ</td>
 <td>แสดงประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐที่ใช้บังคับกับหน่วยงาน และข้อกำหนดจริยธรรมของหน่วยงาน (ถ้ามี)</td>
 <td class="text-center"><a href="/uploads/files/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%A7%E0%B8%A5%E0%B8%88%E0%B8%A3%E0%B8%B4%E0%B8%A2%E0%B8%98%E0%B8%A3%E0%B8%A3%E0%B8%A1%E0%B8%82%E0%B9%89%E0%B8%B2%E0%B8%A3%E0%B8%B2%E0%B8%8A%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9E%E0%B8%A5%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B8%AD%E0%B8%99-%E0%B8%9E.%E0%B8%A8.2564.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">O๔๐</td>
 <td>การขับเคลื่อนจริยธรรม</td>
 <td>แสดงการดำเนินการตามประมวลจริยธรรม อย่างน้อยประกอบด้วย การจัดตั้งทีมงานหรือคณะทำงานขับเคลื่อนจริยธรรม การจัดทำ Dos &amp; Don'ts การจัดอบรมหรือกิจกรรมที่สอดแทรกเรื่องจริยธรรม ในปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/ita2566/ethics-order-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
</tbody></table></div>
<h3 id="t102" class="sub-indicator">ตัวชี้วัดย่อยที่ 10.2 มาตรการภายในเพื่อป้องกันการทุจริต</h3>
<div class="table-responsive"><table class="table table-bordered table-oit">
<thead><tr><th width="7%">ข้อ</th><th width="23%">ข้อมูล</th><th>รายละเอียด (องค์ประกอบ)</th><th width="14%">ลิงก์ที่เกี่ยวข้อง</th></tr></thead>
<tbody>
<tr>
 <td class="text-center">๔๒</td>
 <td>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</td>
 <td>แสดงการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานในปีที่ผ่านมา ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน และมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส</td>
 <td class="text-center"><a href="/uploads/ita2566/ita-measures-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
<tr>
 <td class="text-center">๔๓</td>
 <td>การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</td>
 <td>แสดงผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ในปี พ.ศ. ๒๕๖๖</td>
 <td class="text-center"><a href="/uploads/ita2566/ita-measures-progress-2566.pdf" target="_blank">ดาวน์โหลด</a></td>
</tr>
</tbody></table></div>
<p class="text-muted">ปรับปรุงข้อมูลล่าสุด : ๒๘ เมษายน ๒๕๖๖ โดย กลุ่มงานยุทธศาสตร์และสารสนเทศ</p>
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
