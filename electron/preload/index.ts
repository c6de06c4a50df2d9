import { contextBridge, ipcRenderer } from 'electron';
import { buildDesktopApi } from './buildApi';

contextBridge.exposeInMainWorld('api', buildDesktopApi(ipcRenderer));
