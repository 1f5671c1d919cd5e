package nl.opgroeiruimte.casefile.infra.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines are read as the exact bytes that were written, so that the hash over them is the exporter's. */
class LineReaderTest {

    private static List<LineReader.Line> read(byte[] bytes) throws IOException {
        List<LineReader.Line> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes))) {
            for (LineReader.Line line = reader.next(); line != null; line = reader.next()) lines.add(line);
        }
        return lines;
    }

    @Test
    void eachLineKeepsItsNewlineAndTheLastMayLackIt() throws IOException {
        List<LineReader.Line> lines = read("{\"a\":1}\n{\"b\":2}\r\n{\"c\"".getBytes(StandardCharsets.UTF_8));

        assertThat(lines).hasSize(3);
        assertThat(new String(lines.get(0).raw(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}\n");
        assertThat(new String(lines.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
        assertThat(lines.get(2).terminated()).isFalse();
        assertThat(lines.get(2).number()).isEqualTo(3);
    }

    @Test
    void linesLongerThanTheBufferAreReadWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        List<LineReader.Line> lines = read((longLine + "\n" + longLine + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line.raw()).hasSize(200_001));
    }

    @Test
    void nothingIsNoLine() throws IOException {
        assertThat(read(new byte[0])).isEmpty();
    }
}
