package nl.werkhub.talent;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.marker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.common.error.BusinessValidationException;
import nl.werkhub.common.error.FieldError;
import nl.werkhub.common.i18n.Languages;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The Java API other packages (candidate profiles, vacancies) use to attach talents. */
@QuarkusTest
class TalentServiceTest {

    @Inject
    TalentService service;

    String retired;

    @BeforeEach
    void retiredTalent() {
        retired = "retired-" + marker();
        as(TestTokens.admin()).body(TalentResourceTest.talent(retired, "Oud", "Old", "VOCATIONAL_SKILL", null))
                .post("/api/talents").then().statusCode(201);
        as(TestTokens.admin()).post("/api/talents/" + retired + "/retire").then().statusCode(200);
    }

    @Test
    void findByCodesReturnsKnownTalentsIncludingRetiredOnes() {
        Map<String, TalentResponse> found = service.findByCodes(List.of("bhv", retired, "bestaat-niet", "bhv"));
        assertEquals(Set.of("bhv", retired), found.keySet());
        assertEquals("BHV (bedrijfshulpverlening)", found.get("bhv").labelNl());
        assertEquals(TalentCategory.CERTIFICATE, found.get("bhv").category());
        assertTrue(found.get(retired).retired());
        assertEquals(Map.of(), service.findByCodes(List.of()));
    }

    @Test
    void requireAssignableAcceptsActiveAndAlreadyAttachedRetiredTalents() {
        Map<String, TalentResponse> ok = service.requireAssignable(Set.of("lassen", "rijbewijs-b"), Set.of());
        assertEquals(Set.of("lassen", "rijbewijs-b"), ok.keySet());
        Map<String, TalentResponse> kept = service.requireAssignable(Set.of("lassen", retired), Set.of(retired));
        assertEquals(Set.of("lassen", retired), kept.keySet());
        assertEquals(Map.of(), service.unassignable(List.of("lassen", retired), List.of(retired)));
    }

    @Test
    void requireAssignableNamesEveryUnknownOrNewlyAddedRetiredCode() {
        List<String> codes = List.of("lassen", "bestaat-niet", retired);
        BusinessValidationException e = assertThrows(BusinessValidationException.class,
                () -> service.requireAssignable(codes, Set.of("lassen"), code -> "talents[" + codes.indexOf(code) + "].code"));
        List<FieldError> errors = e.fieldErrors();
        assertEquals(List.of("talents[1].code", "talents[2].code"), errors.stream().map(FieldError::field).toList());
        assertEquals("unknown talent 'bestaat-niet'", errors.get(0).message().in(Languages.ENGLISH));
        assertEquals("talent '" + retired + "' is retired and can no longer be added",
                errors.get(1).message().in(Languages.ENGLISH));
        assertEquals("onbekend talent 'bestaat-niet'", errors.get(0).message().in(Languages.DUTCH));

        BusinessValidationException plain = assertThrows(BusinessValidationException.class,
                () -> service.requireAssignable(Set.of(retired), null));
        assertEquals("talents", plain.fieldErrors().get(0).field());
        assertEquals(Set.of("bestaat-niet", retired), service.unassignable(codes, List.of()).keySet());
    }
}
