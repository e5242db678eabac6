package org.ccbench.organisation;

import java.math.BigDecimal;
import java.util.Set;

public record ContactCenterData(String name, Sector sector, BigDecimal agentFte, Set<Channel> channels,
                                CenterStatus status) {
}
