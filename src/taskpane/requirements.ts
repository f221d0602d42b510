// The ExcelApi requirement set the add-in needs: the highest set that introduces a member of
// src/workbook/office/excel-api.ts (see scripts/excel-api-sets.js). manifest.xml names the
// same version; tests/manifest/requirement-set.test.ts keeps the three in step. 1.14 is Office
// 2021 and later, Microsoft 365, Excel on the web, and Excel for Mac 16.52 and later.
export const REQUIRED_EXCEL_API = "1.14";
