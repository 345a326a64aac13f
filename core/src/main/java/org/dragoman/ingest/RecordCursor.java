package org.dragoman.ingest;

import java.io.Closeable;

/**
 * A pull reader over the records of one source: {@link #next()} returns the next record or null at the end and
 * never throws for bad content (that becomes an error record). Closing releases the file; closing twice is
 * harmless.
 */
interface RecordCursor extends Closeable {

    /** The next record, or null when there are no more. */
    SourceRecord next();

    @Override
    void close();

    /** A cursor over just {@code record}. */
    static RecordCursor of(SourceRecord record) {
        return new RecordCursor() {
            private boolean done;

            @Override
            public SourceRecord next() {
                if (done) {
                    return null;
                }
                done = true;
                return record;
            }

            @Override
            public void close() {
                done = true;
            }
        };
    }
}
