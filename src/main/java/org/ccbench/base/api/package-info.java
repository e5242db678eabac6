/**
 * What every feature's REST controllers share: paging and the "bad request" refusal. The problem responses
 * themselves are written by {@code org.ccbench.kpi.api.ApiProblems} for every {@code @RestController}.
 */
package org.ccbench.base.api;
