import { useCallback } from 'react';
import type { ClusterDetail, SheetDetail } from '@shared/clusters/model';
import type { Settings } from '@shared/settings/schema';
import { call } from '../../../api/client';
import { useLoad } from '../../../components/useLoad';
import { useAppStore } from '../../../stores/appStore';
import { usePrintReady } from '../../usePrintReady';

interface SheetPrint {
  sheet: SheetDetail | null;
  cluster: ClusterDetail | null;
  settings: Settings | null;
  error: string | null;
}

/** The sheet, its cluster and the office settings for a print route (?id=<sheet id>); the page is ready to print once all are in. */
export function useSheetPrint(params: URLSearchParams): SheetPrint {
  const settings = useAppStore((s) => s.settings);
  const id = Number(params.get('id'));
  const fetch = useCallback(async () => {
    const sheet = await call('scoreSheets:get', { id });
    const cluster = sheet.sheet.clusterId !== null ? await call('clusters:get', { id: sheet.sheet.clusterId }) : null;
    return { sheet, cluster };
  }, [id]);
  const { data, error } = useLoad<{ sheet: SheetDetail | null; cluster: ClusterDetail | null }>(fetch, { sheet: null, cluster: null }, { showError: false });
  const loaded = error ? { sheet: null, cluster: null } : data;
  usePrintReady(loaded.sheet !== null && settings !== null);
  return { ...loaded, settings, error };
}
