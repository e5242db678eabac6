package org.ccbench.base.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

@ParentLayout(MainLayout.class)
@PermitAll
public class RouteNotFoundView extends RefusedView<NotFoundException> {
}
