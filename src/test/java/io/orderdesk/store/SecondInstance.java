package io.orderdesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a separate JVM by {@link StoreOpenTest} as the first Order Desk on a data folder: opens it, stores a line,
 * says "ready", and keeps the database open until it reads a line on its input.
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Store store = Store.openLocal(Path.of(args[0]))) {
            store.productOrders().upsert(List.of(Line.of("1").build()));
            System.out.println("ready");
            System.out.flush();
            input.readLine();
            System.out.println("other process sees " + store.productOrders().count());
        }
    }
}
