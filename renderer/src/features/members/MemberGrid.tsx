import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GridApi, IDatasource, RowStyle } from 'ag-grid-community';
import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '@shared/members/model';
import type { MemberFilter, MemberPage } from '@shared/members/query';
import { formatDateVi, isValidIsoDate } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { formatBirthDate } from '../../components/MemberPicker';
import { gridTheme } from './gridSetup';
import { dataText } from '../../i18n/textKey';

/** Rows fetched per request, and how many such blocks the grid keeps (≈ 5,000 rows in memory). */
export const BLOCK_SIZE = 100;
export const MAX_BLOCKS = 50;
/**
 * Longer lists are cut into pages of this many rows. Past ~16 million pixels of scroll height
 * (about 550,000 rows) Chromium places rows to the nearest few pixels and they overlap.
 */
export const PAGE_ROWS = 500_000;
/** Grid width (px) under which the phone, card number and union position columns are left out. */
const COMPACT_WIDTH = 1300;

export interface MemberGridHandle {
  focusFirstRow(): void;
}

const isoToVi = (value: string | null | undefined) => (value && isValidIsoDate(value) ? formatDateVi(value) : '');

/**
 * The members list, paged from SQL through the infinite row model in the official order: the
 * grid never sorts or holds the whole list, so a million rows scroll like a hundred.
 */
