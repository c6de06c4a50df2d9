#!/usr/bin/env node
// The `uniondesk` command: the backend's operations from a shell (see README, "CLI").
import { register } from 'tsx/esm/api';

register();
await import('../electron/backend/hosts/cli/main.ts');
