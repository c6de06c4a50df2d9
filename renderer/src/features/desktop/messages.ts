/** Texts of the desktop host: worker restarts, the error screen (vi first; en must have the same keys). */
export const desktopVi = {
  backendRestartedTitle: 'Bộ xử lý dữ liệu đã được khởi động lại',
  backendRestarted: 'Bộ xử lý dữ liệu vừa dừng bất ngờ và đã chạy lại. Dữ liệu đã lưu vẫn an toàn; thao tác đang làm dở (nếu có) cần làm lại.',
};

export const desktopEn: typeof desktopVi = {
  backendRestartedTitle: 'The data engine was restarted',
  backendRestarted: 'The data engine stopped unexpectedly and is running again. Saved data is safe; an operation in progress (if any) needs to be done again.',
};
