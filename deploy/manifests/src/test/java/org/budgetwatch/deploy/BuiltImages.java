package org.budgetwatch.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The images the build produces: every module whose pom turns Jib on (jib.skip=false) and names its image through one
 * of the root pom's image.* properties, with the values Maven resolved for them (passed in by Surefire).
 */
final class BuiltImages {

    private static final Pattern IMAGE_NAME = Pattern.compile("<image\\.name>\\$\\{(image\\.[\\w-]+)}</image\\.name>");

    private BuiltImages() {
    }

    static Path root() {
        return Path.of(System.getProperty("budgetwatch.root.dir", "../.."));
    }

    static String tag() {
        return System.getProperty("image.tag");
    }

    /** Image repository (without tag) by the module directory that builds it. */
    static Map<String, String> byModule() {
        Map<String, String> images = new TreeMap<>();
        try (Stream<Path> poms = Stream.of("services", "deploy").flatMap(BuiltImages::children)) {
            poms.map(dir -> dir.resolve("pom.xml")).filter(Files::exists).forEach(pom -> {
                String text = read(pom);
                Matcher name = IMAGE_NAME.matcher(text);
                if (name.find() && text.contains("<jib.skip>false</jib.skip>")) {
                    String image = System.getProperty(name.group(1));
                    if (image == null) {
                        throw new IllegalStateException(pom + " names " + name.group(1) + ", which Surefire does not pass in");
                    }
                    images.put(root().relativize(pom.getParent()).toString(), image);
                }
            });
        }
        return images;
    }

    private static Stream<Path> children(String dir) {
        try {
            return Files.list(root().resolve(dir)).filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
