package nl.werkhub.candidate;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.werkhub.audit.AuditActor;
import nl.werkhub.common.audit.CurrentUser;
import nl.werkhub.common.audit.Roles;
import nl.werkhub.common.error.MalformedRequestException;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.web.ApiResponses;
import nl.werkhub.common.web.PageRequest;
import nl.werkhub.common.web.QueryParams;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.ForbiddenException;

/**
 * Consultants (profiles with consent, of every municipality) and jobcoaches (the profiles assigned
 * to them) read talent profiles here, always as {@link CandidateResponse}. Every profile they see is
 * written to the audit log in the same request. Admins and municipal systems get 403: a
 * municipality reads its own profiles under {@code /api/municipalities/{code}/candidates}.
 */
@Path("/api/candidates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH })
@Tag(name = "Candidates", description = "Talent profiles as consultants and jobcoaches see them")
public class CandidateResource {

    static final String ROUTE_SEARCH = "GET /api/candidates";
    static final String ROUTE_ONE = "GET /api/candidates/{id}";

    private static final int MAX_TALENTS = 50;
    private static final int MAX_Q_LENGTH = 200;

    @Inject
    CandidateSearchService search;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "searchCandidates", summary = "Search talent profiles (paged); every hit is audited")
    @APIResponse(responseCode = "200", description = "A page of profiles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidatePage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    public CandidatePage list(
            @Parameter(description = "Talent codes, comma-separated (at most 50; repeating the parameter works too)",
                    schema = @Schema(type = SchemaType.STRING, examples = "heftruckcertificaat,vca-basis"))
            @QueryParam("talents") List<String> talents,
            @Parameter(description = "ANY (default): at least one of the talents; ALL: every one",
                    schema = @Schema(implementation = TalentMatch.class, defaultValue = "ANY"))
            @QueryParam("talentMatch") String talentMatch,
            @Parameter(description = "Minimum level for each listed talent",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5", defaultValue = "1"))
            @QueryParam("minLevel") String minLevel,
            @Parameter(description = "In this target group (several, comma-separated or repeated: in at least one of them)",
                    schema = @Schema(implementation = TargetGroup.class))
            @QueryParam("targetGroup") List<String> targetGroup,
            @Parameter(description = "Municipality code") @QueryParam("municipality") String municipality,
            @Parameter(description = "The candidate's hours per week overlap [hoursMin, hoursMax]",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "60"))
            @QueryParam("hoursMin") String hoursMin,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "60"))
            @QueryParam("hoursMax") String hoursMax,
            @Parameter(description = "Available on or before this date (profiles without a date count as available)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("availableBy") String availableBy,
            @Parameter(description = "Defaults to ACTIVE (several, comma-separated or repeated: any of them)",
                    schema = @Schema(implementation = CandidateStatus.class, defaultValue = "ACTIVE"))
            @QueryParam("status") List<String> status,
            @Parameter(description = "Full text over interests and motivation (Dutch; \"quotes\", or, -not)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_Q_LENGTH))
            @QueryParam("q") String q,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1..100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: updatedAt, lastName, availableFrom",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "updatedAt,desc"))
            @QueryParam("sort") String sort) {
        refuseMunicipalities();
        PageRequest pageRequest = PageRequest.parse(page, size, sort, CandidateSearchService.SORT_FIELDS, "updatedAt,desc");

        List<String> codes = QueryParams.list(talents);
        if (codes.size() > MAX_TALENTS) {
            throw new MalformedRequestException("talents", Text.of("field.at-most-values", MAX_TALENTS));
        }
        TalentMatch match = QueryParams.enumValue("talentMatch", talentMatch, TalentMatch.class);
        Integer level = QueryParams.integer("minLevel", minLevel, 1, 5);
        Integer min = QueryParams.integer("hoursMin", hoursMin, 1, 60);
        Integer max = QueryParams.integer("hoursMax", hoursMax, 1, 60);
        if (min != null && max != null && min > max) {
            throw new MalformedRequestException("hoursMax", Text.of("field.not-below", "hoursMin"));
        }
        List<CandidateStatus> statuses = QueryParams.enumValues("status", status, CandidateStatus.class);
        String text = q == null || q.isBlank() ? null : q.trim();
        if (text != null && text.length() > MAX_Q_LENGTH) {
            throw new MalformedRequestException("q", Text.of("field.max-length", MAX_Q_LENGTH));
        }
        CandidateSearchFilter filter = new CandidateSearchFilter(codes, match == null ? TalentMatch.ANY : match,
                level == null ? 1 : level, QueryParams.enumValues("targetGroup", targetGroup, TargetGroup.class),
                municipality == null || municipality.isBlank() ? null : municipality.trim(), min, max,
                QueryParams.date("availableBy", availableBy),
                statuses.isEmpty() ? List.of(CandidateStatus.ACTIVE) : statuses, text);
        return search.search(filter, pageRequest, viewer(), ROUTE_SEARCH);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCandidate", summary = "One talent profile (audited)")
    @APIResponse(responseCode = "200", description = "The profile",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        refuseMunicipalities();
        UUID uuid = QueryParams.requiredUuid("id", id);
        CandidateSearchService.Viewed viewed = search.get(uuid, viewer(), ROUTE_ONE)
                .orElseThrow(() -> new ResourceNotFoundException(Text.of("detail.candidate.not-found")));
        return Response.ok(viewed.candidate()).tag(new EntityTag(Long.toString(viewed.version()))).build();
    }

    /** A municipal system never reads across municipalities, whatever other roles its token carries. */
    private void refuseMunicipalities() {
        if (currentUser.hasRole(Roles.MUNICIPALITY)) {
            throw new ForbiddenException();
        }
    }

    private CandidateSearchService.Viewer viewer() {
        boolean consultant = currentUser.hasRole(Roles.CONSULTANT);
        boolean jobcoach = currentUser.hasRole(Roles.JOBCOACH);
        return new CandidateSearchService.Viewer(currentUser.username(), consultant, jobcoach,
                new AuditActor(currentUser.username(), consultant ? Roles.CONSULTANT : Roles.JOBCOACH));
    }
}
