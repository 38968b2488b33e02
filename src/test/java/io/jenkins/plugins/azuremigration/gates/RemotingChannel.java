package io.jenkins.plugins.azuremigration.gates;

import io.jenkins.plugins.azuremigration.gates.JenkinsClassFilter.Decision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.ArrayList;
import java.util.List;

/**
 * One hop over a Jenkins agent channel: Java serialization, read back through the check remoting's
 * {@code ObjectInputStreamEx.resolveClass} makes ({@code filter.check(Class.forName(filter.check(name), false, cl))},
 * jenkinsci/remoting at 3309.v27b_9314fd1a_4). Going to an agent, the agent's default filter is remoting's
 * {@code ClassFilter.STANDARD}, which only checks names; coming back, the controller's is Jenkins'
 * {@code ClassFilterImpl} (registered by Jenkins at start-up), which checks every class it resolves.
 */
public final class RemotingChannel {
    private final JenkinsClassFilter filter;

    public RemotingChannel(JenkinsClassFilter filter) {
        this.filter = filter;
    }

    /** What arrived, and every class the receiving side resolved, each with the filter's decision. */
    public record Hop<T>(T value, List<Decision> decisions, byte[] bytes) {
        public List<Decision> rejected() {
            return decisions.stream().filter(decision -> !decision.allowed()).toList();
        }
    }

    /** Controller to agent: a callable and everything it holds. */
    public <T> Hop<T> toAgent(T value) throws IOException, ClassNotFoundException {
        return send(value, false);
    }

    /** Agent to controller: a callable's return value (or the exception it threw). */
    public <T> Hop<T> toController(T value) throws IOException, ClassNotFoundException {
        return send(value, true);
    }

    private <T> Hop<T> send(T value, boolean controllerReceives) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        List<Decision> decisions = new ArrayList<>();
        try (FilteringInput in = new FilteringInput(new ByteArrayInputStream(bytes.toByteArray()), controllerReceives,
                decisions)) {
            @SuppressWarnings("unchecked")
            T read = (T) in.readObject();
            return new Hop<>(read, List.copyOf(decisions), bytes.toByteArray());
        }
    }

    private final class FilteringInput extends ObjectInputStream {
        private final boolean controllerReceives;
        private final List<Decision> decisions;

        FilteringInput(InputStream in, boolean controllerReceives, List<Decision> decisions) throws IOException {
            super(in);
            this.controllerReceives = controllerReceives;
            this.decisions = decisions;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            String name = description.getName();
            if (filter.standardBlacklisted(name)) {
                throw new SecurityException("Rejected: " + name + "; see https://jenkins.io/redirect/class-filter/");
            }
            Class<?> type = Class.forName(name, false, RemotingChannel.class.getClassLoader());
            Decision decision = controllerReceives ? filter.decide(type)
                    : new Decision(type, true, "the agent applies remoting's standard blacklist only");
            decisions.add(decision);
            return type;
        }
    }
}
