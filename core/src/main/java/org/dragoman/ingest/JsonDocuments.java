package org.dragoman.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.dragoman.model.Article;
import org.dragoman.model.Provenance;

/**
 * Reads a JSON document that is not JSON Lines: one object (a whole-file article, locator {@code ""}), an array
 * of objects or a sequence of objects that span several lines each (one article each, located by their 1-based
 * position). The input is streamed, one object in memory at a time. Each object is read as a JSON Lines record
 * is ({@link JsonLines#article}); an element that is not an object or holds no text is an error record and
 * reading goes on; malformed JSON ends the file with one error record, since no later element can be found
 * reliably.
 */
final class JsonDocuments implements RecordCursor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream in;
    private final String name;
    private final SourceOptions options;
    private JsonParser parser;
    private boolean inArray;
    private boolean done;
    // true when the parser already stands on the next value's first token
    private boolean stepBack;
    private long index;

    JsonDocuments(InputStream in, String name, SourceOptions options) {
        this.in = in;
        this.name = name;
        this.options = options;
    }

    @Override
    public SourceRecord next() {
        if (done) {
            return null;
        }
        try {
            if (parser == null) {
                parser = JSON.getFactory().createParser(in);
                JsonToken first = parser.nextToken();
                if (first == null) {
                    return finish(SourceRecord.failed(Sources.whole(name), "empty file"));
                }
                if (first == JsonToken.START_ARRAY) {
                    inArray = true;
                } else if (first == JsonToken.START_OBJECT) {
                    JsonNode node = JSON.readTree(parser);
                    JsonToken after = parser.nextToken();
                    if (after == null) {
                        // the whole file is one article
                        return finish(record(node, ""));
                    }
                    index = 1;
                    // the parser stands on the next top-level value's first token
                    stepBack = true;
                    return record(node, "1");
                } else {
                    return finish(SourceRecord.failed(Sources.whole(name), "not a JSON object or array"));
                }
            }
            JsonToken token = stepBack ? parser.currentToken() : parser.nextToken();
            stepBack = false;
            while (true) {
                if (token == null) {
                    return finish(null);
                }
                if (inArray && token == JsonToken.END_ARRAY) {
                    // more top-level values may follow (concatenated arrays or objects); they go on the count
                    inArray = false;
                    token = parser.nextToken();
                    continue;
                }
                if (token == JsonToken.START_ARRAY && !inArray) {
                    inArray = true;
                    token = parser.nextToken();
                    continue;
                }
                // the count moves only once the element is read, so a failure inside it is located at it
                String locator = Long.toString(index + 1);
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    index++;
                    return SourceRecord.failed(at(locator), "not a JSON object");
                }
                JsonNode node = JSON.readTree(parser);
                index++;
                return record(node, locator);
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + " column "
                    + e.getLocation().getColumnNr();
            String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
            int nl = message.indexOf('\n');
            return finish(SourceRecord.failed(at(Long.toString(index + 1)), "bad JSON" + where + ": "
                    + (nl < 0 ? message : message.substring(0, nl)) + "; rest of the file skipped"));
        } catch (IOException e) {
            return finish(SourceRecord.failed(at(Long.toString(index + 1)), Sources.reason(e)));
        } catch (RuntimeException | StackOverflowError e) {
            return finish(SourceRecord.failed(at(Long.toString(index + 1)), "unreadable JSON ("
                    + e.getClass().getSimpleName() + ")"));
        }
    }

    private SourceRecord record(JsonNode node, String locator) {
        String recordName = locator.isEmpty() ? name : name + ":" + locator;
        try {
            Article article = JsonLines.article(node, recordName, options);
            return SourceRecord.of(new Provenance(name, locator, article.url(), article.source()), article);
        } catch (BadInputException e) {
            return SourceRecord.failed(at(locator), e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            return SourceRecord.failed(at(locator), "unreadable record (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Provenance at(String locator) {
        return new Provenance(name, locator, Optional.empty(), Optional.empty());
    }

    private SourceRecord finish(SourceRecord last) {
        done = true;
        close();
        return last;
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            in.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
