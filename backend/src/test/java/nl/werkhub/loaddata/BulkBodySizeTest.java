package nl.werkhub.loaddata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.werkhub.candidate.BulkIntakeItem;
import nl.werkhub.candidate.BulkIntakeRequest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The bulk intake's body limit against what municipalities really send: the generator's 10,000
 * profiles (the benchmark's intake, seed 20261127) serialised by the application's own JSON mapper
 * as bulk requests of 1,000 per municipality, the way {@code make bench} sends them. The largest
 * request must fit with room to spare.
 */
@QuarkusTest
class BulkBodySizeTest {

    static final long BENCH_SEED = 20261127L;
    static final int PROFILES = 10_000;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "werkhub.limits.bulk-max-body-size")
    MemorySize bulkLimit;

    @Test
    void theGeneratorsLargestBulkRequestFitsTheLimitWithRoomToSpare() throws Exception {
        ProfileFactory factory = new ProfileFactory(taxonomy(), List.of("jobcoach", "jet.jobcoach"), BENCH_SEED);
        Map<String, List<BulkIntakeItem>> open = new LinkedHashMap<>();
        List<Integer> sizes = new ArrayList<>();
        long total = 0;
        for (long i = 0; i < PROFILES; i++) {
            ProfileFactory.Profile p = factory.profile(i);
            List<BulkIntakeItem> batch = open.computeIfAbsent(p.municipality(), m -> new ArrayList<>());
            batch.add(new BulkIntakeItem(p.clientNumber(), p.request()));
            if (batch.size() == BulkIntakeRequest.MAX_ITEMS) {
                sizes.add(bytes(batch));
                open.remove(p.municipality());
            }
        }
        for (List<BulkIntakeItem> batch : open.values()) {
            sizes.add(bytes(batch));
        }
        for (int s : sizes) {
            total += s;
        }
        // the largest request the generator can make: 1,000 profiles of one municipality
        int fullest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int thousand = bytes(firstThousand(factory));
        System.out.printf(Locale.ROOT,
                "[limits] generator, %,d profiles: %,d bytes in %d bulk requests (%,d bytes a profile); "
                        + "1,000 profiles in one request %,d bytes; largest request %,d bytes; bulk limit %,d bytes%n",
                PROFILES, total, sizes.size(), total / PROFILES, thousand, fullest, bulkLimit.asLongValue());
        assertTrue(thousand * 4L < bulkLimit.asLongValue(),
                "1,000 generated profiles (" + thousand + " bytes) leave too little room under the bulk limit");
    }

    private List<BulkIntakeItem> firstThousand(ProfileFactory factory) {
        List<BulkIntakeItem> items = new ArrayList<>();
        for (long i = 0; i < BulkIntakeRequest.MAX_ITEMS; i++) {
            ProfileFactory.Profile p = factory.profile(i);
            items.add(new BulkIntakeItem(p.clientNumber(), p.request()));
        }
        return items;
    }

    private int bytes(List<BulkIntakeItem> items) throws JsonProcessingException {
        return json.writeValueAsBytes(new BulkIntakeRequest(items)).length;
    }

    private Map<String, List<String>> taxonomy() throws SQLException {
        Map<String, List<String>> taxonomy = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select category, code from talent where not retired order by code")) {
            while (rs.next()) {
                taxonomy.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return taxonomy;
    }
}
