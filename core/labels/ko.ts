import { ours } from './ours';

/** Korean (ko.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const ko = ours({
  signInRegister: ['로그인 / 회원가입', '로그인/회원가입'],
  signIn: ['로그인'],
  continue: ['계속', '다음'],
  back: ['뒤로', '이전'],
  unknownEmail: ['이 이메일로 등록된 계정이 없습니다'],
  account: ['계정', '내 계정', '마이페이지'],
  settings: ['설정', '계정 설정'],
  deleteAccountLink: ['계정 삭제', '계정 탈퇴', '회원 탈퇴'],
  deleteYourAccount: ['계정을 삭제합니다', '내 계정 삭제', '계정 삭제하기'],
  securityVerification: ['보안 인증', '본인 확인', '신원 확인'],
  emailMethod: ['이메일 인증으로', '이메일로 인증', '이메일 인증', '이메일로'],
  verificationCode: ['인증 코드', '코드 입력', '인증번호'],
  verify: ['인증', '확인', '제출'],
  confirmSentence: {
    phrases: ['예, AliExpress 계정을 영구적으로 폐쇄하고 데이터를 삭제하겠습니다'],
    allWords: [['폐쇄', '삭제', '탈퇴', '해지'], ['계정'], ['영구', '데이터']],
  },
  deleteAccountButton: ['계정 삭제', '삭제', '탈퇴하기'],
  accountDeleted: ['계정이 삭제되었습니다', '계정 삭제 완료'],
  orderMethod: ['카드로 결제한 이전 주문으로', '이전 주문으로 인증', '이전 주문'],
  customerService: ['고객센터에 문의', '고객센터', '고객 서비스'],
  privacyDeleteMyAccount: ['내 계정 삭제', '계정 삭제'],
  privacyDelete: ['삭제', '제출'],
  privacySubmitted: ['요청이 제출되었습니다', '요청 완료'],
  legacyProfile: ['회원 프로필 수정', '회원 프로필'],
  legacyDeactivate: ['계정 비활성화'],
  slideToVerify: ['밀어서 인증', '슬라이드하여 인증'],
});
