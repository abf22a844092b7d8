import { ours } from './ours';

/** Japanese (ja.aliexpress.com). Every label is our own translation,
 * except アカウント and サインイン: seen on the real site, each marked in its `seen` entry with its source.
 */
export const ja = ours({
  signInRegister: ['ログイン / 新規登録', 'サインイン / 登録', 'ログイン/登録'],
  signIn: {
    phrases: ['ログイン', 'サインイン'],
    seen: [
      {
        phrases: ['サインイン'],
        source: 'single-source',
        note: 'ja.aliexpress.com, a real 2025-07 Japanese response of the old header flyout [src:real-localized-words]',
      },
    ],
  },
  continue: ['続行', '次へ', '続ける'],
  back: ['戻る'],
  unknownEmail: ['このメールアドレスのアカウントはありません'],
  account: {
    phrases: ['アカウント', 'マイアカウント'],
    seen: [
      {
        phrases: ['アカウント'],
        source: 'single-source',
        note: 'ja.aliexpress.com, a real 2025-07 Japanese response of the old header [src:real-localized-words]',
      },
    ],
  },
  settings: ['設定', 'アカウント設定'],
  deleteAccountLink: [
    'アカウントを削除',
    'アカウント削除',
    'アカウントの削除',
    '退会',
    '退会手続き',
  ],
  deleteYourAccount: [
    'アカウントを削除する',
    'あなたのアカウントを削除',
    '退会手続きに進む',
    'アカウントを削除して退会',
  ],
  securityVerification: ['セキュリティ認証', '本人確認', 'セキュリティ確認'],
  emailMethod: [
    'メール認証',
    'メールアドレスで認証',
    'メールで認証',
    'メールアドレスで確認',
    'メールで確認',
  ],
  verificationCode: ['認証コード', '確認コード', 'コードを入力'],
  verify: ['認証', '確認', '送信', '認証する'],
  confirmSentence: {
    phrases: ['はい、AliExpressアカウントを完全に閉鎖し、データを削除します'],
    allWords: [['閉鎖', '削除', '解約'], ['アカウント'], ['永久', '完全', 'データ']],
  },
  deleteAccountButton: ['アカウントを削除', 'アカウント削除', '削除する', '削除', '退会する'],
  accountDeleted: [
    'アカウントが削除されました',
    'アカウントは削除されました',
    '削除が完了しました',
    '退会手続きが完了しました',
    '退会が完了しました',
  ],
  orderMethod: ['カードで支払った過去の注文で認証', '過去の注文で認証', '過去の注文'],
  customerService: ['カスタマーサービスに連絡', 'カスタマーサービス', 'お問い合わせ'],
  privacyDeleteMyAccount: ['私のアカウントを削除', 'アカウントを削除'],
  privacyDelete: ['削除', '送信'],
  privacySubmitted: ['リクエストが送信されました', 'リクエストを送信しました', '送信されました'],
  legacyProfile: ['会員プロフィールを編集', '会員プロフィール'],
  legacyDeactivate: ['アカウントを無効化', 'アカウントの無効化'],
  slideToVerify: ['スライドして認証', 'スライドして確認'],
});
