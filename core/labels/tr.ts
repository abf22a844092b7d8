import { ours } from './ours';

/** Turkish (tr.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const tr = ours({
  signInRegister: ['Giriş yap / Kaydol', 'Oturum aç / Kaydol', 'Giriş / Kayıt ol'],
  signIn: ['Giriş yap', 'Oturum aç', 'Giriş'],
  continue: ['Devam', 'Devam et'],
  back: ['Geri'],
  unknownEmail: ['Bu e-posta ile bir hesabınız yok', 'Bu e-postaya ait hesap bulunamadı'],
  account: ['Hesap', 'Hesabım'],
  settings: ['Ayarlar', 'Hesap ayarları'],
  deleteAccountLink: ['Hesabı sil', 'Hesap silme'],
  deleteYourAccount: ['Hesabınızı silin', 'Hesabını sil', 'Hesabınızı sil', 'Hesabımı sil'],
  securityVerification: ['Güvenlik doğrulaması', 'Kimliğinizi doğrulayın'],
  emailMethod: ['E-posta doğrulamanızla', 'E-posta ile', 'E-postanızla', 'E-posta ile doğrula'],
  verificationCode: ['Doğrulama kodu', 'Kodu girin'],
  verify: ['Doğrula', 'Onayla', 'Gönder'],
  confirmSentence: {
    phrases: ['Evet, AliExpress hesabımı kalıcı olarak kapatmak ve verilerimi silmek istiyorum'],
    allWords: [
      ['kapat', 'silmek', 'silin', 'silinmesi', 'kapatılması'],
      ['hesab', 'hesap'],
      ['kalıcı', 'verileri', 'veriler'],
    ],
  },
  deleteAccountButton: ['Hesabı sil', 'Sil'],
  accountDeleted: ['Hesabınız silindi', 'Hesap silindi'],
  orderMethod: ['Kartla ödenmiş önceki bir siparişle', 'Önceki bir siparişle'],
  customerService: ['Müşteri hizmetleriyle iletişime geçin', 'Müşteri hizmetleri'],
  privacyDeleteMyAccount: ['Hesabımı sil'],
  privacyDelete: ['Sil', 'Gönder'],
  privacySubmitted: ['Talebiniz gönderildi', 'Talep gönderildi'],
  legacyProfile: ['Üye profilini düzenle', 'Üye profili'],
  legacyDeactivate: ['Hesabı devre dışı bırak'],
  slideToVerify: ['Doğrulamak için kaydırın', 'Kaydırarak doğrulayın'],
});
