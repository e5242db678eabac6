package org.ccbench.survey.internal;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** What demo respondents write in free-text answers, in English or Dutch. */
final class DemoTexts {

    private static final List<String> PRAISE_EN = List.of("Friendly, well-trained agents who take ownership.",
            "Very reliable at peak times.", "Short lines and a team that knows our products.",
            "Honest reporting, also when things go wrong.", "They think along with us about our customers.");
    private static final List<String> PRAISE_NL = List.of("Vriendelijke, goed opgeleide medewerkers met eigenaarschap.",
            "Zeer betrouwbaar tijdens piekdrukte.", "Korte lijnen en een team dat onze producten kent.",
            "Eerlijke rapportages, ook als het tegenzit.", "Ze denken mee over onze klanten.");
    private static final List<String> CRITICISM_EN = List.of("Too much staff turnover; new agents lack knowledge.",
            "Email backlogs after every campaign.", "Reports arrive late and explain little.",
            "Little initiative to prevent repeat contacts.", "Chat answers are slow in the evening.");
    private static final List<String> CRITICISM_NL = List.of("Te veel verloop; nieuwe medewerkers missen kennis.",
            "Achterstanden in de e-mail na elke campagne.", "Rapportages komen laat en verklaren weinig.",
            "Weinig initiatief om herhaalcontacten te voorkomen.", "Chatantwoorden zijn 's avonds traag.");
    private static final List<String> CHALLENGE_EN = List.of("Keeping good agents in a tight labour market.",
            "Using AI without losing the human touch.", "Fewer but more complex contacts.",
            "Getting other departments to fix the causes of contacts.");
    private static final List<String> CHALLENGE_NL = List.of("Goede medewerkers behouden in een krappe arbeidsmarkt.",
            "AI inzetten zonder het menselijke contact te verliezen.", "Minder maar complexere contacten.",
            "Andere afdelingen de oorzaken van contacten laten oplossen.");
    private static final List<String> CHAIN_EN = List.of("The contact center hears the customer first.",
            "Only process owners can change the process.", "Improvement needs one owner across departments.");
    private static final List<String> CHAIN_NL = List.of("Het contactcenter hoort de klant als eerste.",
            "Alleen proceseigenaren kunnen het proces veranderen.", "Verbeteren vraagt één eigenaar over afdelingen heen.");

    private DemoTexts() {
    }

    /** A free-text answer that fits the question and how content the respondent is. */
    static String text(String questionId, double contentment, Locale locale, Random random) {
        boolean dutch = "nl".equals(locale.getLanguage());
        List<String> texts = switch (questionId) {
            case "t_strength" -> dutch ? PRAISE_NL : PRAISE_EN;
            case "t_improvement" -> dutch ? CRITICISM_NL : CRITICISM_EN;
            case "ts_chain_why" -> dutch ? CHAIN_NL : CHAIN_EN;
            case "cx_challenge" -> dutch ? CHALLENGE_NL : CHALLENGE_EN;
            default -> contentment >= 3.5 ? (dutch ? PRAISE_NL : PRAISE_EN) : (dutch ? CRITICISM_NL : CRITICISM_EN);
        };
        return texts.get(random.nextInt(texts.size()));
    }

    /** The words with an "other" option of a single choice, such as a sector or organisation type. */
    static String otherOption(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "Gedeeld servicecentrum" : "Shared service center";
    }

    /** The words with an "other" channel. */
    static String otherChannel(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "Fax en post" : "Fax and post";
    }
}
