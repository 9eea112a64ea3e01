<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ | องค์การบริหารส่วนตำบลหนองกับดัก</title>
<link rel="stylesheet" href="/css/style.css">
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
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
<h1>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1>
<p>ช่องทางนี้สำหรับแจ้งเรื่องร้องเรียนหรือแจ้งเบาะแสการทุจริตและประพฤติมิชอบของผู้บริหารและเจ้าหน้าที่ องค์การบริหารส่วนตำบลหนองกับดัก
โดยเฉพาะ แยกจากช่องทางร้องทุกข์/ร้องเรียนทั่วไป (<a href="/complaint-general.php">ร้องทุกข์/ร้องเรียนทั่วไป คลิกที่นี่</a>)</p>
<p><b>การคุ้มครองผู้ร้องเรียน:</b> องค์การบริหารส่วนตำบลหนองกับดัก จะเก็บรักษาชื่อ ที่อยู่ และข้อมูลของผู้ร้องเรียนเป็นความลับ
ไม่เปิดเผยตัวตนของผู้แจ้งเบาะแส ท่านสามารถแจ้งโดยไม่ระบุชื่อได้</p>
<form method="post" action="/complaint.php" class="complaint-form">
<p><label>ชื่อ-นามสกุล (ไม่บังคับ) <input type="text" name="name"></label></p>
<p><label>เบอร์โทรศัพท์/อีเมลสำหรับติดต่อกลับ (ไม่บังคับ) <input type="text" name="contact"></label></p>
<p><label>เรื่องที่ร้องเรียน <input type="text" name="subject" required></label></p>
<p><label>ผู้ถูกร้องเรียน (ชื่อ/ตำแหน่ง/หน่วยงาน) <input type="text" name="accused"></label></p>
<p><label>รายละเอียดการกระทำที่เป็นการทุจริตหรือประพฤติมิชอบ <textarea name="detail" rows="6" required></textarea></label></p>
<p><label>แนบไฟล์หลักฐาน <input type="file" name="evidence"></label></p>
<div class="g-recaptcha" data-sitekey="6LcX7q0UAAAAAK3mJ9vTqW2yHnB4pQeRz8sLdF1c"></div>
<p><button type="submit">ส่งเรื่องร้องเรียน</button></p>
</form>
<p>ช่องทางอื่น: ยื่นด้วยตนเองหรือทางไปรษณีย์ถึง นายก อบต.หนองกับดัก (ระบุ "ลับ") | ตู้รับเรื่องร้องเรียนหน้าที่ทำการ อบต. |
โทรศัพท์ 043-712-345 ต่อ 11</p>
<p>ขั้นตอนการดำเนินการ: <a href="/files/doc_1058.pdf">คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>
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
