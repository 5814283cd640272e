package org.readoutbriefings.tracker;

/**
 * The CRC-32 of two byte sequences one after the other, from their own CRCs and the second's length:
 * zlib's {@code crc32_combine}, which {@link java.util.zip.CRC32} lacks. Lets a zip entry be put together
 * from parts checksummed separately.
 */
final class Crc32Combine {

    private static final long POLYNOMIAL = 0xEDB88320L;

    private Crc32Combine() {
    }

    /** The CRC-32 of A followed by B, from A's CRC, B's CRC and B's length. */
    static long combine(long crc1, long crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        // the operator for one zero bit
        odd[0] = POLYNOMIAL;
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crc1;
        long length = length2;
        // apply length zero bytes to crc1 (the first square makes the operator for one zero byte)
        do {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return crc ^ crc2;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
