/**
 * Compatibility path: src/integrations/ (being changed by another engineer) imports the build
 * report from here. The module is ./outputs/build-report.ts; import that in new code, and delete
 * this file once the integrations do.
 */
export { type BuildReport, buildReport, reportLines } from './outputs/build-report.ts';
