package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * A local source checked before anything is sent: it exists, and a page-blob source is either a fixed VHD (valid
 * "conectix" footer whose size matches the file) or a raw image of whole 512-byte sectors. The fingerprint (size
 * and modification time) tells a resumed run whether the source changed since.
 */
record SourceImage(Path file, long size, long modifiedMillis, String kind) {

    static SourceImage inspect(Path file, BlobType type) throws IOException, SourceProblem {
        if (!Files.isRegularFile(file)) {
            throw new SourceProblem(Files.exists(file) ? file + " is not a regular file" : file + " does not exist");
        }
        long size;
        long modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (NoSuchFileException e) {
            throw new SourceProblem(file + " does not exist");
        }
        if (type == BlobType.BLOCK) {
            return new SourceImage(file, size, modified, "file");
        }
        if (size == 0 || size % PageScanner.PAGE != 0) {
            throw new SourceProblem(file + " is " + size + " bytes, not a whole number of 512-byte sectors; a page blob"
                    + " needs one (copy it as type: block, or convert it to a fixed VHD)");
        }
        Optional<VhdFooter> footer = VhdFooter.parse(lastSector(file, size));
        boolean namedVhd = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vhd");
        if (footer.isEmpty()) {
            if (namedVhd) {
                throw new SourceProblem(file + " is not a VHD: its last 512 bytes hold no 'conectix' footer (a VHDX or"
                        + " a truncated file?); convert it to a fixed VHD, e.g. Convert-VHD -VHDType Fixed, or"
                        + " qemu-img convert -O vpc -o subformat=fixed");
            }
            return new SourceImage(file, size, modified, "raw image");
        }
        VhdFooter vhd = footer.get();
        if (!vhd.isFixed()) {
            throw new SourceProblem(file + " is a " + vhd.diskTypeName() + " VHD; Azure takes fixed VHDs only: convert it"
                    + " with Convert-VHD -VHDType Fixed (Hyper-V) or qemu-img convert -O vpc -o subformat=fixed");
        }
        if (!vhd.checksumValid()) {
            throw new SourceProblem(file + " has a VHD footer with a wrong checksum: the file is damaged");
        }
        if (vhd.currentSize() != size - VhdFooter.SIZE) {
            throw new SourceProblem(file + " is a fixed VHD whose footer says " + vhd.currentSize() + " bytes of data, but"
                    + " the file holds " + (size - VhdFooter.SIZE) + ": the file is truncated or damaged");
        }
        return new SourceImage(file, size, modified, "fixed VHD");
    }

    String fingerprint() {
        return "size=" + size + ",modified=" + modifiedMillis;
    }

    private static byte[] lastSector(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(VhdFooter.SIZE);
            PageScanner.readFully(channel, buffer, size - VhdFooter.SIZE, file);
            return buffer.array();
        }
    }

    /** A source that cannot be copied as it is; the message says what to do. */
    static final class SourceProblem extends Exception {
        private static final long serialVersionUID = 1L;

        SourceProblem(String message) {
            super(message);
        }
    }
}
