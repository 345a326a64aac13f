package org.dragoman.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The date formats data sets write in their date fields ({@link Dates#parseRecord}, {@link Dates#fromEpoch}). */
class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016-10-12|2016-10-12",
        "10/12/16|2016-10-12",
        "10/12/2016|2016-10-12",
        "13/10/2016|2016-10-13",
        "13/10/16|2016-10-13",
        "10/12/95|1995-10-12",
        "10-12-16|2016-10-12",
        "2016-10-12T23:30:00-05:00|2016-10-12",
        "2016-10-12 23:30:00|2016-10-12",
        "20161012|2016-10-12",
        "Wed, 12 Oct 2016 14:05:00 GMT|2016-10-12",
        "October 12, 2016|2016-10-12",
        "12 October 2016|2016-10-12",
        "Oct. 12, 2016 5:04 PM ET|2016-10-12",
    })
    void recordDateFormats(String value, String expected) {
        assertThat(Dates.parseRecord(value)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "99/99/99", "2016-13-45", "12/10", "1776-07-04"})
    void noDateWhereNoneIsWritten(String value) {
        assertThat(Dates.parseRecord(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1476230400,2016-10-12", "1476230400000,2016-10-12"})
    void epochSecondsAndMilliseconds(long value, String expected) {
        assertThat(Dates.fromEpoch(value)).contains(LocalDate.parse(expected));
    }
}
