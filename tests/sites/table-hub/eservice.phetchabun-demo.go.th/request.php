<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>แบบคำขอออนไลน์ - e-Service</title></head>
<body><h1>แบบคำขอออนไลน์</h1><form method="post"><label>เลขประจำตัวประชาชน <input name="pid"></label><button>ถัดไป</button></form>
<p><a href="/">หน้าแรก e-Service</a></p></body></html>
