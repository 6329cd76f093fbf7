package org.budgetwatch.extraction.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Counts the rows of an XLSX workbook by streaming its sheets' XML, so that a workbook of hundreds of thousands of
 * rows is refused before POI builds it in memory (the object model takes hundreds of bytes per cell).
 */
final class WorkbookRows {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private WorkbookRows() {
    }

    /** Rows written in the workbook's sheets, counted up to {@code stopAfter} + 1 at most. */
    static long count(byte[] xlsx, long stopAfter) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            Iterator<InputStream> sheets = new XSSFReader(workbook).getSheetsData();
            long rows = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLStreamReader reader = XML.createXMLStreamReader(sheet);
                    while (reader.hasNext()) {
                        if (reader.next() == XMLStreamConstants.START_ELEMENT && "row".equals(reader.getLocalName()) && ++rows > stopAfter) {
                            return rows;
                        }
                    }
                }
            }
            return rows;
        } catch (OpenXML4JException | XMLStreamException e) {
            throw new IOException("Not a readable workbook: " + e.getMessage(), e);
        }
    }
}
