<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>งานบริหารงานบุคคล :: เทศบาลเมืองบางพระหลวง</title>
<link href="/templates/tessaban/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#f3efe0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td colspan="2"><img src="/templates/tessaban/images/banner.jpg" width="1000" height="180" alt="เทศบาลเมืองบางพระหลวง"></td></tr>
<tr><td colspan="2" class="topmenu"><a href="/">หน้าแรก</a> | <a href="/news.php">ข่าวสาร</a> | <a href="/procurement.php">จัดซื้อจัดจ้าง</a> | <a href="/contact.php">ติดต่อเรา</a></td></tr>
<tr>
<td width="230" valign="top" class="left">
<div class="menu-head">ข้อมูลพื้นฐาน</div><ul class="leftmenu">
<li><a href="/history.php">ประวัติเทศบาล</a></li>
<li><a href="/structure.php">โครงสร้างส่วนราชการ</a></li>
<li><a href="/files/about/ทำเนียบคณะผู้บริหาร.pdf">คณะผู้บริหาร</a></li>
<li><a href="/duty.php">อำนาจหน้าที่</a></li>
<li><a href="/plan.php">แผนพัฒนาท้องถิ่น</a></li>
<li><a href="/laws.php">กฎหมายที่เกี่ยวข้อง</a></li>
<li><a href="/contact.php">ติดต่อเรา</a></li>
</ul>
<div class="menu-head">ข่าวสาร</div><ul class="leftmenu">
<li><a href="/news.php">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/webboard.php">กระดานถาม-ตอบ</a></li>
<li><a href="https://www.facebook.com/bangphraluang.city">Facebook เทศบาล</a></li>
<li><a href="/privacy.php">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li>
</ul>
<div class="menu-head">การบริหารงาน</div><ul class="leftmenu">
<li><a href="/plan-budget.php">แผนงานและงบประมาณ</a></li>
<li><a href="/service.php">งานบริการประชาชน</a></li>
<li><a href="/procurement.php">ศูนย์ข้อมูลจัดซื้อจัดจ้าง</a></li>
<li><a href="/procurement.php#skr">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></li>
<li><a href="/hr.php">งานบริหารงานบุคคล</a></li>
</ul>
<div class="menu-head">ร้องเรียน</div><ul class="leftmenu">
<li><a href="/complaint.php">ร้องเรียน/ร้องทุกข์</a></li>
<li><a href="/corruption.php">แจ้งเบาะแสการทุจริต</a></li>
</ul>
<div class="menu-head">ป้องกันการทุจริต</div><ul class="leftmenu">
<li><a href="/anticorruption.php">ศูนย์ป้องกันการทุจริต</a></li>
<li><a href="/news-detail.php?id=418">การสร้างวัฒนธรรม No Gift Policy</a></li>
<li><a href="/ethics.php">ประมวลจริยธรรม</a></li>
</ul>
</td>
<td width="770" valign="top" class="content">
<h2>งานบริหารงานบุคคล</h2>
<div class="accordion" id="hr">
 <div class="card"><div class="card-header"><a data-toggle="collapse" href="#hr1">นโยบายการบริหารทรัพยากรบุคคล</a></div>
  <div id="hr1" class="collapse"><div class="card-body"><a href="/files/hr/นโยบายการบริหารทรัพยากรบุคคล-2566.pdf">นโยบายการบริหารทรัพยากรบุคคล ประจำปี ๒๕๖๖</a></div></div></div>
 <div class="card"><div class="card-header"><a data-toggle="collapse" href="#hr2">การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล</a></div>
  <div id="hr2" class="collapse"><div class="card-body">อยู่ระหว่างดำเนินการ</div></div></div>
 <div class="card"><div class="card-header"><a data-toggle="collapse" href="#hr3">หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</a></div>
  <div id="hr3" class="collapse"><div class="card-body"><a href="/files/hr/หลักเกณฑ์การบริหารงานบุคคล-2566.pdf">หลักเกณฑ์ฯ ปีงบประมาณ ๒๕๖๖</a></div></div></div>
 <div class="card"><div class="card-header"><a data-toggle="collapse" href="#hr4">รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี</a></div>
  <div id="hr4" class="collapse"><div class="card-body"><a href="#">รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี ๒๕๖๕</a></div></div></div>
</div>
</td>
</tr>
</table>
<div class="footer">
<p><strong>เทศบาลเมืองบางพระหลวง</strong></p>
<p>เลขที่ ๙๙ หมู่ที่ ๓ ถนนชุมแสง–ท่าตะโก ตำบลบางพระหลวง อำเภอชุมแสง จังหวัดนครสวรรค์ ๖๐๑๒๐</p>
<p>โทรศัพท์ ๐ ๕๖๒๘ ๘๑๐๐ โทรสาร ๐ ๕๖๒๘ ๘๑๐๑</p>
<p>อีเมล saraban@bangphraluang-demo.go.th</p>
<p class="copy">Copyright © 2023 เทศบาลเมืองบางพระหลวง All rights reserved. ผู้เข้าชม 203,118</p>
</div>
</body>
</html>
