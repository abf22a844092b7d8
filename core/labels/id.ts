import { ours } from './ours';

/** Indonesian (id.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const id = ours({
  signInRegister: ['Masuk / Daftar', 'Login / Daftar'],
  signIn: ['Masuk', 'Login'],
  continue: ['Lanjutkan', 'Lanjut'],
  back: ['Kembali'],
  unknownEmail: ['Anda tidak memiliki akun dengan email ini'],
  account: ['Akun', 'Akun saya'],
  settings: ['Pengaturan', 'Setelan', 'Pengaturan akun'],
  deleteAccountLink: ['Hapus akun'],
  deleteYourAccount: ['Hapus akun Anda', 'Hapus akunmu', 'Hapus akun saya'],
  securityVerification: ['Verifikasi keamanan', 'Verifikasi identitas Anda'],
  emailMethod: [
    'Dengan verifikasi email Anda',
    'Dengan email Anda',
    'Melalui email',
    'Verifikasi melalui email',
    'Lewat email',
  ],
  verificationCode: ['Kode verifikasi', 'Masukkan kode'],
  verify: ['Verifikasi', 'Konfirmasi', 'Kirim'],
  confirmSentence: {
    phrases: [
      'Ya, saya ingin menutup akun AliExpress saya secara permanen dan menghapus data saya',
    ],
    allWords: [
      ['menutup', 'menghapus', 'hapus', 'tutup', 'penutupan', 'penghapusan'],
      ['akun'],
      ['permanen', 'selamanya', 'data'],
    ],
  },
  deleteAccountButton: ['Hapus akun', 'Hapus'],
  accountDeleted: ['Akun Anda telah dihapus', 'Akun dihapus', 'Akun berhasil dihapus'],
  orderMethod: ['Dengan pesanan sebelumnya yang dibayar dengan kartu', 'Dengan pesanan sebelumnya'],
  customerService: ['Hubungi layanan pelanggan', 'Layanan pelanggan'],
  privacyDeleteMyAccount: ['Hapus akun saya'],
  privacyDelete: ['Hapus', 'Kirim'],
  privacySubmitted: ['Permintaan Anda telah dikirim', 'Permintaan terkirim'],
  legacyProfile: ['Edit profil anggota', 'Profil anggota'],
  legacyDeactivate: ['Nonaktifkan akun'],
  slideToVerify: ['Geser untuk verifikasi', 'Geser untuk memverifikasi'],
});
