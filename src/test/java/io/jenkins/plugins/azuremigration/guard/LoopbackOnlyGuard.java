package io.jenkins.plugins.azuremigration.guard;

import java.net.InetAddress;
import java.net.SocketPermission;
import java.security.Permission;
import java.util.Locale;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Tests talk only to 127.0.0.1. This guard, installed for every test run, turns any attempt to resolve another name
 * or to open a connection anywhere else (an Azure endpoint, the instance metadata service, a public resolver) into an
 * immediate {@link SecurityException} in the test that made it, instead of traffic leaving the machine.
 */
public final class LoopbackOnlyGuard implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getSecurityManager() instanceof LoopbackOnly) {
            return;
        }
        try {
            System.setSecurityManager(new LoopbackOnly());
        } catch (UnsupportedOperationException e) {
            System.err.println("LoopbackOnlyGuard: this JDK refuses a security manager; tests run unguarded");
        }
    }

    /** Checks socket permissions only; everything else is allowed, so the guard costs next to nothing. */
    static final class LoopbackOnly extends SecurityManager {
        @Override
        public void checkPermission(Permission permission) {
            if (permission instanceof SocketPermission socket) {
                String host = socket.getName();
                int colon = host.lastIndexOf(':');
                String name = colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
                if (!isLoopback(name)) {
                    throw new SecurityException("Tests talk only to 127.0.0.1, but something asked for " + host
                            + " (" + socket.getActions() + ")");
                }
            }
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
            checkPermission(permission);
        }

        private static boolean isLoopback(String host) {
            String name = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
            if (name.isEmpty() || name.equals("localhost") || name.equals("*") || name.startsWith("127.")
                    || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1") || name.equals("0.0.0.0")) {
                return true;
            }
            try {
                // only literals reach here without a lookup; a name that needs resolving is refused above
                return name.matches("[0-9.]+|[0-9a-f:]+") && InetAddress.getByName(name).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
    }
}
