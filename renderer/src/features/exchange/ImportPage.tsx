import { useEffect, useRef } from 'react';
import { Card, Flex, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useJobRunner } from '../../components/useJobRunner';
import { CheckStep } from './CheckStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { ResultStep } from './ResultStep';
import { STEP, useImportWizard, type Step } from './useImportWizard';
import { ImportHistory } from '../audit/ImportHistory';

const STEP_KEYS = ['file', 'mapping', 'check', 'run'] as const;

/** #/import?kind=members|unions — the Excel import wizard. */
export function ImportPage() {
  const { t } = useTranslation();
  const jobs = useJobRunner();
  const wizard = useImportWizard(jobs.run);
  const { step } = wizard;
  const body = useRef<HTMLDivElement>(null);

  // A new step starts the Tab order from its top, for keyboard users.
  useEffect(() => {
    if (step !== STEP.run) body.current?.focus({ preventScroll: true });
  }, [step]);

  // Earlier steps can be revisited from the step bar, until the import has run.
  const canGoTo = (target: number) => target < step && step !== STEP.run;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('exchange.title')} — {t(`exchange.kinds.${wizard.kind}`)}
      </Typography.Title>
      <Steps
        size="small"
        current={step}
        status={step === STEP.run && wizard.outcome?.status === 'done' ? 'finish' : step === STEP.run ? 'error' : 'process'}
        onChange={(target) => canGoTo(target) && wizard.setStep(target as Step)}
        items={STEP_KEYS.map((key, index) => ({ title: t(`exchange.steps.${key}`), disabled: !canGoTo(index) && index !== step }))}
      />
      <Card>
        <div ref={body} tabIndex={-1} style={{ outline: 'none' }} data-testid={`import-step-${STEP_KEYS[step]}`}>
          {step === STEP.file && <FileStep wizard={wizard} />}
          {step === STEP.mapping && <MappingStep wizard={wizard} />}
          {step === STEP.check && <CheckStep wizard={wizard} />}
          {step === STEP.run && <ResultStep wizard={wizard} />}
        </div>
      </Card>
      <ImportHistory key={step} />
      {jobs.modal}
    </Flex>
  );
}
