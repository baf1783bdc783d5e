package nl.werkhub.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The helper functions behind the CHECK constraints of candidate and vacancy (V3; rewritten in
 * PL/pgSQL by V10 for speed), with literal arrays through the real database. Expected values are the
 * rules of V3's comments: distinct means no repeated and no NULL element; lengths are of the trimmed
 * elements, NULL elements are not measured; a NULL array gives NULL, which a CHECK lets pass.
 */
@QuarkusTest
class CheckFunctionsTest {

    @Inject
    EntityManager em;

    @ParameterizedTest(name = "distinct {0} = {1}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "null; null",
            "{}; true",
            "{a}; true",
            "{a,b,c}; true",
            "{a,b,a}; false",
            "{c,b,a,b}; false",
            "{A,a}; true",
            "{a,NULL}; false",
            "{NULL}; false",
            "[0:2]={x,y,x}; false",
            "[0:1]={x,y}; true" })
    void distinctElements(String array, Boolean expected) {
        assertEquals(expected, call("select werkhub_distinct_elements(cast(:a as text[]))", array));
    }

    @ParameterizedTest(name = "lengths of {0} within 1..3 = {1}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "null; null",
            "{}; true",
            "{a,abc}; true",
            "{\"  ab  \",c}; true",
            "{\"    \",c}; false",
            "{abcd}; false",
            "{a,NULL}; true",
            "{NULL,abcd}; false" })
    void elementLengthsBetween(String array, Boolean expected) {
        assertEquals(expected, call("select werkhub_element_lengths_between(cast(:a as text[]), 1, 3)", array));
    }

    private Boolean call(String sql, String array) {
        if (array == null) {
            // a typed NULL literal: a null bind parameter would leave its type to the driver
            String withNull = sql.replace("cast(:a as text[])", "cast(null as text[])");
            return QuarkusTransaction.requiringNew()
                    .call(() -> (Boolean) em.createNativeQuery(withNull).getSingleResult());
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> (Boolean) em.createNativeQuery(sql).setParameter("a", array).getSingleResult());
    }
}
