package nl.werkhub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.werkhub.common.validation.PhoneNumbers;
import nl.werkhub.common.validation.Postcodes;

class ValidationRulesTest {

    @ParameterizedTest
    @CsvSource({ "1234AB,1234 AB", "1234 ab,1234 AB", "' 3011 aB ',3011 AB", "9999ZZ,9999 ZZ", "1000 SB,1000 SB" })
    void postcodesAreNormalised(String input, String expected) {
        assertEquals(expected, Postcodes.normalise(input));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0123 AB", "1234 SA", "1234SD", "1234 ss", "123 AB", "12345AB", "1234  AB", "1234-AB", "", "AB 1234" })
    void invalidPostcodes(String input) {
        assertNull(Postcodes.normalise(input));
        assertFalse(Postcodes.isValid(input));
    }

    @ParameterizedTest
    @ValueSource(strings = { "010-1234567", "06 12345678", "+31 6 12345678", "0612345678", "(010) 123 45 67", "+31101234567" })
    void validPhoneNumbers(String input) {
        assertTrue(PhoneNumbers.isValid(input), input);
    }

    @ParameterizedTest
    @ValueSource(strings = { "12345", "061234567", "06123456789", "+32612345678", "+310612345678", "0031612345678",
            "06-1234567a", "", "0012345678" })
    void invalidPhoneNumbers(String input) {
        assertFalse(PhoneNumbers.isValid(input), input);
    }
}
