export { CHART_FONT, registerChartFont } from './chart-font.ts';
export { conflictAltText, conflictChartData, shortDate, type ClaimShape, type ConflictBar, type ConflictChartData } from './conflict-chart.ts';
export { CHART_HEIGHT, CHART_THEME, CHART_WIDTH, renderConflictPng, renderTimelinePng } from './render-chart.ts';
export { timelineAltText, timelineChartData, type TimelineBucket, type TimelineChartData, type TimelineUnit } from './timeline-chart.ts';
