package org.ccbench.scorecard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.Test;

@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class PhoneCardsTest extends SpringBrowserlessTest {

    @Test
    void aLongListShowsTheFirstCardsAndSaysHowManyThereAre() {
        PhoneCards<Integer> cards = new PhoneCards<Integer>("numbers", row -> new Span("Row " + row))
                .text("Value", String::valueOf);
        UI.getCurrent().add(cards);

        cards.show(IntStream.range(0, 2_014).boxed().toList());

        assertThat(cards.getChildren().filter(Article.class::isInstance)).hasSize(PhoneCards.MAX_CARDS);
        assertThat($(Paragraph.class).id("numbers-rest").getText())
                .isEqualTo("The first 50 of 2,014. On a wider screen, or in the download, you see them all.");

        cards.show(List.of(1, 2));

        assertThat(cards.getChildren()).hasSize(2).allMatch(Article.class::isInstance);
    }
}
