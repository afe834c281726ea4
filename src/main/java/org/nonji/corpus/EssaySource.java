package org.nonji.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An essay file as a scan found it: where it is, its id, the checksum of its text, the file's size and modification
 * time, but not the text, so that a corpus of any size can be listed in little memory and the essays read again one
 * at a time.
 */
public record EssaySource(Path file, String fileName, String id, String sha256, long size, long modifiedMillis) {
    public EssaySource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
    }
}
