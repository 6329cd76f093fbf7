package org.budgetwatch.extraction.model;

/** 支出功能分类, 政府/部门支出经济分类, unit and project codes. */
public enum CodeKind {
    NONE, FUNCTION, GOVERNMENT_ECONOMIC, DEPARTMENT_ECONOMIC, UNIT, PROJECT
}
