import { useCallback } from 'react';
import type { ClusterDetail, SheetDetail } from '@shared/clusters/model';
import { call } from '../../../api/client';
import { useLoad } from '../../../components/useLoad';

/** The sheet and its cluster for a print route (?id=<sheet id>). */
export function useSheetPrint(params: URLSearchParams): { sheet: SheetDetail | null; cluster: ClusterDetail | null; error: string | null } {
  const id = Number(params.get('id'));
  const fetch = useCallback(async () => {
    const sheet = await call('scoreSheets:get', { id });
    const cluster = sheet.sheet.clusterId !== null ? await call('clusters:get', { id: sheet.sheet.clusterId }) : null;
    return { sheet, cluster };
  }, [id]);
  const { data, error } = useLoad<{ sheet: SheetDetail | null; cluster: ClusterDetail | null }>(fetch, { sheet: null, cluster: null }, { showError: false });
  return error ? { sheet: null, cluster: null, error } : { ...data, error: null };
}
