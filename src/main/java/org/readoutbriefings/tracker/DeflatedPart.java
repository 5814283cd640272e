package org.readoutbriefings.tracker;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The middle of a zip entry, compressed as it is written: bytes go through a raw {@link Deflater} into a
 * temporary file, with their CRC-32 and count, and end on a flush to a byte boundary rather than a final
 * block. The zip entry is then the deflated start of the part, these bytes as they are, and the deflated
 * end ({@link #entry}), so the data is compressed once, while it is produced, and never held in memory.
 * <p>
 * With an executor, the deflating runs on its thread while the caller goes on producing the next chunk (a
 * few chunks of {@value #CHUNK} bytes wait at most, so the heap stays bounded). The executor must run one
 * task at a time, in order.
 */
final class DeflatedPart implements Closeable {

    static final int CHUNK = 1 << 17;
    private static final int CHUNKS_IN_FLIGHT = 3;

    private final Path file;
    private final OutputStream out;
    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private final byte[] deflated = new byte[CHUNK];
    private final ExecutorService executor;
    private final BlockingQueue<byte[]> free;
    private Future<?> last;
    /** The first failure of the deflating thread, reported on the caller's next call. */
    private volatile IOException failure;
    private long size;
    private long compressedSize;
    private boolean finished;

    /**
     * @param level    deflate level, 1 (fastest) to 9
     * @param executor runs the deflating, one chunk after the other; null to deflate in the caller's thread
     */
    DeflatedPart(Path folder, int level, ExecutorService executor) throws IOException {
        this.file = Files.createTempFile(folder, "tracker-sheet", ".deflated");
        this.out = new BufferedOutputStream(Files.newOutputStream(file), CHUNK);
        this.deflater = new Deflater(level, true);
        this.executor = executor;
        this.free = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
        for (int i = 0; i < (executor == null ? 1 : CHUNKS_IN_FLIGHT); i++) {
            free.add(new byte[CHUNK]);
        }
    }

    /** An empty chunk of {@value #CHUNK} bytes to fill, then hand back with {@link #write}. */
    byte[] chunk() throws IOException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the tracker was being written");
        }
    }

    /** Deflates the first {@code length} bytes of a chunk from {@link #chunk}, which is then taken back. */
    void write(byte[] chunk, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (executor == null) {
            deflate(chunk, length);
            free.add(chunk);
            return;
        }
        last = executor.submit(() -> {
            try {
                if (failure == null) {
                    deflate(chunk, length);
                }
            } catch (IOException | RuntimeException e) {
                failure = e instanceof IOException io ? io : new IOException(e);
            } finally {
                free.add(chunk);
            }
        });
    }

    private void deflate(byte[] chunk, int length) throws IOException {
        crc.update(chunk, 0, length);
        size += length;
        deflater.setInput(chunk, 0, length);
        while (!deflater.needsInput()) {
            drain(Deflater.NO_FLUSH);
        }
    }

    private int drain(int flush) throws IOException {
        int n = deflater.deflate(deflated, 0, deflated.length, flush);
        out.write(deflated, 0, n);
        compressedSize += n;
        return n;
    }

    /** Ends the data on a byte boundary (a sync flush, no final block) and closes the file. */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        if (last != null) {
            await(last);
        }
        if (failure != null) {
            throw failure;
        }
        while (drain(Deflater.SYNC_FLUSH) == deflated.length) {
            // a full buffer: there may be more
        }
        deflater.end();
        out.close();
        finished = true;
    }

    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the tracker was being written");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The whole entry: {@code head}, this part and {@code tail}, as raw deflate data with its CRC and sizes. */
    Entry entry(byte[] head, byte[] tail, int level) throws IOException {
        finish();
        byte[] deflatedHead = deflate(head, level, false);
        byte[] deflatedTail = deflate(tail, level, true);
        long headCrc = crc(head);
        long crcAll = Crc32Combine.combine(Crc32Combine.combine(headCrc, crc.getValue(), size), crc(tail), tail.length);
        return new Entry(deflatedHead, file, deflatedTail, head.length + size + tail.length,
                deflatedHead.length + compressedSize + deflatedTail.length, crcAll);
    }

    /** A zip entry's raw deflate data: a head, the temporary file, a tail. */
    record Entry(byte[] head, Path body, byte[] tail, long size, long compressedSize, long crc) {

        InputStream open() throws IOException {
            return new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                    new java.io.ByteArrayInputStream(head), Files.newInputStream(body),
                    new java.io.ByteArrayInputStream(tail))));
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static byte[] deflate(byte[] bytes, int level, boolean last) {
        Deflater d = new Deflater(level, true);
        try {
            d.setInput(bytes);
            if (last) {
                d.finish();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (true) {
                int n = d.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
                if (last ? d.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            d.end();
        }
    }

    /** Deletes the temporary file (after {@link #finish}, or abandoning it). */
    @Override
    public void close() throws IOException {
        try {
            if (!finished) {
                if (last != null) {
                    try {
                        await(last);
                    } catch (IOException | RuntimeException e) {
                        // abandoning it anyway (a task cancelled by the executor's shutdown included)
                    }
                }
                deflater.end();
                out.close();
                finished = true;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
