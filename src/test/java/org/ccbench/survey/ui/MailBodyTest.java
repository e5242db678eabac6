package org.ccbench.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailBodyTest {

    @Test
    void theSurveyLinkInAQueuedMailIsALinkAndTheTextAroundItStaysAsWritten() {
        String text = "Dear Ms Jansen,\n\nPlease answer at https://survey.example/s/AbC-123_x.\nThank you.";

        MailBody body = new MailBody(text);

        List<Component> parts = body.getChildren().toList();
        assertThat(parts).hasSize(3);
        Anchor link = (Anchor) parts.get(1);
        assertThat(link.getHref()).isEqualTo("https://survey.example/s/AbC-123_x");
        assertThat(link.getText()).isEqualTo("https://survey.example/s/AbC-123_x");
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(((Text) parts.get(0)).getText()).isEqualTo("Dear Ms Jansen,\n\nPlease answer at ");
        assertThat(((Text) parts.get(2)).getText()).isEqualTo(".\nThank you.");
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        MailBody body = new MailBody("Reply to javascript:alert(1) or mailto:x@example.com");

        assertThat(body.getChildren().filter(Anchor.class::isInstance)).isEmpty();
        assertThat(body.getText()).isEqualTo("Reply to javascript:alert(1) or mailto:x@example.com");
    }
}
