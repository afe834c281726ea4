package org.nonji.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that read a store. */
final class StoreOption {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
    Path store;
}
