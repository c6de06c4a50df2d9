import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { usePrinterPrint } from '../../../renderer/src/features/certificates/usePrinterPrint';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const request = { decisionId: 4, awardIds: [9, 7], templateId: 2, offset: { calibrationId: 1 } };
const paper = { widthMm: 400, heightMm: 300 };

function PrintButton({ onRecorded }: { onRecorded: () => Promise<void> }) {
  const print = usePrinterPrint(onRecorded);
  return (
    <button type="button" onClick={() => void print(request, paper, 2)}>
      go
    </button>
  );
}

function backendThatPrints(printed: boolean) {
  return fakeBackend({
    'print:document': () => ({ printed, file: null }),
    'certificates:recordPrinted': () => ({ printedAt: '2025-03-15T08:00:00.000Z', awards: 2 }),
  });
}

describe('"In ra máy in"', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(() => {
    cleanup();
    delete (window as { api?: unknown }).api;
  });

  it('in Electron prints the route at actual size, then records the printed awards', async () => {
    (window as { api?: unknown }).api = {};
    const backend = backendThatPrints(true);
    const onRecorded = vi.fn(async () => undefined);
    renderInApp(<PrintButton onRecorded={onRecorded} />);
    fireEvent.click(screen.getByRole('button', { name: 'go' }));
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    expect(backend.inputsOf('print:document')).toEqual([
      { route: 'print/certificates?decision=4&awards=9%2C7&template=2&calibration=1', mode: 'printer', actualSize: paper },
    ]);
    expect(backend.inputsOf('certificates:recordPrinted')).toEqual([request]);
    expect(await screen.findByText('Máy in đã nhận 2 tờ; đã ghi nhận ngày in.')).toBeTruthy();
  });

  it('in Electron records nothing when the job was cancelled', async () => {
    (window as { api?: unknown }).api = {};
    const backend = backendThatPrints(false);
    const onRecorded = vi.fn(async () => undefined);
    renderInApp(<PrintButton onRecorded={onRecorded} />);
    fireEvent.click(screen.getByRole('button', { name: 'go' }));
    expect(await screen.findByText(/Lệnh in bị hủy/)).toBeTruthy();
    expect(backend.inputsOf('certificates:recordPrinted')).toEqual([]);
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it('in the browser links to the route and records only when the user confirms', async () => {
    const backend = backendThatPrints(false);
    renderInApp(<PrintButton onRecorded={async () => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'go' }));
    const link = await screen.findByRole('link', { name: /Mở trang in/ });
    expect(link.getAttribute('href')).toBe('#/print/certificates?decision=4&awards=9%2C7&template=2&calibration=1');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.getByText(/Kích thước thật \/ Actual size/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chưa in' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(backend.inputsOf('certificates:recordPrinted')).toEqual([]);
    expect(backend.inputsOf('print:document')).toHaveLength(1);
  });

  it('in the browser records the printed awards once the user says they came out', async () => {
    const backend = backendThatPrints(false);
    const onRecorded = vi.fn(async () => undefined);
    renderInApp(<PrintButton onRecorded={onRecorded} />);
    fireEvent.click(screen.getByRole('button', { name: 'go' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi nhận đã in' }));
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    expect(backend.inputsOf('certificates:recordPrinted')).toEqual([request]);
  });
});
