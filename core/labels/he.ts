import { ours } from './ours';

/** Hebrew (he.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const he = ours({
  signInRegister: ['התחברות / הרשמה', 'כניסה / הרשמה'],
  signIn: ['התחברות', 'כניסה', 'התחבר'],
  continue: ['המשך'],
  back: ['חזרה', 'חזור'],
  unknownEmail: ['אין לך חשבון עם כתובת האימייל הזו'],
  account: ['חשבון', 'החשבון שלי'],
  settings: ['הגדרות', 'הגדרות חשבון'],
  deleteAccountLink: ['מחיקת חשבון', 'מחק חשבון'],
  deleteYourAccount: ['מחק את החשבון שלך', 'מחיקת החשבון שלך', 'מחק את החשבון שלי'],
  securityVerification: ['אימות אבטחה', 'אמת את זהותך'],
  emailMethod: [
    'באמצעות אימות הדוא"ל שלך',
    'באמצעות דוא"ל',
    'בדוא"ל',
    'באמצעות האימייל שלך',
    'באימייל',
    'דרך הדוא"ל',
  ],
  verificationCode: ['קוד אימות', 'הזן את הקוד'],
  verify: ['אמת', 'אימות', 'שלח', 'אישור'],
  confirmSentence: {
    phrases: ['כן, אני רוצה לסגור לצמיתות את חשבון AliExpress שלי ולמחוק את הנתונים שלי'],
    allWords: [['לסגור', 'למחוק', 'סגירת', 'מחיקת'], ['חשבון'], ['לצמיתות', 'נתונים', 'סופית']],
  },
  deleteAccountButton: ['מחק חשבון', 'מחיקת חשבון', 'מחק'],
  accountDeleted: ['החשבון שלך נמחק', 'החשבון נמחק'],
  orderMethod: ['באמצעות הזמנה קודמת ששולמה בכרטיס', 'באמצעות הזמנה קודמת'],
  customerService: ['פנה לשירות הלקוחות', 'שירות לקוחות'],
  privacyDeleteMyAccount: ['מחק את החשבון שלי', 'מחיקת החשבון שלי'],
  privacyDelete: ['מחק', 'שלח'],
  privacySubmitted: ['הבקשה שלך נשלחה', 'הבקשה נשלחה'],
  legacyProfile: ['עריכת פרופיל חבר', 'פרופיל חבר'],
  legacyDeactivate: ['השבתת חשבון'],
  slideToVerify: ['החלק כדי לאמת', 'גרור כדי לאמת'],
});
