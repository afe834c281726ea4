package org.nonji.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** nonji's version, from the build. */
public final class Version {
    private Version() {
    }

    /** The version string, e.g. 0.1.0-SNAPSHOT. */
    public static String get() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("nonji/version.properties")) {
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
}
