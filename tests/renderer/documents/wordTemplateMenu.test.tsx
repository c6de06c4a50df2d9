import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { WordTemplateMenu } from '../../../renderer/src/components/WordTemplateMenu';
import { BackendError } from '../fakeBackend';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const docx = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });

async function openMenu() {
  fireEvent.mouseEnter(screen.getByRole('button', { name: 'Mẫu quyết định (Word)' }));
  return screen.findByText('Thay bằng mẫu của mình (.docx)…');
}

describe('the Word template menu of a decision', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('replaces the decision template with the chosen .docx, then restores the default after asking', async () => {
    let custom = false;
    const backend = fakeBackend({
      'awardDecisions:templateStatus': () => ({ custom }),
      'awardDecisions:templateReplace': () => ({ custom: (custom = true) }),
      'awardDecisions:templateRestore': () => ({ custom: (custom = false) }),
    });
    renderInApp(<WordTemplateMenu kind="decision" />);
    await waitFor(() => expect(backend.inputsOf('awardDecisions:templateStatus')).toHaveLength(1));
    expect(await openMenu()).toBeTruthy();
    expect(screen.getByText('Đang dùng mẫu quyết định mặc định')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Thay bằng mẫu của mình (.docx)…'), { target: { files: [docx('mau-qd.docx')] } });
    await waitFor(() => expect(backend.inputsOf('awardDecisions:templateReplace')).toHaveLength(1));
    expect(backend.inputsOf('awardDecisions:templateReplace')[0]).toEqual({ fileName: 'mau-qd.docx', base64: 'UEsDBA==' });
    expect(await screen.findByText('Đã dùng mau-qd.docx làm mẫu quyết định.')).toBeTruthy();
    expect(await screen.findByText('Đang dùng mẫu quyết định riêng của đơn vị')).toBeTruthy();

    fireEvent.click(screen.getByText('Dùng lại mẫu mặc định'));
    const confirm = await screen.findByRole('dialog');
    expect(confirm.textContent).toContain('Bỏ mẫu quyết định riêng và dùng lại mẫu mặc định?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Dùng lại mẫu mặc định' }));
    await waitFor(() => expect(backend.inputsOf('awardDecisions:templateRestore')).toHaveLength(1));
    expect(await screen.findByText('Đã dùng lại mẫu quyết định mặc định.')).toBeTruthy();
  });

  it('shows the backend\'s message when a template is refused', async () => {
    const message = 'Tệp hong.docx không dùng làm mẫu quyết định được ({number): chọn tệp .docx sửa từ mẫu mặc định, giữ các trường trong ngoặc nhọn như {number}.';
    fakeBackend({
      'awardDecisions:templateStatus': () => ({ custom: false }),
      'awardDecisions:templateReplace': () => {
        throw new BackendError({ code: 'AWARD_TEMPLATE_INVALID', message, details: {} });
      },
    });
    renderInApp(<WordTemplateMenu kind="decision" />);
    await openMenu();
    fireEvent.change(screen.getByLabelText('Thay bằng mẫu của mình (.docx)…'), { target: { files: [docx('hong.docx')] } });
    expect(await screen.findByText(message)).toBeTruthy();
  });
});
