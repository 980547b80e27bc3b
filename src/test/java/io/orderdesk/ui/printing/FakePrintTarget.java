package io.orderdesk.ui.printing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what the preview asked for; answers with a set file and a set print result. */
final class FakePrintTarget implements PrintTarget {

    Path file;
    Result result = Result.PRINTED;
    final List<String> suggestedNames = new ArrayList<>();
    final List<Integer> printedPages = new ArrayList<>();

    @Override
    public Optional<Path> choosePdfFile(String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(file);
    }

    @Override
    public Result print(byte[] pdf, int pages) {
        printedPages.add(pages);
        return result;
    }
}
