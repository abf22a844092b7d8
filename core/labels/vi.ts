import { ours } from './ours';

/** Vietnamese (vi.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const vi = ours({
  signInRegister: ['Đăng nhập / Đăng ký'],
  signIn: ['Đăng nhập'],
  continue: ['Tiếp tục'],
  back: ['Quay lại', 'Trở lại'],
  unknownEmail: ['Bạn không có tài khoản với email này'],
  account: ['Tài khoản', 'Tài khoản của tôi'],
  settings: ['Cài đặt', 'Cài đặt tài khoản', 'Thiết lập'],
  deleteAccountLink: ['Xóa tài khoản', 'Xoá tài khoản'],
  deleteYourAccount: ['Xóa tài khoản của bạn', 'Xoá tài khoản của bạn', 'Xóa tài khoản của tôi'],
  securityVerification: ['Xác minh bảo mật', 'Xác minh danh tính của bạn'],
  emailMethod: ['Bằng xác minh email', 'Bằng email của bạn', 'Qua email', 'Xác minh qua email'],
  verificationCode: ['Mã xác minh', 'Nhập mã'],
  verify: ['Xác minh', 'Xác nhận', 'Gửi'],
  confirmSentence: {
    phrases: ['Có, tôi muốn đóng vĩnh viễn tài khoản AliExpress của mình và xóa dữ liệu của mình'],
    allWords: [['đóng', 'xóa', 'xoá'], ['khoản'], ['vĩnh', 'liệu']],
  },
  deleteAccountButton: ['Xóa tài khoản', 'Xóa', 'Xoá tài khoản'],
  accountDeleted: ['Tài khoản của bạn đã bị xóa', 'Tài khoản đã được xóa', 'Đã xóa tài khoản'],
  orderMethod: ['Bằng đơn hàng trước đây thanh toán bằng thẻ', 'Bằng đơn hàng trước đây'],
  customerService: ['Liên hệ dịch vụ khách hàng', 'Dịch vụ khách hàng', 'Chăm sóc khách hàng'],
  privacyDeleteMyAccount: ['Xóa tài khoản của tôi'],
  privacyDelete: ['Xóa', 'Gửi'],
  privacySubmitted: ['Yêu cầu của bạn đã được gửi', 'Đã gửi yêu cầu'],
  legacyProfile: ['Chỉnh sửa hồ sơ thành viên', 'Hồ sơ thành viên'],
  legacyDeactivate: ['Vô hiệu hóa tài khoản'],
  slideToVerify: ['Trượt để xác minh'],
});
