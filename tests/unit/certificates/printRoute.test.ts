import { describe, expect, it } from 'vitest';
import { certificatesPrintRoute, parseCertificatesPrintRoute } from '../../../shared/certificates/printRoute';
import { printRouteSchema } from '../../../shared/ipc/contracts/print';

const parse = (route: string) => parseCertificatesPrintRoute(new URLSearchParams(route.slice(route.indexOf('?') + 1)));

describe('the certificates printer route', () => {
  it('carries a selection, the template and a saved calibration there and back', () => {
    const request = { decisionId: 7, awardIds: [12, 5], templateId: 3, offset: { calibrationId: 2 } };
    const route = certificatesPrintRoute(request);
    expect(route).toBe('print/certificates?decision=7&awards=12%2C5&template=3&calibration=2');
    expect(printRouteSchema.safeParse(route).success).toBe(true);
    expect(parse(route)).toEqual(request);
  });

  it('carries a whole decision with a typed dx, dy', () => {
    const request = { decisionId: 7, offset: { dxMm: -1.5, dyMm: 0.5 } };
    expect(parse(certificatesPrintRoute(request))).toEqual(request);
    expect(parse(certificatesPrintRoute({ decisionId: 9, offset: {} }))).toEqual({ decisionId: 9, offset: {} });
  });
});
