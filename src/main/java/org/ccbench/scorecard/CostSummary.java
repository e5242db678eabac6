package org.ccbench.scorecard;

import java.math.BigDecimal;

/**
 * What the contract cost in the period and what failure demand cost (issue 6 §2).
 *
 * @param totalCost            Σ {@code total_cost} (the recurring fees)
 * @param oneOffCost           Σ {@code one_off_cost} of the period
 * @param costPerContact       CPC: total cost / handled assisted contacts
 * @param costPerHandledMinute CPM: total cost / handled minutes
 * @param repeatContacts       contacts that repeated an earlier one within the repeat window
 * @param avoidableContacts    reason-coded contacts in the eliminate and automate quadrants
 * @param failureDemandCost    (repeat + avoidable contacts) × CPC
 */
public record CostSummary(BigDecimal totalCost, BigDecimal oneOffCost, BigDecimal handledContacts,
                          BigDecimal costPerContact, BigDecimal costPerHandledMinute, BigDecimal repeatContacts,
                          BigDecimal avoidableContacts, BigDecimal failureDemandCost) {
}
