package org.budgetwatch.extraction.format;

public final class MediaTypes {
    public static final String PDF = "application/pdf";
    public static final String OOXML_ZIP = "application/zip";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String OLE2 = "application/x-tika-msoffice";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String DOC = "application/msword";
    public static final String HTML = "text/html";
    public static final String TEXT = "text/plain";
    public static final String UNKNOWN = "application/octet-stream";

    private MediaTypes() {
    }
}
