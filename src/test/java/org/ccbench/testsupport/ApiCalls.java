package org.ccbench.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.API_TOKEN;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ccbench.audit.internal.RequestOrigin;
import org.ccbench.kpi.api.ApiTokenService;
import org.ccbench.kpi.api.NewApiToken;
import org.ccbench.security.SignedInUser;
import org.jooq.DSLContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the {@code /api/v1} endpoints as a BI tool does: through the whole filter chain (Spring Security with the
 * API-token filter, and the audit's {@link RequestOrigin}) and MVC, with a bearer token of a demo user. Build one per
 * test with {@link #on(WebApplicationContext)}; {@link #token} creates a token as that user would on the tokens
 * page, {@link #call} sends a request with it, {@link #json} reads a 200 answer as JSON with exact decimals.
 */
public final class ApiCalls {

    /** Numbers as {@link java.math.BigDecimal}, so a figure keeps the decimals it was rounded to. */
    public static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    public static final String PROBLEM_JSON = "application/problem+json";

    private final MockMvc mvc;
    private final ApiTokenService tokens;
    private final UserDetailsService userDetails;
    private final DSLContext dsl;

    private ApiCalls(WebApplicationContext context) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .addFilters(context.getBean(RequestOrigin.class)).build();
        this.tokens = context.getBean(ApiTokenService.class);
        this.userDetails = context.getBean(UserDetailsService.class);
        this.dsl = context.getBean(DSLContext.class);
    }

    public static ApiCalls on(WebApplicationContext context) {
        return new ApiCalls(context);
    }

    /** Deletes every API token, so a test's tokens are the only ones (names are unique per user). */
    public ApiCalls withoutTokens() {
        dsl.deleteFrom(API_TOKEN).execute();
        return this;
    }

    /** A new token of the demo user with this e-mail address, created as that user. */
    public NewApiToken token(String email, String name) {
        return SignIn.as(principal(email), () -> tokens.create(name));
    }

    /**
     * A new token of whoever is signed in now (e.g. a browserless test's user), with a name no other test uses; the
     * security context stays as it was.
     */
    public String tokenOfSignedInUser() {
        return tokens.create("API calls " + System.nanoTime()).secret();
    }

    /** The request with the token's bearer header. */
    public ResultActions call(MockHttpServletRequestBuilder request, NewApiToken token) throws Exception {
        return call(request, token.secret());
    }

    public ResultActions call(MockHttpServletRequestBuilder request, String secret) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + secret));
    }

    /** The request without any token. */
    public ResultActions anonymous(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    /**
     * A GET of {@code path} (with its query) in the reader's language, which must answer 200, as JSON. The caller's
     * security context (e.g. a browserless page's user) is restored afterwards: the token filter replaces it.
     */
    public JsonNode json(String path, String secret, Locale locale) throws Exception {
        SecurityContext caller = SecurityContextHolder.getContext();
        try {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(URI.create(path))
                    .header("Authorization", "Bearer " + secret).header("Accept-Language", locale.toLanguageTag()))
                    .andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(response.getStatus()).as(path + " answered " + body).isEqualTo(200);
            return JSON.readTree(body);
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }

    /** The status of a GET of {@code path} with this token, the caller's security context kept. */
    public int status(String path, String secret) throws Exception {
        SecurityContext caller = SecurityContextHolder.getContext();
        try {
            return mvc.perform(MockMvcRequestBuilders.get(URI.create(path)).header("Authorization", "Bearer "
                    + secret)).andReturn().getResponse().getStatus();
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }

    /** The body of a 200 answer as JSON with exact decimals. */
    public static JsonNode body(ResultActions answer) throws Exception {
        return JSON.readTree(answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The principal the demo user's login would have. */
    public SignedInUser principal(String email) {
        return (SignedInUser) userDetails.loadUserByUsername(email);
    }
}
