package org.budgetwatch.load.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a benchmark ran on, recorded with its figures: they are only comparable on the same one. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        return machine;
    }
}
