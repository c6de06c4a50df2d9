import { useEffect, useState } from 'react';
import type { ClusterDetail, SheetDetail } from '@shared/clusters/model';
import { call } from '../../../api/client';
import { errorText } from '../../../api/errorText';

/** The sheet and its cluster for a print route (?id=<sheet id>). */
export function useSheetPrint(params: URLSearchParams): { sheet: SheetDetail | null; cluster: ClusterDetail | null; error: string | null } {
  const id = Number(params.get('id'));
  const [state, setState] = useState<{ sheet: SheetDetail | null; cluster: ClusterDetail | null; error: string | null }>({ sheet: null, cluster: null, error: null });
  useEffect(() => {
    let alive = true;
    void (async () => {
      try {
        const sheet = await call('scoreSheets:get', { id });
        const cluster = sheet.sheet.clusterId !== null ? await call('clusters:get', { id: sheet.sheet.clusterId }) : null;
        if (alive) setState({ sheet, cluster, error: null });
      } catch (error) {
        if (alive) setState({ sheet: null, cluster: null, error: errorText(error) });
      }
    })();
    return () => {
      alive = false;
    };
  }, [id]);
  return state;
}
