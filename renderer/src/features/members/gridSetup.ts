import {
  CellStyleModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  PaginationModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  TooltipModule,
  ValidationModule,
  themeQuartz,
} from 'ag-grid-community';

/** Only the AG Grid features the members grid uses (keeps the bundle small). */
ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  RowSelectionModule,
  RowStyleModule,
  CellStyleModule,
  ScrollApiModule,
  TooltipModule,
  LocaleModule,
  PaginationModule,
  RowApiModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

/** Quartz, tightened to sit beside antd's compact theme. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  spacing: 4,
  rowHeight: 30,
  headerHeight: 34,
  cellHorizontalPadding: 8,
  accentColor: '#c41d1d',
  selectedRowBackgroundColor: 'rgba(196, 29, 29, 0.08)',
  rowHoverColor: 'rgba(0, 0, 0, 0.03)',
  headerBackgroundColor: '#fafafa',
  borderColor: '#f0f0f0',
  wrapperBorderRadius: 6,
  browserColorScheme: 'light',
});
