import { z } from 'zod';
import { channel } from '../channel';
import type { ProvinceData } from '../../geo/provinces';

export const geoContract = {
  'geo:provinces': channel(z.object({}).strict()).returns<ProvinceData>(),
};
