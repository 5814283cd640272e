package org.readoutbriefings.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** Rendering loads nothing from outside the templates folder, whoever names it. */
class MemoRendererTest {

    @TempDir
    Path folder;

    @Test
    void refusesEveryAddressOutsideTheTemplatesFolder() throws IOException {
        Path templates = copyOfTemplates();
        MemoRenderer renderer = new MemoRenderer(templates);
        String base = templates.toUri().toString();

        assertThat(renderer.resolveInsideTemplates(base, "memo.css")).isEqualTo(templates.resolve("memo.css").toUri().toString());
        assertThat(renderer.resolveInsideTemplates(base, "http://example.invalid/x.png")).isNull();
        assertThat(renderer.resolveInsideTemplates(base, "https://example.invalid/x.css")).isNull();
        assertThat(renderer.resolveInsideTemplates(base, "../outside.css")).isNull();
        assertThat(renderer.resolveInsideTemplates(base, "file:///etc/passwd")).isNull();
        assertThat(renderer.resolveInsideTemplates(base, "jar:file:/x.jar!/a.css")).isNull();
    }

    @Test
    void aTemplateNamingARemoteImageOrStyleSheetRendersWithoutAnyRequest() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort();
            Path templates = copyOfTemplates();
            Path memo = templates.resolve("country-memo.html");
            Files.writeString(memo, Files.readString(memo)
                    .replace("<body>", "<body><img src=\"" + remote + "/x.png\" alt=\"x\"/>"
                            + "<div style=\"background: url(" + remote + "/y.png)\">x</div>")
                    .replace("</head>", "<link rel=\"stylesheet\" href=\"" + remote + "/z.css\"/></head>"));
            Files.writeString(templates.resolve("memo.css"), "@import url(" + remote + "/w.css);\n"
                    + Files.readString(templates.resolve("memo.css")));

            byte[] pdf = new MemoRenderer(templates).pdf(MemoSamples.all().get(0));

            assertThat(pdf).isNotEmpty();
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    private Path copyOfTemplates() throws IOException {
        return copyOfTemplates(folder);
    }

    /** The repository's templates, copied into the folder for a test to change. */
    static Path copyOfTemplates(Path folder) throws IOException {
        Path copy = Files.createDirectories(folder.resolve("templates"));
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }
}
