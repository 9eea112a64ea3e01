<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ ๒๕๖๖ | สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต ๓</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/spp.css">
</head>
<body>
<header class="py-3 bg-white">
 <div class="container d-flex align-items-center">
  <a href="/"><img src="/images/logo-obec.png" alt="ตราสัญลักษณ์ สพฐ." height="72"></a>
  <div class="ml-3"><div class="h4 mb-0 text-primary">สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต ๓</div>
  <div class="small text-muted">Phayao Primary Educational Service Area Office 3</div></div>
 </div>
</header>

<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
 <div class="container">
  <a class="navbar-brand d-lg-none" href="/">สพป.พย.๓</a>
  <ul class="navbar-nav">
   <li class="nav-item"><a class="nav-link" href="/"><i class="fas fa-home"></i> หน้าแรก</a></li>
   <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="javascript:void(0)" data-toggle="dropdown">ข้อมูลหน่วยงาน</a>
    <div class="dropdown-menu">
     <a class="dropdown-item" href="/about/history/">ประวัติความเป็นมา</a>
     <a class="dropdown-item" href="/about/vision/">วิสัยทัศน์ พันธกิจ เป้าประสงค์</a>
     <a class="dropdown-item" href="/about/structure/">โครงสร้างการบริหารงาน</a>
     <a class="dropdown-item" href="/about/executives/">ทำเนียบผู้บริหาร</a>
     <a class="dropdown-item" href="/about/duty/">อำนาจหน้าที่</a>
    </div></li>
   <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="javascript:void(0)" data-toggle="dropdown">ข่าวสาร</a>
    <div class="dropdown-menu">
     <a class="dropdown-item" href="/news/">ข่าวประชาสัมพันธ์</a>
     <a class="dropdown-item" href="/procurement/">ข่าวจัดซื้อจัดจ้าง</a>
    </div></li>
   <li class="nav-item"><a class="nav-link" href="/eservice/">บริการออนไลน์ (E-Service)</a></li>
   <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="javascript:void(0)" data-toggle="dropdown">ITA</a>
    <div class="dropdown-menu">
     <a class="dropdown-item" href="/ita/">ศูนย์ ITA สพป.พะเยา เขต ๓</a>
     <a class="dropdown-item" href="/ita/oit-2566.php">OIT ปีงบประมาณ ๒๕๖๖</a>
    </div></li>
   <li class="nav-item"><a class="nav-link" href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li>
   <li class="nav-item"><a class="nav-link" href="/contact/">ติดต่อเรา</a></li>
  </ul>
 </div>
</nav>
<div class="container mt-3"><div class="row">
<div class="col-12"><ol class="breadcrumb bg-light"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item active">ITA 2566</li></ol>
<h2>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)</h2>
<p class="lead">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ · สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต ๓</p>
<div class="table-responsive">
<table class="table table-bordered table-hover oit">
 <thead class="thead-dark"><tr><th width="10%">ข้อ</th><th width="40%">ข้อมูล</th><th>รายละเอียดข้อมูล / ลิงก์</th></tr></thead>
 <tbody>
 <tr class="table-info"><td colspan="3"><strong>ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน</strong></td></tr>
