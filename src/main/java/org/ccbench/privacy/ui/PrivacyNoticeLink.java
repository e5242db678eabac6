package org.ccbench.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * "Privacy notice", for pages that anyone may open (login, survey). It leads to {@code /privacy}, which shows the
 * deployment's notice or forwards to it ({@link PrivacyNoticeView}); it opens in a new tab, so a half-filled form stays.
 */
public class PrivacyNoticeLink extends Anchor {

    public PrivacyNoticeLink() {
        super(PrivacyNoticeView.PATH, I18NProvider.translate("privacy.notice.link"));
        setTarget(AnchorTarget.BLANK);
        setId("privacy-notice-link");
        addClassName("privacy-notice-link");
    }
}
