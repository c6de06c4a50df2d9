/** Texts of the desktop host: worker restarts, the error screen (vi first; en must have the same keys). */
export const desktopVi = {
  backendRestartedTitle: 'Bộ xử lý dữ liệu đã được khởi động lại',
  backendRestarted: 'Bộ xử lý dữ liệu vừa dừng bất ngờ và đã chạy lại. Dữ liệu đã lưu vẫn an toàn; thao tác đang làm dở (nếu có) cần làm lại.',
  errorTitle: 'Màn hình này gặp sự cố',
  errorText: 'Dữ liệu đã lưu vẫn an toàn. Hãy bấm "Lưu thông tin lỗi" và gửi tệp đó cho người hỗ trợ, rồi thử lại.',
  saveErrorInfo: 'Lưu thông tin lỗi',
  retry: 'Thử lại',
  reload: 'Tải lại ứng dụng',
  errorInfoSaved: 'Đã lưu thông tin lỗi vào {{file}}.',
  errorDetail: 'Chi tiết: {{message}}',
};

export const desktopEn: typeof desktopVi = {
  backendRestartedTitle: 'The data engine was restarted',
  backendRestarted: 'The data engine stopped unexpectedly and is running again. Saved data is safe; an operation in progress (if any) needs to be done again.',
  errorTitle: 'This screen ran into a problem',
  errorText: 'Saved data is safe. Click "Save error information", send that file to whoever supports you, then try again.',
  saveErrorInfo: 'Save error information',
  retry: 'Try again',
  reload: 'Reload the app',
  errorInfoSaved: 'Error information saved to {{file}}.',
  errorDetail: 'Details: {{message}}',
};
