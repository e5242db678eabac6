package org.ccbench.kpi.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of {@code /api/**} at {@code /v3/api-docs} (springdoc; paths set in application.properties). */
@Configuration
@OpenAPIDefinition(info = @Info(title = "CCBench KPI API", version = "v1",
        description = "Monthly KPI submissions of the organisation that owns the API token, and, for BI tools, "
                + "everything its user may read in the portal: benchmark figures (live or from a published edition), "
                + "derived KPIs per month and survey results, under the portal's tenant and anonymity rules (a figure "
                + "the portal hides is null, with the reason in 'withheld'). Lists are paged with 'page' and 'size'. "
                + "Errors are RFC 9457 "
                + "problem details; create a token on the portal's 'API tokens' page. Each unit's KPI definitions "
                + "(SL threshold, excl_short, written-response thresholds, repeat and fallout windows) are set by the "
                + "client in the portal and read at GET /units/{unitId}/definitions/{period}; a PUT may echo them in "
                + "'parameters', which must then equal the definitions in force for the month (else 422, "
                + "kpi.error.definitionDiffers): submitted data never changes a unit's definitions."))
@SecurityScheme(name = OpenApiConfig.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token of your organisation, e.g. ccb_…. It acts with its creator's roles and only "
                + "while its creator may: once the creator is disabled, loses the role or moves to another "
                + "organisation, every request with it answers 401.")
class OpenApiConfig {

    static final String BEARER = "bearer";
}
