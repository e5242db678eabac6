package org.ccbench.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR, 6000);
    }

    private static void show(String message, NotificationVariant variant, int duration) {
        Notification notification = Notification.show(message, duration, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
