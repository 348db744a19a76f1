package io.itplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version the build stamped into {@code itplan-version.properties}. */
public final class Version implements IVersionProvider {
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/itplan-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"itplan " + current(), "Java " + System.getProperty("java.version")};
    }
}
