package org.ccbench.base.ui;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.ccbench.base.NotFoundOrNotAllowedException;

/** A view asked a service for a record of another organisation, or one that does not exist. */
@ParentLayout(MainLayout.class)
@PermitAll
public class RecordRefusedView extends RefusedView<NotFoundOrNotAllowedException> {
}
