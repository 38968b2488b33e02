package io.jenkins.plugins.azuremigration.engine.wave;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * Looks at a local disk image the way the copy will, at validation time, so that a wave with a missing or wrong disk
 * fails on Friday afternoon rather than at 23:00. A page blob takes a fixed VHD (the data followed by its 512-byte
 * "conectix" footer) or a raw image, either a whole number of 512-byte pages. The copy repeats these checks when it
 * starts (the file may change in between); this class only reads the file's size and last 512 bytes.
 */
final class DiskImageCheck {
    static final int PAGE = 512;
    private static final byte[] VHD_COOKIE = "conectix".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VHDX_SIGNATURE = "vhdxfile".getBytes(StandardCharsets.US_ASCII);
    private static final int VHD_FIXED = 2;
    private static final String CONVERT = "convert it to a fixed VHD (Convert-VHD -VHDType Fixed on Hyper-V, or"
            + " qemu-img convert -O vpc -o subformat=fixed)";

    private DiskImageCheck() {
    }

    /** What is wrong with {@code file} as a source of {@code type}, or null when the copy can read it. */
    static String problem(Path file, BlobType type) {
        if (Files.isDirectory(file)) {
            return "is a folder, not a disk image";
        }
        if (!Files.exists(file)) { // a dangling symbolic link too
            return "does not exist on this machine";
        }
        if (!Files.isRegularFile(file)) {
            return "is not a regular file (a device, socket or pipe); export the disk to an image file";
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return type == BlobType.PAGE ? pageProblem(file, channel) : null;
        } catch (AccessDeniedException e) {
            return "is not readable by the user that runs the wave";
        } catch (NoSuchFileException e) {
            return "does not exist on this machine";
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
    }

    private static String pageProblem(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0 || size % PAGE != 0) {
            return "is " + size + " bytes, not a whole number of 512-byte pages, so it is no fixed VHD or raw image a"
                    + " page blob can hold; " + CONVERT + ", or copy it as type: block";
        }
        byte[] first = read(channel, 0);
        if (startsWith(first, VHDX_SIGNATURE)) {
            return "is a VHDX; Azure takes fixed VHDs only: " + CONVERT;
        }
        ByteBuffer footer = ByteBuffer.wrap(read(channel, size - PAGE));
        boolean hasFooter = startsWith(footer.array(), VHD_COOKIE);
        if (!hasFooter) {
            boolean namedVhd = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vhd");
            return namedVhd ? "is named .vhd but its last 512 bytes hold no 'conectix' VHD footer (truncated, or a"
                    + " dynamic VHD cut short?); " + CONVERT : null; // no footer: a raw image
        }
        int diskType = footer.getInt(60);
        if (diskType != VHD_FIXED) {
            return "is a " + (diskType == 3 ? "dynamic" : diskType == 4 ? "differencing" : "type " + diskType)
                    + " VHD; Azure takes fixed VHDs only: " + CONVERT;
        }
        long dataSize = footer.getLong(48);
        if (dataSize != size - PAGE) {
            return "is a fixed VHD whose footer says " + dataSize + " bytes of data, but the file holds "
                    + (size - PAGE) + ": it is truncated or damaged";
        }
        return null;
    }

    private static byte[] read(FileChannel channel, long offset) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(PAGE);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.array();
    }

    private static boolean startsWith(byte[] block, byte[] prefix) {
        return Arrays.equals(block, 0, prefix.length, prefix, 0, prefix.length);
    }
}
