package org.budgetwatch.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Makes the Word documents behind the fixtures {@code src/test/resources/formats/*.word.pdf}: a corpus text export
 * laid out as a department would in Word — A4 landscape, one bordered table per block of tab rows, columns as wide
 * as their text (long labels wrap in their cells), small type in wide tables. LibreOffice prints them to PDF (see
 * src/test/resources/formats/README.md); this class only writes the DOCX files:
 * {@code java -cp ... org.budgetwatch.extraction.WordExportFixtures OUT_DIR}.
 */
final class WordExportFixtures {

    static final List<String> DOCUMENTS = List.of("beijing-dongcheng-medical-security-2024-budget", "yanbian-medical-security-2024-budget");
    private static final long TEXT_WIDTH_TWIPS = 14_000;
    private static final int WIDEST_CELL_CHARACTERS = 14;

    private WordExportFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        for (String name : DOCUMENTS) {
            List<List<String>> blocks = FormatEquivalenceTest.blocks(Files.readAllLines(Path.of("corpus", name + ".txt")));
            Files.write(out.resolve(name + ".word.docx"), docx(blocks));
        }
    }

    static byte[] docx(List<List<String>> blocks) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> block : blocks) {
                if (block.get(0).contains("\t")) {
                    table(document, block);
                } else {
                    document.createParagraph().createRun().setText(block.get(0));
                }
            }
            CTSectPr section = document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(16_838));
            size.setH(BigInteger.valueOf(11_906));
            size.setOrient(STPageOrientation.LANDSCAPE);
            CTPageMar margins = section.addNewPgMar();
            margins.setLeft(BigInteger.valueOf(1_000));
            margins.setRight(BigInteger.valueOf(1_000));
            margins.setTop(BigInteger.valueOf(1_000));
            margins.setBottom(BigInteger.valueOf(1_000));
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void table(XWPFDocument document, List<String> rows) {
        int width = rows.stream().mapToInt(r -> r.split("\t", -1).length).max().orElse(1);
        int[] characters = new int[width];
        for (String row : rows) {
            String[] cells = row.split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                characters[c] = Math.max(characters[c], Math.max(2, Math.min(cells[c].length(), WIDEST_CELL_CHARACTERS)));
            }
        }
        int total = 0;
        for (int c : characters) {
            total += Math.max(c, 2);
        }
        XWPFTable table = document.createTable(rows.size(), width);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < width; c++) {
            BigInteger twips = BigInteger.valueOf(TEXT_WIDTH_TWIPS * Math.max(characters[c], 2) / total);
            (c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol()).setW(twips);
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).split("\t", -1);
            for (int c = 0; c < width; c++) {
                table.getRow(r).getCell(c).setWidth(String.valueOf(TEXT_WIDTH_TWIPS * Math.max(characters[c], 2) / total));
                XWPFRun run = table.getRow(r).getCell(c).getParagraphs().get(0).createRun();
                run.setText(c < cells.length ? cells[c] : "");
                run.setFontSize(width > 10 ? 6 : 9);
            }
        }
    }
}