<tr><td class="text-center">OIT 1</td><td>โครงสร้าง</td><td class="oit-links"><ul><li><a href="/about/structure/" target="_blank">โครงสร้างการบริหารงาน สพป.พะเยา เขต ๓</a></li><li></li></ul></td></tr>
<tr><td class="text-center">O.2</td><td>ข้อมูลผู้บริหาร</td><td class="oit-links"><ul><li><a href="/about/executives/" target="_blank">ทำเนียบผู้บริหาร สพป.พะเยา เขต ๓</a></li></ul></td></tr>
<tr><td class="text-center">O 3</td><td>อำนาจหน้าที่</td><td class="oit-links"><a href="/about/duty/" target="_blank">อำนาจหน้าที่ของสำนักงานเขตพื้นที่การศึกษา</a></td></tr>
<tr><td class="text-center">ข้อ 4</td><td>แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</td><td class="oit-links"><ul><li>แผนพัฒนาการศึกษาขั้นพื้นฐาน<ul><li><a href="/uploads/ita2566/edu-plan-2561-2565.pdf" target="_blank">ฉบับ พ.ศ. ๒๕๖๑–๒๕๖๕</a></li><li><a href="/uploads/ita2566/edu-plan-2566-2570.pdf" target="_blank">ฉบับ พ.ศ. ๒๕๖๖–๒๕๗๐</a></li></ul></li><li></li></ul></td></tr>
<tr><td class="text-center">5.</td><td>ข้อมูลการติดต่อ</td><td class="oit-links"><ul><li><a href="/contact/" target="_blank">ที่ตั้ง โทรศัพท์ อีเมล และแผนที่</a></li></ul></td></tr>
<tr><td class="text-center">o๖</td><td>กฎหมายที่เกี่ยวข้อง</td><td class="oit-links"><ul><li>พระราชบัญญัติ<ul><li><a href="/uploads/laws/พรบ.การศึกษาแห่งชาติ-2542.pdf" target="_blank">พ.ร.บ.การศึกษาแห่งชาติ พ.ศ. ๒๕๔๒</a></li><li><a href="/uploads/laws/พรบ.ระเบียบบริหารราชการกระทรวงศึกษาธิการ-2546.pdf" target="_blank">พ.ร.บ.ระเบียบบริหารราชการกระทรวงศึกษาธิการ พ.ศ. ๒๕๔๖</a></li></ul></li><li>ประกาศ/ระเบียบ<ul><li><a href="/uploads/laws/ระเบียบการแบ่งส่วนราชการ-สพท-2560.pdf" target="_blank">การแบ่งส่วนราชการภายในสำนักงานเขตพื้นที่การศึกษา</a></li></ul></li><li></li></ul></td></tr>
<tr><td class="text-center"><span class="badge badge-pill badge-primary">7</span></td><td>ข่าวประชาสัมพันธ์</td><td class="oit-links"><ul><li><a href="/news/" target="_blank">ข่าวประชาสัมพันธ์ สพป.พะเยา เขต ๓</a></li></ul></td></tr>
<tr><td class="text-center">O8</td><td>Q&amp;A</td><td class="oit-links"><ul><li><a href="/index.php" target="_blank">กระดานถาม-ตอบ (Q&amp;A)</a></li></ul></td></tr>
<tr><td class="text-center">O9</td><td>Social Network</td><td class="oit-links"><ul><li><a href="https://www.facebook.com/phayao3.demo" target="_blank">Facebook : สพป.พะเยา เขต ๓</a></li><li><a href="/index.html" target="_blank">เว็บไซต์ สพป.พะเยา เขต ๓</a></li></ul></td></tr>
<tr><td class="text-center">O10</td><td>นโยบายคุ้มครองข้อมูลส่วนบุคคล</td><td class="oit-links"><a href="/privacy/" target="_blank">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></td></tr>
<tr class="table-info"><td colspan="3"><strong>ตัวชี้วัดย่อยที่ ๙.๒ การบริหารงาน</strong></td></tr>
<tr><td class="text-center">O11</td><td>แผนดำเนินงานและการใช้งบประมาณประจำปี</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/action-plan-2565.pdf" target="_blank">แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๕</a></li><li><a href="/uploads/ita2566/action-plan-2566.pdf" target="_blank">แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๖</a></li><li></li></ul></td></tr>
<tr><td class="text-center">O12</td><td>รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ ประจำปี รอบ ๖ เดือน</td><td class="oit-links"><ul><li>ปีงบประมาณ พ.ศ. ๒๕๖๖<ul><li><a href="/uploads/ita2566/monitor-q1-2566.pdf" target="_blank">ไตรมาสที่ ๑ (ต.ค.–ธ.ค. ๒๕๖๕)</a></li><li><a href="/uploads/ita2566/monitor-6m-2566.pdf" target="_blank">รอบ ๖ เดือน (ต.ค. ๒๕๖๕ – มี.ค. ๒๕๖๖)</a></li></ul></li></ul></td></tr>
<tr><td class="text-center">ข้อ ๑๓</td><td>รายงานผลการดำเนินงานประจำปี</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/annual-report-2565.pdf" target="_blank">รายงานผลการดำเนินงาน ปีงบประมาณ ๒๕๖๕</a></li></ul></td></tr>
<tr><td class="text-center">O14</td><td>คู่มือหรือมาตรฐานการปฏิบัติงาน</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/manual-personnel.pdf" target="_blank">คู่มือการปฏิบัติงาน กลุ่มบริหารงานบุคคล</a></li><li><a href="https://drive.google.com/file/d/1pH3mKx0Q9ZtY7uVaB2cD4eF6gH8iJ0k/view?usp=sharing" target="_blank">(สำรอง) คู่มือกลุ่มบริหารงานบุคคล บน Google Drive</a></li><li><a href="/uploads/ita2566/manual-plan.pdf" target="_blank">คู่มือการปฏิบัติงาน กลุ่มนโยบายและแผน</a></li></ul></td></tr>
<tr><td class="text-center">O15</td><td>คู่มือหรือมาตรฐานการให้บริการ</td><td class="oit-links"><ul><li>อยู่ระหว่างดำเนินการ</li></ul></td></tr>
<tr><td class="text-center">ข้อ ๑๖</td><td>ข้อมูลเชิงสถิติการให้บริการ</td><td class="oit-links"><ul><li>ปีงบประมาณ ๒๕๖๖<ul><li><a href="/uploads/ita2566/service-stat-q1-2566.pdf" target="_blank">ต.ค.–ธ.ค. ๒๕๖๕</a></li><li>ม.ค.–มี.ค. ๒๕๖๖ (รอรวบรวม)</li></ul></li></ul></td></tr>
<tr><td class="text-center"></td><td><span class="code">O17</span>รายงานผลการสำรวจความพึงพอใจการให้บริการ</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/satisfaction-2565.pdf" target="_blank">ผลสำรวจความพึงพอใจ ปีงบประมาณ ๒๕๖๕</a></li></ul></td></tr>
<tr><td class="text-center">O18</td><td>E-Service</td><td class="oit-links"><ul><li><a href="http://www.phayao3-demo.go.th" target="_blank">ระบบ e-Service สพป.พะเยา เขต ๓</a></li></ul></td></tr>
<tr class="table-info"><td colspan="3"><strong>ตัวชี้วัดย่อยที่ ๙.๓ การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</strong></td></tr>
<tr><td class="text-center">O19</td><td>แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/procurement-plan.pdf" target="_blank">แผนการจัดซื้อจัดจ้าง (ฉบับปรับปรุง)</a></li><li><a href="/uploads/ita2566/procurement-plan-2566.pdf" target="_blank">ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O20</td><td>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</td><td class="oit-links"><ul><li><a href="/procurement/announce/" target="_blank">ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O21</td><td>สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน</td><td class="oit-links"><ul><li>ไตรมาสที่ ๑<ul><li><a href="/uploads/ita2566/skr1-2565-10.pdf" target="_blank">ต.ค. ๒๕๖๕</a></li><li><a href="/uploads/ita2566/skr1-2565-11.pdf" target="_blank">พ.ย. ๒๕๖๕</a></li><li><a href="/uploads/ita2566/skr1-2565-12.pdf" target="_blank">ธ.ค. ๒๕๖๕</a></li></ul></li><li>ไตรมาสที่ ๒<ul><li><a href="/uploads/ita2566/skr1-2566-01.pdf" target="_blank">ม.ค. ๒๕๖๖</a></li><li><a href="/uploads/ita2566/skr1-2566-02.pdf" target="_blank">ก.พ. ๒๕๖๖</a></li><li><a href="/uploads/ita2566/skr1-2566-03.pdf" target="_blank">มี.ค. ๒๕๖๖</a></li></ul></li><li>ไตรมาสที่ ๓<ul><li><a href="/uploads/ita2566/skr1-2566-04.pdf" target="_blank">เม.ย. ๒๕๖๖</a></li></ul></li><li></li></ul></td></tr>
<tr><td class="text-center">O 22</td><td>รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี</td><td class="oit-links"><a href="/uploads/ita2566/procurement-report-2565.pdf" target="_blank">รายงานผลการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๕</a></td></tr>
<tr class="table-info"><td colspan="3"><strong>ตัวชี้วัดย่อยที่ ๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล</strong></td></tr>
<tr><td class="text-center">O23</td><td>นโยบายการบริหารทรัพยากรบุคคล</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/hr-policy-2566.pdf" target="_blank">นโยบายการบริหารทรัพยากรบุคคล ปีงบประมาณ ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O24</td><td>การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/hr-progress-6m-2566.pdf" target="_blank">รายงานผลการดำเนินการ รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O25</td><td>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</td><td class="oit-links"><ul><li>การสรรหาและคัดเลือก<ul><li><a href="/uploads/ita2566/hr-criteria-recruit-2566.pdf" target="_blank">หลักเกณฑ์และวิธีการสรรหาและเลือกสรร</a></li></ul></li><li>การพัฒนาบุคลากร<ul><li><a href="/uploads/ita2566/hr-criteria-develop-2566.pdf" target="_blank">หลักเกณฑ์การพัฒนาบุคลากร</a></li></ul></li><li>การประเมินผลการปฏิบัติงาน<ul><li><a href="/uploads/ita2566/hr-criteria-appraisal-2566.pdf" target="_blank">หลักเกณฑ์การประเมินผลการปฏิบัติงาน</a></li></ul></li><li>การให้คุณให้โทษและการสร้างขวัญกำลังใจ<ul><li></li></ul></li></ul></td></tr>
<tr><td class="text-center"></td><td>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/hr-report-2565.pdf" target="_blank">รายงานผล ปีงบประมาณ ๒๕๖๕</a></li></ul></td></tr>
<tr class="table-info"><td colspan="3"><strong>ตัวชี้วัดย่อยที่ ๙.๕ การส่งเสริมความโปร่งใส</strong></td></tr>
<tr><td class="text-center">OIT 27</td><td>แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/complaint-guideline.pdf" target="_blank">คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li></ul></td></tr>
<tr><td class="text-center">O28</td><td>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td><td class="oit-links"><ul><li><a href="/complaint/corruption/" target="_blank">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์)</a></li></ul></td></tr>
<tr><td class="text-center">O29</td><td>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/corruption-complaint-stat-6m-2566.pdf" target="_blank">สถิติเรื่องร้องเรียน รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O30</td><td>การเปิดโอกาสให้เกิดการมีส่วนร่วม</td><td class="oit-links"><ul><li><a href="/news/n-1183.html" target="_blank">ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ๑๕ ธ.ค. ๒๕๖๕</a></li></ul></td></tr>
<tr class="table-info"><td colspan="3"><strong>ตัวชี้วัดย่อยที่ ๑๐.๑ การดำเนินการเพื่อป้องกันการทุจริต</strong></td></tr>
<tr><td class="text-center">O31</td><td>ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/no-gift-2566.pdf" target="_blank">ประกาศ สพป.พะเยา เขต ๓ เรื่อง นโยบาย No Gift Policy ปี ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O32</td><td>การสร้างวัฒนธรรม No Gift Policy</td><td class="oit-links"><ul><li><a href="/news/n-1186.html" target="_blank">กิจกรรมปลุกจิตสำนึก งดรับ งดให้ ปีใหม่ ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O33</td><td>รายงานผลตามนโยบาย No Gift Policy</td><td class="oit-links"><ul><li><a href="#">รายงานผลตามนโยบาย No Gift Policy</a></li></ul></td></tr>
<tr><td class="text-center">o๓๔</td><td>การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/risk-assessment-2566.pdf" target="_blank">รายงานการประเมินความเสี่ยงการทุจริต ปีงบประมาณ ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O36</td><td>แผนปฏิบัติการป้องกันการทุจริต</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/anti-corruption-plan-draft.pdf" target="_blank">แผนปฏิบัติการป้องกันการทุจริต (ร่าง)</a></li><li><a href="/uploads/ita2566/anti-corruption-plan-2565.pdf" target="_blank">ปีงบประมาณ พ.ศ. ๒๕๖๕</a></li><li><a href="/uploads/ita2566/anti-corruption-plan-2566.pdf" target="_blank">ปีงบประมาณ พ.ศ. ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O37</td><td>รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/anti-corruption-6m-2566.pdf" target="_blank">รายงานรอบ ๖ เดือน ปีงบประมาณ ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O38</td><td>รายงานผลการดำเนินการป้องกันการทุจริตประจำปี</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/anti-corruption-report-2565.pdf" target="_blank">รายงานผล ปีงบประมาณ ๒๕๖๕</a></li></ul></td></tr>
<tr><td class="text-center">39.</td><td>ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/code-of-ethics-civil-service.pdf" target="_blank">ประมวลจริยธรรมข้าราชการพลเรือน</a></li><li><a href="/uploads/ita2566/ethics-rules-teachers.pdf" target="_blank">ข้อกำหนดจริยธรรมข้าราชการครูฯ</a></li></ul></td></tr>
<tr><td class="text-center">O40</td><td>การขับเคลื่อนจริยธรรม</td><td class="oit-links"><ul><li>คำสั่งแต่งตั้งคณะทำงาน<ul><li><a href="/uploads/ita2566/ethics-committee-order-2566.pdf" target="_blank">คำสั่งที่ ๓๑๒/๒๕๖๕</a></li></ul></li><li>Dos &amp; Don'ts<ul><li><a href="/uploads/ita2566/dos-and-donts-2566.pdf" target="_blank">Dos &amp; Don'ts ปี ๒๕๖๖</a></li></ul></li><li>กิจกรรม<ul><li><a href="/news/n-1189.html" target="_blank">อบรมส่งเสริมคุณธรรมจริยธรรม ๒๘ เม.ย. ๒๕๖๖</a></li></ul></li></ul></td></tr>
<tr><td class="text-center">O41</td><td>การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/ethics-assessment-2564.pdf" target="_blank">รายงานผลการประเมินจริยธรรม</a></li></ul></td></tr>
<tr class="table-info"><td colspan="3"><strong>ตัวชี้วัดย่อยที่ ๑๐.๒ มาตรการภายในเพื่อส่งเสริมความโปร่งใสและป้องกันการทุจริต</strong></td></tr>
<tr><td class="text-center"><span class="badge badge-pill badge-primary">42</span></td><td>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/ita-measures-2566.pdf" target="_blank">มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖</a></li></ul></td></tr>
<tr><td class="text-center">O43</td><td>การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</td><td class="oit-links"><ul><li><a href="/uploads/ita2566/ita-measures-result-2566.pdf" target="_blank">รายงานผลการดำเนินการตามมาตรการฯ ปีงบประมาณ ๒๕๖๖</a></li></ul></td></tr>
 </tbody>
</table></div></div>
</div></div>

<footer class="bg-dark text-light pt-4 pb-2 mt-4">
 <div class="container">
  <div class="row">
   <div class="col-md-7">
    <h5>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต ๓</h5>
    <p class="small">สำนักงานตั้งอยู่ ๒๑๙ หมู่ ๕ ถ.พหลโยธิน ต.บ้านเหล่า อ.แม่ใจ จ.พะเยา ๕๖๑๓๐<br>
    โทร ๐ ๕๔๔๙ ๙๓๑๒ | saraban@phayao3-demo.go.th</p>
   </div>
   <div class="col-md-5 small">
    <a class="text-light" href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> ·
    <a class="text-light" href="/contact/">ติดต่อเรา</a> ·
    <a class="text-light" href="https://www.facebook.com/phayao3.demo" target="_blank"><i class="fab fa-facebook"></i></a>
   </div>
  </div>
  <p class="small text-center text-muted mb-0">© ๒๕๖๖ สพป.พะเยา เขต ๓ · ออกแบบโดย งานเทคโนโลยีสารสนเทศ กลุ่มส่งเสริมการศึกษาทางไกลฯ</p>
 </div>
</footer>
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>
