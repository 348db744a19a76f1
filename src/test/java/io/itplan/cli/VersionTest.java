package io.itplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code itplan --version} answers the same whether or not the command line is modelled first. */
class VersionTest {
    @Test
    void theVersionNamesItplanAndJava() {
        for (String flag : new String[] {"--version", "-V"}) {
            StringWriter out = new StringWriter();
            int code = Itplan.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), flag);
            assertEquals(0, code);
            assertEquals(
                    "itplan " + Version.current() + "\nJava " + System.getProperty("java.version") + "\n",
                    out.toString().replace(System.lineSeparator(), "\n"));
        }
    }
}
