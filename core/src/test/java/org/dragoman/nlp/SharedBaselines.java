package org.dragoman.nlp;

/** The model-heavy baselines, built once per test JVM on first use and shared by every test class. */
public final class SharedBaselines {

    private SharedBaselines() {
    }

    /** The one {@link SuTimeBaseline} of this JVM. */
    public static SuTimeBaseline suTime() {
        return SuTimeHolder.INSTANCE;
    }

    /** The one {@link CoreNlpQuoteBaseline} of this JVM (coreference models: gigabytes, tens of seconds). */
    public static CoreNlpQuoteBaseline quoteAttribution() {
        return QuoteHolder.INSTANCE;
    }

    private static final class QuoteHolder {
        static final CoreNlpQuoteBaseline INSTANCE = new CoreNlpQuoteBaseline();
    }

    private static final class SuTimeHolder {
        static final SuTimeBaseline INSTANCE = new SuTimeBaseline();
    }
}
