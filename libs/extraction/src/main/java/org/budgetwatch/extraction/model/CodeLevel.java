package org.budgetwatch.extraction.model;

/** 类 (CLASS), 款 (SEGMENT), 项 (ITEM). */
public enum CodeLevel {
    NONE, CLASS, SEGMENT, ITEM
}
