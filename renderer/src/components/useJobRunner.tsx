import { useCallback, useState, type ReactNode } from 'react';
import { Button, Modal, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '@shared/ipc/events';
import { formatNumber } from '@shared/domain/format/number';
import { call, newJobId, onEvent } from '../api/client';
import { isTextKey } from '../i18n/textKey';

interface RunningJob {
  jobId: string;
  progress: ProgressEvent | null;
  cancelling: boolean;
}

/** Runs a long backend call with a progress modal and a cancel button. */
export function useJobRunner(): { run<T>(work: (jobId: string) => Promise<T>): Promise<T>; modal: ReactNode } {
  const { t } = useTranslation();
  const phaseText = ({ phase, done, total }: { phase: string; done: number; total: number }) => {
    const key = `jobs.${phase}`;
    return isTextKey(key) ? t(key, { done: formatNumber(done), total: formatNumber(total) }) : t('jobs.title');
  };
  const [job, setJob] = useState<RunningJob | null>(null);

  const run = useCallback(async <T,>(work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = newJobId();
    setJob({ jobId, progress: null, cancelling: false });
    const off = onEvent('progress', (event) => {
      if (event.jobId === jobId) setJob((current) => current && { ...current, progress: event });
    });
    try {
      return await work(jobId);
    } finally {
      off();
      setJob(null);
    }
  }, []);

  const cancel = () => {
    if (!job) return;
    setJob({ ...job, cancelling: true });
    void call('jobs:cancel', { jobId: job.jobId });
  };

  const progress = job?.progress;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const modal = (
    <Modal
      open={job !== null}
      title={t('jobs.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button danger onClick={cancel} disabled={job?.cancelling}>
          {job?.cancelling ? t('jobs.cancelling') : t('jobs.cancel')}
        </Button>
      }
    >
      <Progress percent={percent} status="active" />
      <Typography.Text type="secondary">
        {progress ? phaseText(progress) : t('app.loading')}
      </Typography.Text>
    </Modal>
  );
  return { run, modal };
}
