package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

class Crc32CombineTest {

    @Test
    void theCrcOfTwoPartsIsTheCrcOfTheWhole() {
        Random random = new Random(7);
        for (int[] lengths : new int[][]{{0, 0}, {0, 5}, {5, 0}, {1, 1}, {100, 3}, {3, 100_000}, {70_000, 131_072}}) {
            byte[] a = new byte[lengths[0]];
            byte[] b = new byte[lengths[1]];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);
            assertThat(Crc32Combine.combine(crc(a), crc(b), b.length)).as("%d + %d", a.length, b.length)
                    .isEqualTo(whole.getValue());
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
