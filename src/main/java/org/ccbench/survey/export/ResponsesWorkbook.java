package org.ccbench.survey.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ccbench.survey.RawResponses;

/**
 * Every submitted response of a campaign as an xlsx workbook, one row per response and one column per question, for
 * the benchmark administrator. Streams its rows ({@link SXSSFWorkbook}), so 10,000 responses need little memory.
 * An anonymous campaign gets no organisation, e-mail or vendor column.
 */
public final class ResponsesWorkbook {

    /** Rows kept in memory while streaming; older rows go to a temporary file. */
    private static final int ROW_WINDOW = 200;
    /** Answers stored as plain decimal numbers; leading zeros and long digit strings stay text. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,10})?");
    private static final int QUESTION_WIDTH_CHARS = 14;

    private record Fixed(String labelKey, int widthChars, Function<RawResponses.Row, String> value) {
    }

    private ResponsesWorkbook() {
    }

    /**
     * Writes the workbook to {@code out}, which stays open, and deletes the streaming temporary files.
     *
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void write(RawResponses responses, Locale locale, OutputStream out) {
        ExportLabels labels = ExportLabels.of(locale);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try (workbook) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(responses.campaign().title());
            Sheet answers = workbook.createSheet(labels.get("sheet.responses"));
            SheetPrinting.repeatingKeys(answers, 0, 1, labels);
            writeResponses(answers, responses, labels, styles);
            Sheet questions = workbook.createSheet(labels.get("sheet.questions"));
            SheetPrinting.onePageWide(questions, 0, labels);
            writeQuestions(questions, responses, labels, styles);
            WorkbookOutput.write(workbook, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the responses workbook", e);
        } finally {
            workbook.dispose();
        }
    }

    private static void writeResponses(Sheet sheet, RawResponses responses, ExportLabels labels,
            WorkbookStyles styles) {
        List<Fixed> texts = textColumns(responses);
        List<RawResponses.Column> questions = responses.columns();
        int firstQuestion = 2 + texts.size();

        Row header = sheet.createRow(0);
        Cells.text(header, 0, labels.get("responses.id"), styles.header(), styles);
        Cells.text(header, 1, labels.get("responses.submittedOn"), styles.header(), styles);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 13 * 256);
        for (int index = 0; index < texts.size(); index++) {
            Cells.text(header, 2 + index, labels.get(texts.get(index).labelKey()), styles.header(), styles);
            sheet.setColumnWidth(2 + index, texts.get(index).widthChars() * 256);
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper helper = sheet.getWorkbook().getCreationHelper();
        for (int index = 0; index < questions.size(); index++) {
            int column = firstQuestion + index;
            RawResponses.Column question = questions.get(index);
            Cells.text(header, column, question.questionId(), styles.header(), styles);
            sheet.setColumnWidth(column, QUESTION_WIDTH_CHARS * 256);
            if (question.text() != null && !question.text().isBlank()) {
                header.getCell(column).setCellComment(comment(drawing, helper, column, question.text()));
            }
        }
        sheet.createFreezePane(1, 1);

        int next = 1;
        for (RawResponses.Row response : responses.rows()) {
            Row row = sheet.createRow(next++);
            Cells.text(row, 0, response.responseId(), styles.text(), styles);
            Cells.date(row, 1, response.submittedOn(), styles.date());
            for (int index = 0; index < texts.size(); index++) {
                Cells.text(row, 2 + index, texts.get(index).value().apply(response), styles.text(), styles);
            }
            List<String> values = response.values();
            for (int index = 0; index < values.size() && index < questions.size(); index++) {
                answer(row, firstQuestion + index, values.get(index), styles);
            }
        }
    }

    /** Organisation and e-mail unless the campaign is anonymous, the sourcing model, the vendor when one is rated. */
    private static List<Fixed> textColumns(RawResponses responses) {
        boolean anonymous = responses.campaign().anonymous();
        List<Fixed> columns = new ArrayList<>();
        if (!anonymous) {
            columns.add(new Fixed("responses.organisation", 30, RawResponses.Row::organisation));
            columns.add(new Fixed("responses.email", 30, RawResponses.Row::email));
        }
        columns.add(new Fixed("responses.sourcingModel", 16, RawResponses.Row::sourcingModel));
        if (!anonymous && responses.rows().stream().map(RawResponses.Row::vendor).anyMatch(Objects::nonNull)) {
            columns.add(new Fixed("responses.vendor", 24, RawResponses.Row::vendor));
        }
        return columns;
    }

    private static void answer(Row row, int column, String value, WorkbookStyles styles) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (NUMBER.matcher(value).matches()) {
            Cells.number(row, column, new BigDecimal(value), styles.text());
        } else {
            Cells.text(row, column, value, styles.text(), styles);
        }
    }

    private static Comment comment(Drawing<?> drawing, CreationHelper helper, int column, String text) {
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setRow1(0);
        anchor.setRow2(5);
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(Cells.storable(text)));
        return comment;
    }

    private static void writeQuestions(Sheet sheet, RawResponses responses, ExportLabels labels,
            WorkbookStyles styles) {
        Row header = sheet.createRow(0);
        Cells.text(header, 0, labels.get("responses.questionId"), styles.header(), styles);
        Cells.text(header, 1, labels.get("responses.questionText"), styles.header(), styles);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        sheet.createFreezePane(0, 1);
        int next = 1;
        for (RawResponses.Column question : responses.columns()) {
            Row row = sheet.createRow(next++);
            Cells.text(row, 0, question.questionId(), styles.text(), styles);
            Cells.text(row, 1, question.text(), styles.wrap(), styles);
        }
    }
}
