/** Texts of backups: the copy to a USB stick, the reminder, restoring (vi first; en must have the same keys). */
export const backupsVi = {
  backupOut: 'Sao lưu ra USB…',
  backupOutDone: 'Đã sao lưu vào {{file}}',
  remindTitle: 'Dữ liệu chưa được sao lưu ra ngoài máy',
  remindNever: 'Chưa có bản sao lưu nào ra ngoài máy (USB, ổ khác). Nếu máy hỏng hoặc bị mất, dữ liệu sẽ mất theo.',
  remindLast: 'Lần sao lưu ra ngoài máy gần nhất là ngày {{date}}, đã hơn 7 ngày. Hãy cắm USB và sao lưu.',
};

export const backupsEn: typeof backupsVi = {
  backupOut: 'Back up to USB…',
  backupOutDone: 'Backed up to {{file}}',
  remindTitle: 'Your data has not been backed up off this PC',
  remindNever: 'There is no backup off this PC yet (a USB stick, another drive). If the PC breaks or is lost, the data goes with it.',
  remindLast: 'The last backup off this PC was on {{date}}, more than 7 days ago. Plug in a USB stick and back up.',
};
