package org.ccbench.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

@ParentLayout(MainLayout.class)
@PermitAll
public class RouteAccessDeniedView extends RefusedView<AccessDeniedException> {
}
