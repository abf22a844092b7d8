import { ours } from './ours';

/** Thai (th.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const th = ours({
  signInRegister: ['ลงชื่อเข้าใช้ / ลงทะเบียน', 'เข้าสู่ระบบ / สมัครสมาชิก', 'เข้าสู่ระบบ/ลงทะเบียน'],
  signIn: ['ลงชื่อเข้าใช้', 'เข้าสู่ระบบ'],
  continue: ['ดำเนินการต่อ', 'ถัดไป'],
  back: ['ย้อนกลับ', 'กลับ'],
  unknownEmail: ['คุณไม่มีบัญชีที่ใช้อีเมลนี้'],
  account: ['บัญชี', 'บัญชีของฉัน'],
  settings: ['การตั้งค่า', 'ตั้งค่า', 'ตั้งค่าบัญชี'],
  deleteAccountLink: ['ลบบัญชี', 'ลบบัญชีผู้ใช้'],
  deleteYourAccount: ['ลบบัญชีของคุณ'],
  securityVerification: ['การยืนยันความปลอดภัย', 'ยืนยันตัวตน'],
  emailMethod: ['ด้วยการยืนยันทางอีเมล', 'ทางอีเมล', 'ยืนยันทางอีเมล', 'ผ่านอีเมล'],
  verificationCode: ['รหัสยืนยัน', 'กรอกรหัส'],
  verify: ['ยืนยัน', 'ส่ง', 'ตรวจสอบ'],
  confirmSentence: {
    phrases: ['ใช่ ฉันต้องการปิดบัญชี AliExpress ของฉันอย่างถาวรและลบข้อมูลของฉัน'],
    allWords: [['ปิด', 'ลบ'], ['บัญชี'], ['ถาวร', 'ข้อมูล']],
  },
  deleteAccountButton: ['ลบบัญชี', 'ลบ'],
  accountDeleted: ['บัญชีของคุณถูกลบแล้ว', 'ลบบัญชีแล้ว'],
  orderMethod: ['ด้วยคำสั่งซื้อก่อนหน้าที่ชำระด้วยบัตร', 'ด้วยคำสั่งซื้อก่อนหน้า'],
  customerService: ['ติดต่อฝ่ายบริการลูกค้า', 'ฝ่ายบริการลูกค้า', 'บริการลูกค้า'],
  privacyDeleteMyAccount: ['ลบบัญชีของฉัน'],
  privacyDelete: ['ลบ', 'ส่ง'],
  privacySubmitted: ['ส่งคำขอของคุณแล้ว', 'ส่งคำขอแล้ว'],
  legacyProfile: ['แก้ไขโปรไฟล์สมาชิก', 'โปรไฟล์สมาชิก'],
  legacyDeactivate: ['ปิดใช้งานบัญชี'],
  slideToVerify: ['เลื่อนเพื่อยืนยัน'],
});
