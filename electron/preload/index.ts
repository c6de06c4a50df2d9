import { contextBridge, ipcRenderer } from 'electron';
import type { Channel } from '../../shared/ipc/contract';
import { buildDesktopApi } from './buildApi';

/** The contract's channel names, written in by electron.vite.config.ts (no zod in the preload). */
declare const __UNIONDESK_CHANNELS__: readonly Channel[];

contextBridge.exposeInMainWorld('api', buildDesktopApi(ipcRenderer, __UNIONDESK_CHANNELS__));