export function MemberGrid({
  query,
  version,
  onPage,
  onError,
  onSelectionChange,
  onOpen,
  ref,
}: {
  /** The filters, already debounced; a change reloads from the first row. */
  query: MemberFilter;
  /** Bumped after a change to the data: reload the rows in place. */
  version: number;
  onPage(page: Pick<MemberPage, 'total' | 'totalCapped'>): void;
  onError(error: unknown): void;
  onSelectionChange(rows: MemberListItem[]): void;
  onOpen(member: MemberListItem): void;
  ref?: Ref<MemberGridHandle>;
}) {
  const { t, i18n } = useTranslation();
  const [api, setApi] = useState<GridApi<MemberListItem> | null>(null);
  const [paged, setPaged] = useState(false);
  const live = useRef({ query, onPage, onError, generation: 0 });
  live.current.query = query;
  live.current.onPage = onPage;
  live.current.onError = onError;

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows({ startRow, endRow, successCallback, failCallback }) {
        const state = live.current;
        const generation = state.generation;
        call('members:list', { ...state.query, offset: startRow, limit: endRow - startRow }).then(
          (page) => {
            if (generation !== live.current.generation) return failCallback();
            live.current.onPage(page);
            setPaged(page.total > PAGE_ROWS);
            successCallback(page.items, page.total);
          },
          (error: unknown) => {
            failCallback();
            if (generation === live.current.generation) live.current.onError(error);
          },
        );
      },
    }),
    [],
  );

  // New filters: forget every cached block and start again from the top.
  const queryKey = JSON.stringify(query);
  const shown = useRef({ queryKey, version });
  useEffect(() => {
    if (!api) return;
    const filtersChanged = shown.current.queryKey !== queryKey;
    if (!filtersChanged && shown.current.version === version) return;
    shown.current = { queryKey, version };
    live.current.generation++;
    api.deselectAll();
    if (filtersChanged) {
      if (api.paginationGetCurrentPage() > 0) api.paginationGoToFirstPage();
      if (api.getDisplayedRowCount() > 0) api.ensureIndexVisible(0, 'top');
    }
    api.purgeInfiniteCache();
  }, [api, queryKey, version]);

  useImperativeHandle(
    ref,
    () => ({
      focusFirstRow() {
        if (!api || api.getDisplayedRowCount() === 0) return;
        api.ensureIndexVisible(0, 'top');
        api.setFocusedCell(0, 'fullName');
      },
    }),
    [api],
  );

  // Below COMPACT_WIDTH the grid drops phone, card number (both still searchable) and union position
  // (shown in the member's drawer) so that the CĐCS, its status and the joining date stay on screen at 1366×768.
  const [compact, setCompact] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setCompact((entry?.contentRect.width ?? COMPACT_WIDTH) < COMPACT_WIDTH));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const columns = useMemo<ColDef<MemberListItem>[]>(
    () => [
      {
        colId: 'index',
        headerName: t('members.columns.index'),
        width: 56,
        type: 'rightAligned',
        valueGetter: ({ node }) => (node?.rowIndex == null ? '' : formatNumber(node.rowIndex + 1)),
      },
      { field: 'fullName', headerName: t('members.columns.fullName'), width: 168, tooltip: true, cellStyle: { fontWeight: 500 } },
      { field: 'birthDate', headerName: t('members.columns.birthDate'), width: 90, valueFormatter: ({ value }) => formatBirthDate(value) },
      { field: 'sex', headerName: t('members.columns.sex'), width: 64, valueFormatter: ({ value }) => (value ? dataText(t, `members.sex.${value}`) : '') },
      { field: 'cccd', headerName: t('members.columns.cccd'), width: 108 },
      { field: 'phone', headerName: t('members.columns.phone'), width: 102, hide: compact },
      { field: 'cardNumber', headerName: t('members.columns.cardNumber'), width: 100, hide: compact },
      {
        field: 'unionPosition',
        headerName: t('members.columns.position'),
        width: 112,
        hide: compact,
        valueFormatter: ({ value }) => (value && value !== 'none' ? dataText(t, `members.position.${value}`) : ''),
      },
      {
        field: 'unionName',
        headerName: t('members.columns.union'),
        flex: 1,
        minWidth: 180,
        valueFormatter: ({ data }) => (data ? data.unionShortName || data.unionName : ''),
        tooltip: ({ data }) => (data ? [data.unionCode, data.unionName].filter(Boolean).join(' — ') : ''),
      },
      { field: 'status', headerName: t('members.columns.status'), width: 108, valueFormatter: ({ value }) => (value ? dataText(t, `members.status.${value}`) : '') },
      { field: 'joinedOn', headerName: t('members.columns.joinedOn'), width: 100, valueFormatter: ({ value }) => isoToVi(value) },
    ],
    [t, compact],
  );

  return (
    <div ref={box} style={{ height: '100%', width: '100%' }} data-testid="members-grid">
      <AgGridReact<MemberListItem>
        theme={gridTheme}
        localeText={i18n.language === 'vi' ? AG_GRID_LOCALE_VN : undefined}
        columnDefs={columns}
        defaultColDef={{ sortable: false, resizable: true, suppressMovable: true, wrapHeaderText: true, autoHeaderHeight: true }}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK_SIZE}
        maxBlocksInCache={MAX_BLOCKS}
        infiniteInitialRowCount={1}
        maxConcurrentDatasourceRequests={2}
        blockLoadDebounceMillis={60}
        getRowId={({ data }) => String(data.id)}
        rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false }}
        // Chromium rounds transforms and pinned layers to a few pixels far down a tall list: rows
        // are placed with `top`, nothing is pinned, and very long lists are paged (PAGE_ROWS).
        suppressRowTransform
        pagination={paged}
        paginationPageSize={PAGE_ROWS}
        paginationPageSizeSelector={false}
        selectionColumnDef={{ width: 40 }}
        getRowStyle={({ data }): RowStyle | undefined => (data && data.status !== 'active' ? { color: '#8c8c8c' } : undefined)}
        tooltipShowDelay={600}
        suppressNoRowsOverlay
        onGridReady={({ api: ready }) => {
          setApi(ready);
          onSelectionChange([]);
        }}
        onSelectionChanged={({ api: grid }) => onSelectionChange(grid.getSelectedRows())}
        // One click opens the member; the checkbox column only selects.
        onCellClicked={({ data, column }) => data && !column.getColId().startsWith('ag-Grid-') && onOpen(data)}
        onCellKeyDown={({ event, data }) => {
          if ((event as KeyboardEvent | null)?.key === 'Enter' && data) onOpen(data);
        }}
      />
    </div>
  );
}
