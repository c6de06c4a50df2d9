import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { CampaignForm } from '../../../renderer/src/features/campaigns/CampaignForm';
import { emptyCampaign, type CampaignFormValues } from '../../../renderer/src/features/campaigns/campaignForm';
import { renderInApp, setupI18n } from '../members/harness';

function typeDate(label: string, text: string) {
  const input = screen.getByLabelText(label);
  fireEvent.focus(input);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
  fireEvent.blur(input);
}

describe('campaign form', { timeout: 60_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('asks for the name, refuses an end before the start, then sends ISO dates and shows "150 ngày"', async () => {
    const onSubmit = vi.fn(async (_values: CampaignFormValues) => undefined);
    // The drawer's footer submits the form by its id.
    renderInApp(
      <>
        <CampaignForm formId="campaign-form" initial={emptyCampaign(2025)} onSubmit={onSubmit} onDirtyChange={() => undefined} />
        <button type="submit" form="campaign-form">
          Lưu
        </button>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));
    expect(await screen.findByText('Nhập tên phong trào.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Tên phong trào'), { target: { value: 'Đợt thi đua cao điểm' } });
    typeDate('Từ ngày', '01/05/2025');
    typeDate('Đến ngày', '30/04/2025');
    fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));
    expect(await screen.findByText('Ngày kết thúc phải từ ngày bắt đầu trở đi.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    typeDate('Đến ngày', '30/09/2025');
    expect(await screen.findByText('150 ngày')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Số, ký hiệu kế hoạch'), { target: { value: '80/KH-LĐLĐ' } });
    fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ name: 'Đợt thi đua cao điểm', startsOn: '2025-05-01', endsOn: '2025-09-30', planNumber: '80/KH-LĐLĐ', year: 2025 });
  });
});
