import { ours } from './ours';

/** Arabic (ar.aliexpress.com). Every label is our own translation,
 * except تسجيل الدخول and مواصلة: seen on the real site, each marked in its `seen` entry with its source.
 */
export const ar = ours({
  signInRegister: ['تسجيل الدخول / التسجيل', 'تسجيل الدخول / إنشاء حساب', 'دخول / تسجيل'],
  signIn: {
    phrases: ['تسجيل الدخول', 'دخول'],
    seen: [
      {
        phrases: ['تسجيل الدخول'],
        source: 'single-source',
        note: 'ar.aliexpress.com, a public script run on the live sign-in [src:real-localized-words]',
      },
    ],
  },
  continue: {
    phrases: ['مواصلة', 'متابعة'],
    seen: [
      {
        phrases: ['مواصلة'],
        source: 'single-source',
        note: 'ar.aliexpress.com, a public script run on the live two-step sign-in [src:real-localized-words]',
      },
    ],
  },
  back: ['رجوع', 'العودة'],
  unknownEmail: ['ليس لديك حساب بهذا البريد الإلكتروني'],
  account: ['الحساب', 'حسابي'],
  settings: ['الإعدادات', 'إعدادات الحساب'],
  deleteAccountLink: ['حذف الحساب'],
  deleteYourAccount: ['احذف حسابك', 'حذف حسابك', 'حذف حسابي', 'احذف حسابي'],
  securityVerification: ['التحقق الأمني', 'تحقق من هويتك', 'التحقق من الهوية'],
  emailMethod: [
    'من خلال التحقق عبر بريدك الإلكتروني',
    'عبر البريد الإلكتروني',
    'باستخدام بريدك الإلكتروني',
    'التحقق عبر البريد الإلكتروني',
    'بالبريد الإلكتروني',
  ],
  verificationCode: ['رمز التحقق', 'أدخل رمز التحقق'],
  verify: ['تحقق', 'تأكيد', 'إرسال'],
  confirmSentence: {
    phrases: ['نعم، أريد إغلاق حسابي على AliExpress نهائيًا وحذف بياناتي'],
    allWords: [['إغلاق', 'حذف'], ['حساب'], ['نهائي', 'بيانات', 'دائم']],
  },
  deleteAccountButton: ['حذف الحساب', 'حذف', 'تأكيد الحذف'],
  accountDeleted: ['تم حذف حسابك', 'تم حذف الحساب'],
  orderMethod: ['باستخدام طلب سابق مدفوع بالبطاقة', 'باستخدام طلب سابق', 'عبر طلب سابق'],
  customerService: ['اتصل بخدمة العملاء', 'خدمة العملاء', 'التواصل مع خدمة العملاء'],
  privacyDeleteMyAccount: ['حذف حسابي', 'احذف حسابي'],
  privacyDelete: ['حذف', 'إرسال'],
  privacySubmitted: ['تم إرسال طلبك', 'تم إرسال الطلب'],
  legacyProfile: ['تعديل ملف العضو', 'ملف العضو'],
  legacyDeactivate: ['إلغاء تنشيط الحساب', 'تعطيل الحساب'],
  slideToVerify: ['اسحب للتحقق', 'مرر للتحقق'],
});
