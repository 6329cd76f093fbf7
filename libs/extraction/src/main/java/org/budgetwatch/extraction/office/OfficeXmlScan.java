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
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.budgetwatch.extraction.WorkBudget;
import org.budgetwatch.extraction.model.RejectionReason;

/**
 * Streams the XML of an Office Open XML file (DOCX, XLSX) and counts what POI would build from it — rows, cells with
 * their spans, merged cells, nested tables, elements — so that a file whose object model would not fit is refused
 * before POI builds it in memory (it takes hundreds of bytes per cell, and a 50 MB file inflates a hundredfold).
 */
final class OfficeXmlScan {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    /** Elements of one Office document, per HTML element allowed: the XML of a Word or Excel cell is a dozen elements. */
    private static final int ELEMENTS_PER_HTML_ELEMENT = 20;

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private OfficeXmlScan() {
    }

    /**
     * Counts the rows, cells and merged cells of an XLSX workbook's sheets, stopping at the first limit passed.
     *
     * @return the rows, when none of the limits is passed
     * @throws WorkBudget.Exceeded TOO_LARGE when the workbook has more rows, cells or elements than the limits allow
     */
    static long workbook(byte[] xlsx, WorkBudget budget) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            Iterator<InputStream> sheets = new XSSFReader(workbook).getSheetsData();
            Counter counter = new Counter(budget, "workbook");
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLStreamReader reader = XML.createXMLStreamReader(sheet);
                    while (reader.hasNext()) {
                        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                            counter.element();
                            switch (reader.getLocalName()) {
                                case "row" -> counter.row();
                                case "c", "mergeCell" -> counter.cells(1);
                                default -> { }
                            }
                        }
                    }
                }
            }
            return counter.rows;
        } catch (OpenXML4JException | XMLStreamException e) {
            throw new IOException("Not a readable workbook: " + e.getMessage(), e);
        }
    }

    /**
     * Counts the table rows and cells (each with its gridSpan) of a DOCX's main document, how deep its tables nest, and
     * its elements, stopping at the first limit passed.
     *
     * @throws WorkBudget.Exceeded TOO_LARGE when a limit is passed
     */
    static void wordDocument(byte[] docx, WorkBudget budget) throws IOException {
        try (OPCPackage document = OPCPackage.open(new ByteArrayInputStream(docx))) {
            PackageRelationshipCollection main = document.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.size() == 0) {
                throw new IOException("The package has no main document");
            }
            PackagePart part = document.getPart(main.getRelationship(0));
            if (part == null) {
                throw new IOException("The package's main document is missing");
            }
            Counter counter = new Counter(budget, "Word document");
            int tables = 0;
            long rowWidth = 0;
            long cellSpan = 1;
            try (InputStream xml = part.getInputStream()) {
                XMLStreamReader reader = XML.createXMLStreamReader(xml);
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        counter.element();
                        switch (reader.getLocalName()) {
                            case "tbl" -> budget.nesting(++tables);
                            case "tr" -> {
                                counter.row();
                                rowWidth = 0;
                            }
                            case "tc" -> cellSpan = 1;
                            case "gridSpan" -> cellSpan = span(reader.getAttributeValue(reader.getNamespaceURI(), "val"));
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        switch (reader.getLocalName()) {
                            case "tbl" -> tables--;
                            case "tc" -> {
                                rowWidth += cellSpan;
                                budget.columns(rowWidth);
                                counter.cells(cellSpan);
                            }
                            default -> { }
                        }
                    }
                }
            }
        } catch (OpenXML4JException | XMLStreamException e) {
            throw new IOException("Not a readable Word document: " + e.getMessage(), e);
        }
    }

    private static long span(String value) {
        try {
            return value == null ? 1 : Math.max(1, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Counts what the XML holds against the limits (the cells the reader lays out later are charged to the budget then;
     * these are the file's own) and checks the budget's time now and then, not at every element.
     */
    private static final class Counter {

        private final WorkBudget budget;
        private final String what;
        private final long maxElements;
        private long elements;
        private long rows;
        private long cells;

        Counter(WorkBudget budget, String what) {
            this.budget = budget;
            this.what = what;
            this.maxElements = (long) budget.limits().maxElements() * ELEMENTS_PER_HTML_ELEMENT;
        }

        void element() {
            if (++elements > maxElements) {
                throw tooLarge("more than " + maxElements + " XML elements");
            }
            if ((elements & 0xFFF) == 0) {
                budget.check();
            }
        }

        void row() {
            if (++rows > budget.limits().maxRows()) {
                throw tooLarge("more than " + budget.limits().maxRows() + " rows");
            }
        }

        void cells(long count) {
            cells += count;
            if (cells > budget.limits().maxCells()) {
                throw tooLarge("more than " + budget.limits().maxCells() + " cells");
            }
        }

        private WorkBudget.Exceeded tooLarge(String count) {
            return new WorkBudget.Exceeded(RejectionReason.TOO_LARGE, "The " + what + " has " + count + ", the limit");
        }
    }
}
