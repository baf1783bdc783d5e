package nl.werkhub.common.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The eleven-test and where a BSN is recognised in free text (decisions-backend.md, "BSN guard"). */
class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = { "111222333", "123456782", "999999990", "010000008", "555555550", "100000009" })
    void validNumbersPassTheElevenTest(String bsn) {
        assertTrue(Bsn.passesElevenTest(bsn), bsn);
    }

    @ParameterizedTest
    @ValueSource(strings = { "123456789", "111222334", "987654321", "246813579", "192837460",
            // all zeros passes arithmetically but is never issued
            "000000000",
            // not nine digits
            "11122233", "1112223330", "", "11122233a" })
    void otherNumbersDoNot(String value) {
        assertFalse(Bsn.passesElevenTest(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "111222333",
            "Mijn nummer is 111222333.",
            "bsn:123456782",
            "111 222 333", "111.222.333", "111-222-333", "111\u00A0222\u00A0333",
            "1112.22.333", "1234.56.782", "1234 56 782",
            "(111222333)", "nummer 010000008 graag" })
    void aBsnIsFoundInText(String text) {
        assertTrue(Bsn.containsBsn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // fails the eleven-test
            "Mijn nummer is 123456789.", "111 222 334",
            // 10 digits (a phone number), 8 digits (a KvK number), a longer run
            "Bel 0612345678", "KvK 24123456", "1111222333", "31112223330",
            // mixed separators or other groupings are not how a BSN is written
            "111.222 333", "11 1222 333", "1112 223 33",
            // nine digits spread over a date and a time
            "2026-01-01 11:22",
            "" })
    void otherTextIsAccepted(String text) {
        assertFalse(Bsn.containsBsn(text), text);
    }
}
