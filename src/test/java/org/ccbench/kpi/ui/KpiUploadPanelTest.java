package org.ccbench.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.KPI_SUBMISSION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.YearMonth;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccbench.kpi.KpiTables;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.ccbench.testsupport.UploadedPart;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The KPI upload as the server sees it when the browser's own size limit is switched off: the file is refused while it
 * streams in, with the limit in the message, and never held in the heap.
 */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
@ExtendWith(OutputCaptureExtension.class)
class KpiUploadPanelTest extends SpringBrowserlessTest {

    static final long MEGABYTE = 1024 * 1024;
    static final YearMonth LAST_MONTH = TestClock.THIS_MONTH.minusMonths(1);

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void emptySubmissions() {
        KpiTables.empty(dsl);
    }

    @Test
    void aFileOverTheLimitIsRefusedByTheServerWhileItStreamsWithTheLimitInTheMessage() throws IOException {
        navigate("kpi", Component.class);
        Upload upload = $(Upload.class).id("kpi-upload");
        UploadHandler handler = handlerOf(upload);
        LazyCsv body = new LazyCsv(30 * MEGABYTE);
        UploadEvent event = new UploadEvent(null, null, VaadinSession.getCurrent(), "kpi.csv", -1, "text/csv",
                upload.getElement(), new UploadedPart(body));

        handler.handleUploadRequest(event);
        awaitUploadChecked();

        assertThat(body.read).as("the server stopped reading just past the 20 MB limit")
                .isLessThanOrEqualTo(20 * MEGABYTE + 64 * 1024);
        assertThat(event.isRejected()).as("refused by the server").isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("The file is larger than 20 MB");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("The file is larger than 20 MB");
        assertThat(dsl.fetchCount(KPI_SUBMISSION)).as("nothing stored").isZero();
    }

    @Test
    void aLongFileNameIsReadAndADatabaseErrorShowsAReferenceButNeitherSqlNorAPath(CapturedOutput output) {
        navigate("kpi", Component.class);
        long zwolle = KpiTables.unitId(dsl, "Zwolle telefonie");
        String longName = "kpi-figures-".repeat(25) + ".csv";

        upload(longName, "unit_id;month;complaints\n" + zwolle + ";" + LAST_MONTH + ";5\n");
        assertThat(lastNotification()).isEqualTo("One month stored");

        dsl.execute("alter table kpi_submission rename to kpi_submission_away");
        String shown;
        try {
            upload("kpi.csv", "unit_id;month;complaints\n" + zwolle + ";" + LAST_MONTH.minusMonths(1) + ";6\n");
            shown = lastNotification();
        } finally {
            dsl.execute("alter table kpi_submission_away rename to kpi_submission");
        }
        assertThat(shown).startsWith("Something went wrong.").doesNotContainIgnoringCase("sql")
                .doesNotContain("kpi_submission", "/", "Exception");
        Matcher reference = Pattern.compile("ui-[0-9a-f]{12}").matcher(shown);
        assertThat(reference.find()).as("a reference in " + shown).isTrue();
        assertThat(output.getAll()).contains("reference " + reference.group());
    }

    private void upload(String fileName, String csv) {
        test($(Upload.class).id("kpi-upload")).upload(fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        awaitUploadChecked();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    private static UploadHandler handlerOf(Upload upload) {
        return (UploadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class,
                        URI.create(upload.getElement().getAttribute("target")))
                .orElseThrow().getElementRequestHandler();
    }

    private void awaitUploadChecked() {
        ProgressBar progress = (ProgressBar) $(KpiUploadPanel.class).single().getChildren()
                .filter(ProgressBar.class::isInstance).findFirst().orElseThrow();
        long deadline = System.currentTimeMillis() + 20_000;
        do {
            MockVaadin.runUIQueue();
            LockSupport.parkNanos(20_000_000);
        } while (progress.isVisible() && System.currentTimeMillis() < deadline);
        assertThat(progress.isVisible()).isFalse();
    }

    /** A CSV header and then {@code size} bytes of rows, made up as they are read; counts what was read. */
    static final class LazyCsv extends InputStream {

        private static final byte[] HEADER = "unit_id;month;complaints\n".getBytes(StandardCharsets.UTF_8);
        private static final byte[] ROW = "1;2026-01;5\n".getBytes(StandardCharsets.UTF_8);
        private final long size;
        long read;

        LazyCsv(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - read);
            for (int i = 0; i < count; i++) {
                long at = read + i;
                buffer[offset + i] = at < HEADER.length ? HEADER[(int) at]
                        : ROW[(int) ((at - HEADER.length) % ROW.length)];
            }
            read += count;
            return count;
        }
    }

}
