package org.ccbench.survey.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Pre;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A queued e-mail's text as it will be sent, with its web addresses (the survey links) as links to open. */
class MailBody extends Pre {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    MailBody(String text) {
        addClassName("mail-body");
        Matcher address = WEB_ADDRESS.matcher(text);
        int written = 0;
        while (address.find()) {
            if (address.start() > written) {
                add(new Text(text.substring(written, address.start())));
            }
            Anchor link = new Anchor(address.group(), address.group());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(link);
            written = address.end();
        }
        if (written < text.length()) {
            add(new Text(text.substring(written)));
        }
    }
}
