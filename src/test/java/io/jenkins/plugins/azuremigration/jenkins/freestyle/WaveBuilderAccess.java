package io.jenkins.plugins.azuremigration.jenkins.freestyle;

import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import java.util.function.UnaryOperator;

/** Lets the tests of another package read the builder's request. */
public final class WaveBuilderAccess {
    private WaveBuilderAccess() {
    }

    public static StageRequest request(WaveBuilder builder, UnaryOperator<String> expand) {
        return builder.request(expand);
    }
}
