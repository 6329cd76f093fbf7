package org.budgetwatch.extraction.model;

/** 部门预算 / 单位预算 / 部门决算 / 单位决算. */
public enum DocumentKind {
    UNKNOWN, DEPARTMENT_BUDGET, UNIT_BUDGET, DEPARTMENT_FINAL_ACCOUNTS, UNIT_FINAL_ACCOUNTS
}
