package org.budgetwatch.registry.compatibility;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/** Checks a candidate schema against earlier versions with Avro's own SchemaCompatibility. */
public final class CompatibilityChecker {

    private CompatibilityChecker() {
    }

    /**
     * @param previous earlier versions, oldest first
     * @return the incompatibilities found, empty when the candidate is compatible
     */
    public static List<String> incompatibilities(CompatibilityLevel level, Schema candidate, List<Schema> previous) {
        List<String> problems = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || previous.isEmpty()) {
            return problems;
        }
        List<Schema> against = level.transitive() ? previous : List.of(previous.get(previous.size() - 1));
        for (Schema old : against) {
            if (level.checksBackward()) {
                // the new schema must read data written with the old one
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old), "BACKWARD", problems);
            }
            if (level.checksForward()) {
                // the old schema must read data written with the new one
                describe(SchemaCompatibility.checkReaderWriterCompatibility(old, candidate), "FORWARD", problems);
            }
        }
        return problems;
    }

    private static void describe(SchemaPairCompatibility result, String direction, List<String> problems) {
        if (result.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            result.getResult().getIncompatibilities().forEach(i -> problems.add(
                    direction + ": " + i.getType() + " at " + i.getLocation() + ": " + i.getMessage()));
        }
    }
}
