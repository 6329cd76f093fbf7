package org.budgetwatch.ingest.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per key: a burst of a minute's allowance, refilled continuously at requests-per-minute. */
public final class RateLimiter {

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** @return 0 when the request may go ahead, else the whole seconds to wait before the next one will */
    public long acquire(IngestSecuritySettings.Key key) {
        Bucket bucket = buckets.computeIfAbsent(key.name(), name -> new Bucket(key.requestsPerMinute(), clock.millis()));
        return bucket.take(key.requestsPerMinute(), clock.millis());
    }

    /** Gives back the token of a request that was refused further on for reasons of the server's (503). */
    public void refund(IngestSecuritySettings.Key key) {
        Bucket bucket = buckets.get(key.name());
        if (bucket != null) {
            bucket.giveBack(key.requestsPerMinute());
        }
    }

    private static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized long take(int perMinute, long now) {
            double perMilli = perMinute / 60_000.0;
            tokens = Math.min(perMinute, tokens + (now - updated) * perMilli);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perMilli / 1000));
        }

        synchronized void giveBack(int perMinute) {
            tokens = Math.min(perMinute, tokens + 1);
        }
    }
}
