import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CalibrationPanel } from '../../../renderer/src/features/certificates/CalibrationPanel';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

describe('printer calibrations', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('says what to do first, then saves a printer with its dx and dy', async () => {
    const backend = fakeBackend({
      'certificates:saveCalibration': ({ draft }) => ({ id: 1, name: draft.name, dxMm: draft.dxMm, dyMm: draft.dyMm, updatedAt: '2025-03-15T08:00:00.000Z' }),
    });
    const onChanged = vi.fn();
    renderInApp(<CalibrationPanel calibrations={[]} onChanged={onChanged} />);
    expect(screen.getByText(/Chưa có hiệu chỉnh nào/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Thêm máy in/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tên máy in'), { target: { value: 'Canon LBP 2900' } });
    fireEvent.change(within(dialog).getByLabelText('dx (mm, + sang phải)'), { target: { value: '1,5' } });
    fireEvent.change(within(dialog).getByLabelText('dy (mm, + xuống dưới)'), { target: { value: '-2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(backend.inputsOf('certificates:saveCalibration')).toEqual([{ draft: { name: 'Canon LBP 2900', dxMm: 1.5, dyMm: -2 } }]);
  });
});
