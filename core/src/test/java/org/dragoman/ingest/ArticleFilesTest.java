package org.dragoman.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    // Parsers that say which reader was chosen, so these tests do not depend on the readers' own behaviour.
    private static final ArticleFiles FILES = new ArticleFiles(1_000,
            (content, name) -> Article.of(content).withSource(Optional.of("text:" + name)),
            (content, name) -> Article.of(content).withSource(Optional.of("html:" + name)));

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static BadInputException rejection(ThrowingRead read) {
        try {
            read.run();
        } catch (BadInputException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a BadInputException, got " + e, e);
        }
        throw new AssertionError("expected a BadInputException, got an article");
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void emptyFile() throws Exception {
        Path file = write("empty.txt", new byte[0]);
        BadInputException e = rejection(() -> FILES.readFile(file));
        assertThat(e.reason()).isEqualTo("empty file");
        assertThat(e.input()).isEqualTo(file.toString());
    }

    @Test
    void whitespaceOnlyFileWithBom() throws Exception {
        Path file = write("blank.txt", "\uFEFF \n\t\r\n  ".getBytes(StandardCharsets.UTF_8));
        assertThat(rejection(() -> FILES.readFile(file)).reason()).isEqualTo("empty file");
    }

    @Test
    void nulByteMeansBinary() throws Exception {
        Path file = write("photo.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2});
        BadInputException e = rejection(() -> FILES.readFile(file));
        assertThat(e.reason()).isEqualTo("binary file");
        assertThat(e.offset()).isEqualTo(6);
    }

    @Test
    void manyControlBytesMeanBinary() throws Exception {
        byte[] bytes = "Plain words here. ".repeat(5).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i += 10) {
            bytes[i] = 0x01;
        }
        Path file = write("odd.txt", bytes);
        assertThat(rejection(() -> FILES.readFile(file)).reason()).isEqualTo("binary file");
    }

    @Test
    void aStrayControlByteIsAccepted() throws Exception {
        String text = "A long enough line of ordinary prose, with one stray\u0007 bell in it. ".repeat(3);
        Path file = write("bell.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(FILES.readFile(file).text()).isEqualTo(text);
    }

    @Test
    void utf16IsBinaryWithAHint() throws Exception {
        byte[] utf16 = "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE);
        Path file = write("wide.txt", utf16);
        assertThat(rejection(() -> FILES.readFile(file)).reason()).startsWith("binary file").contains("UTF-16");
    }

    @Test
    void invalidUtf8NamesTheByte() throws Exception {
        byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.txt", latin1);
        BadInputException e = rejection(() -> FILES.readFile(file));
        assertThat(e.reason()).isEqualTo("invalid UTF-8 at byte 3");
        assertThat(e.offset()).isEqualTo(3);
    }

    @Test
    void truncatedUtf8SequenceAtTheEnd() throws Exception {
        byte[] ok = "Na\u00efve".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(ok, ok.length - 3);
        Path file = write("cut.txt", cut);
        assertThat(rejection(() -> FILES.readFile(file)).reason()).isEqualTo("invalid UTF-8 at byte 2");
    }

    @Test
    void tooLargeIsRejectedWithSizeAndLimit() throws Exception {
        Path file = write("big.txt", "word ".repeat(201).getBytes(StandardCharsets.US_ASCII));
        assertThat(rejection(() -> FILES.readFile(file)).reason()).isEqualTo("too large: 1005 bytes (limit 1000)");
    }

    @Test
    void limitIsConfigurable() throws Exception {
        Path file = write("big.txt", "word ".repeat(201).getBytes(StandardCharsets.US_ASCII));
        assertThat(FILES.withMaxBytes(2_000).readFile(file).text()).hasSize(1005);
        assertThatThrownBy(() -> FILES.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultLimitIsFiveMillionBytes() {
        assertThat(ArticleFiles.DEFAULT_MAX_BYTES).isEqualTo(5_000_000);
        assertThat(new ArticleFiles(ArticleFiles.DEFAULT_MAX_BYTES).maxBytes()).isEqualTo(5_000_000);
    }

    @Test
    void bomIsStripped() throws Exception {
        Path file = write("bom.txt", "\uFEFFHeadline\n\nBody.".getBytes(StandardCharsets.UTF_8));
        assertThat(FILES.readFile(file).text()).isEqualTo("Headline\n\nBody.");
    }

    @Test
    void dispatchesOnExtension() throws Exception {
        byte[] page = "<html><body><p>Hi</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(FILES.readFile(write("a.html", page)).source()).contains("html:" + dir.resolve("a.html"));
        assertThat(FILES.readFile(write("b.HTM", page)).source()).contains("html:" + dir.resolve("b.HTM"));
        assertThat(FILES.readFile(write("c.txt", page)).source()).contains("text:" + dir.resolve("c.txt"));
        assertThat(FILES.readFile(write("d", page)).source()).contains("text:" + dir.resolve("d"));
    }

    @Test
    void missingFileIsAnIoError() {
        assertThatThrownBy(() -> FILES.readFile(dir.resolve("nope.txt"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void directoryIsRejected() {
        assertThat(rejection(() -> FILES.readFile(dir)).reason()).isEqualTo("is a directory");
    }

    @Test
    void streamStartingWithATagIsHtml() throws Exception {
        Article html = FILES.readStream(new ByteArrayInputStream(" \n <!doctype html><p>x</p>".getBytes(StandardCharsets.UTF_8)),
                ArticleFiles.STDIN_NAME);
        assertThat(html.source()).contains("html:<stdin>");
        Article text = FILES.readStream(new ByteArrayInputStream("Plain text.".getBytes(StandardCharsets.UTF_8)), "-");
        assertThat(text.source()).contains("text:-");
    }

    @Test
    void streamTooLargeReportsItsFullSize() {
        byte[] big = new byte[250_000];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(rejection(() -> FILES.readStream(new ByteArrayInputStream(big), "<stdin>")).reason())
                .isEqualTo("too large: 250000 bytes (limit 1000)");
    }

    @Test
    void streamRejectionsMatchFileRejections() {
        assertThat(rejection(() -> FILES.readStream(new ByteArrayInputStream(new byte[0]), "<stdin>")).reason())
                .isEqualTo("empty file");
        assertThat(rejection(() -> FILES.readStream(new ByteArrayInputStream(new byte[] {'a', (byte) 0xC3}), "<stdin>"))
                .reason()).isEqualTo("invalid UTF-8 at byte 1");
    }

    @Test
    void decodeNeverThrowsAnythingButBadInputOnArbitraryBytes() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            try {
                String text = ArticleFiles.decode(bytes, "random");
                assertThat(text).isNotBlank();
            } catch (BadInputException e) {
                assertThat(e.getMessage()).doesNotContain("\n");
            }
        }
    }
}
